/**
 * The values a relative method compares a unit with: the finite peers, with
 * the unit's own value added when the peers do not already hold it (the
 * engine passes every scored unit's value, this unit's included). Order is
 * kept; it never matters to the methods.
 *
 * @example
 * peerValues(3, [1, 3, NaN]); // [1, 3]
 * peerValues(3, [1, 2]); // [1, 2, 3]
 */
export function peerValues(value: number, peers: readonly number[]): number[] {
  const finite = peers.filter((p) => Number.isFinite(p));
  if (Number.isFinite(value) && !finite.includes(value)) finite.push(value);
  return finite;
}

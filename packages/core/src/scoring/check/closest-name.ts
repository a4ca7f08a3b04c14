/**
 * The candidate closest to `name`, when it is close enough to be the likely
 * intent: a candidate that starts with `name` (at least 3 characters; the
 * shortest wins), else the one at the least edit distance (Levenshtein, case
 * ignored) if that is at most a third of the longer name's length (at least
 * 1). Ties go to the earlier candidate. Returns null when nothing is that close.
 *
 * @example
 * closestName('litigation.lost', ['litigation.loss_rate', 'litigation.lost_cases']); // 'litigation.lost_cases'
 * closestName('pionts', ['points', 'weight']); // 'points'
 * closestName('xyz', ['points']); // null
 */
export function closestName(name: string, candidates: readonly string[]): string | null {
  const lower = name.toLowerCase();
  if (lower.length >= 3) {
    let prefixed: string | null = null;
    for (const candidate of candidates) {
      if (candidate.toLowerCase().startsWith(lower) && (prefixed === null || candidate.length < prefixed.length)) prefixed = candidate;
    }
    if (prefixed !== null) return prefixed;
  }
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const limit = Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3));
    // The distance is at least the difference in length: skip the quadratic count when that alone is too far (a 100 KB key).
    if (Math.abs(name.length - candidate.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

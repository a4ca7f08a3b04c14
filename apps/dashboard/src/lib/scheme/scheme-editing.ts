import type { SchemeError } from '@fazhi/core';
import { createContext } from 'svelte';

/**
 * What the scheme view gives the number fields of its editor: the findings
 * to show next to a field, and the way to edit one so that the errors the
 * edit causes are put next to it (see `blameEdit`).
 */
export interface SchemeEditing {
  /** The errors shown next to the field at `path` (`dimensions[1].items[0].points`): its own and those its edit caused. */
  fieldErrors: (path: string) => readonly SchemeError[];
  /** Runs `write`, an edit of the field at `path`, noting the errors it causes. */
  edit: (path: string, write: () => void) => void;
}

/**
 * Reads, sets and tells whether there is the scheme view's {@link SchemeEditing} (Svelte context):
 * `Scheme.svelte` sets it, `SchemeNumberInput` reads it.
 *
 * @example
 * setSchemeEditing({ fieldErrors: () => [], edit: (_path, write) => write() });
 * const editing = hasSchemeEditing() ? getSchemeEditing() : null;
 */
export const [getSchemeEditing, setSchemeEditing, hasSchemeEditing] = createContext<SchemeEditing>();

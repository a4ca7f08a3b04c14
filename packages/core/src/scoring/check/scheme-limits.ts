/**
 * The most characters (UTF-16 code units, as JavaScript counts a string's
 * length) a scheme's text may have: 262,144 (256 Ki), fifteen times the
 * largest shipped scheme (17 KB). A longer text is refused at once, before it
 * is parsed, with one error (`text.too_long`) that says its length and this
 * limit. Why not more: the YAML parser slows down faster than the text grows
 * (a 450 KB map of 20,000 keys takes seconds), and the dashboard checks the
 * scheme on every edit.
 *
 * @example
 * MAX_SCHEME_TEXT_LENGTH; // 262144
 */
export const MAX_SCHEME_TEXT_LENGTH = 262_144;

/**
 * The deepest a scheme may nest lists and objects: 64 levels (the whole
 * scheme is level 1; a real scheme goes no deeper than about 8:
 * `dimensions[0].items[0].rule.bands[0]`). The text is measured before it is
 * parsed (error `nesting.too_deep`, with its line), so no parser and no check
 * ever recurses deeper than this.
 *
 * @example
 * MAX_SCHEME_DEPTH; // 64
 */
export const MAX_SCHEME_DEPTH = 64;

/**
 * The most values (objects, lists, strings, numbers, true/false, null) a
 * scheme may hold once its YAML aliases are expanded: 100,000. A real scheme
 * holds a few thousand at most; this stops an alias bomb ("billion laughs",
 * error `aliases.too_many`) and an oversized list (`values.too_many`) before
 * any check walks them.
 *
 * @example
 * MAX_SCHEME_VALUES; // 100000
 */
export const MAX_SCHEME_VALUES = 100_000;

// Checking a scheme file's text needs the YAML parser, which the first screen does without (the example scheme comes
// parsed, and edits are checked as values with checkSchemeValue): this module is imported on demand, its chunk carrying
// the parser, when a scheme file is loaded or a saved one restored.
export { checkScheme } from '@fazhi/core';

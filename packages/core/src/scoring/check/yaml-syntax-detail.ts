import type { YAMLError } from 'yaml';
import type { LocalizedText } from '../../messages/localized-text.ts';
import { schemeMessages } from '../scheme-messages.ts';

const d = schemeMessages.syntaxDetails;

/**
 * What a YAML parse error met, in every language, from the parser's error
 * code (its English sentence narrows a missing character down to a quote,
 * a bracket, a separator, a colon or a space). Codes a scheme author cannot meet in practice
 * say that the text does not belong there.
 *
 * @example
 * yamlSyntaxDetail({ code: 'TAB_AS_INDENT', message: 'Tabs are not allowed as indentation' })['zh-Hans'];
 * // '缩进用了 Tab 字符：YAML 只能用空格缩进'
 */
export function yamlSyntaxDetail(error: Pick<YAMLError, 'code' | 'message'>): LocalizedText {
  switch (error.code) {
    case 'BAD_INDENT':
      // "Flow sequence in block collection must be sufficiently indented and end with a ]": mostly the ] is missing.
      return /end with a/.test(error.message) ? d.missingBracket() : d.indentation();
    case 'TAB_AS_INDENT':
      return d.tabIndent();
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) return d.missingQuote();
      if (/^Missing , /.test(error.message)) return d.missingSeparator();
      if (/end with a/.test(error.message)) return d.missingBracket();
      if (/followed by map values/.test(error.message)) return d.missingColon();
      if (/space|separated/i.test(error.message)) return d.missingSpace();
      if (/without - indicator/.test(error.message)) return d.indentation();
      if (/directives-end/.test(error.message)) return d.directive();
      return d.unexpectedText();
    case 'MULTILINE_IMPLICIT_KEY':
      return d.multilineKey();
    case 'BLOCK_AS_IMPLICIT_KEY':
      return d.blockAsKey();
    case 'BLOCK_IN_FLOW':
      return d.blockInBrackets();
    case 'BAD_SCALAR_START':
      return d.badStart();
    case 'BAD_DQ_ESCAPE':
      return d.badEscape();
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'BAD_PROP_ORDER':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'TAG_RESOLVE_FAILED':
      return d.anchorOrTag();
    case 'BAD_DIRECTIVE':
      return d.directive();
    case 'KEY_OVER_1024_CHARS':
      return d.longKey();
    case 'MULTIPLE_DOCS':
      return d.moreThanOneDocument();
    case 'DUPLICATE_KEY':
      return d.duplicateKey('');
    default:
      return d.unexpectedText();
  }
}

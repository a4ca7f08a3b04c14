import ts from 'typescript';

/** One `expression; // value` line of an example, after the example ran. */
export interface ExampleClaim {
  /** The expression as written in the example. */
  code: string;
  /** The value its comment states (parsed from the comment). */
  expected: unknown;
  /** What the expression evaluated to; undefined when the example stopped before reaching it. */
  actual?: unknown;
  /** Whether the expression was evaluated. */
  reached: boolean;
}

/** The outcome of running one `@example` block. */
export interface ExampleRun {
  claims: ExampleClaim[];
  /** The error that stopped the block, if any. */
  error: unknown;
}

/**
 * The value a trailing comment states, when it states one: the whole comment, or the longest part before
 * ` (`, `, `, `: `, `; ` or ` — ` (an explanation after the value), read as a JavaScript literal (strings, numbers,
 * arrays, objects, true/false/null). Undefined when the comment is prose (`// the street office's cases`).
 *
 * @example
 * statedValue("'较大'"); // { value: '较大' }
 * statedValue('94.11 (Singapore, procedures)'); // { value: 94.11 }
 * statedValue('the columns of safety_incidents'); // undefined
 */
export function statedValue(comment: string): { value: unknown } | undefined {
  const text = comment.trim();
  // The whole comment, then every prefix that ends before a separator, longest first.
  const cuts = [...text.matchAll(/ \(|, |: | — |; /g)].map((m) => m.index).reverse();
  const candidates = [text, ...cuts.map((cut) => text.slice(0, cut))];
  for (const candidate of candidates) {
    if (candidate === '' || /[…]/.test(candidate)) continue;
    try {
      // Only literals survive: a bare name throws ReferenceError in this empty scope.
      const value: unknown = new Function(`"use strict"; return (${candidate});`)();
      if (typeof value === 'function') continue;
      return { value };
    } catch {
      continue;
    }
  }
  return undefined;
}

/**
 * Runs an `@example` block (TypeScript; types are stripped) with `bindings` in scope, recording the value
 * of every top-level statement whose trailing `// comment` states a value: `expr; // 5` and
 * `const x = expr; // 5`. Statements without a stated value simply run.
 *
 * @example
 * const run = await runExample("Math.max(2, 3); // 3", {});
 * run.claims[0]?.actual; // 3
 */
export async function runExample(code: string, bindings: Record<string, unknown>): Promise<ExampleRun> {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const claims: ExampleClaim[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of source.statements) {
    const comment = trailingLineComment(code, statement);
    const stated = comment === undefined ? undefined : statedValue(comment);
    if (stated === undefined) continue;
    const target = claimTarget(statement);
    if (target === undefined) continue;
    const index = claims.length;
    claims.push({ code: target.getText(source), expected: stated.value, reached: false });
    edits.push({ start: target.getStart(source), end: target.getEnd(), text: `__claim(${index}, (${target.getText(source)}))` });
  }
  let rewritten = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  }
  const js = ts
    .transpileModule(rewritten, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } })
    .outputText.replace(/^export \{\};\s*$/m, '');
  const claim = (index: number, value: unknown) => {
    const c = claims[index];
    if (c) Object.assign(c, { actual: value, reached: true });
    return value;
  };
  const names = Object.keys(bindings);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
  try {
    // A block of its own, so the example may declare a name the bindings also hold (`const data = …`).
    await new AsyncFunction('__claim', ...names, `{\n${js}\n}`)(claim, ...names.map((name) => bindings[name]));
    return { claims, error: undefined };
  } catch (error) {
    return { claims, error };
  }
}

/** The expression whose value a statement's comment states: an expression statement's, or the initializer of a one-variable declaration. */
function claimTarget(statement: ts.Statement): ts.Expression | undefined {
  if (ts.isExpressionStatement(statement)) return statement.expression;
  if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
    return statement.declarationList.declarations[0]?.initializer;
  }
  return undefined;
}

/** The text of a `//` comment that follows the statement on its last line. */
function trailingLineComment(code: string, statement: ts.Statement): string | undefined {
  const ranges = ts.getTrailingCommentRanges(code, statement.getEnd()) ?? [];
  const first = ranges[0];
  if (!first || first.kind !== ts.SyntaxKind.SingleLineCommentTrivia) return undefined;
  return code.slice(first.pos + 2, first.end);
}

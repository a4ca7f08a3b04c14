import ts from 'typescript';

/** The compiler options the walk uses (those of tsconfig.base.json that matter for resolving exports). */
export const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
};

/** One export of a module and its doc comment, as the API docs see it. */
export interface ExportDoc {
  /** The exported name. */
  name: string;
  /** The file that declares it, relative to the entry's folder (e.g. `values/parse-date.ts`). */
  file: string;
  /** What its doc comment lacks: 'doc comment', 'summary' or '@example'; empty when documented. */
  missing: string[];
  /** The code of each `@example` tag, comment markers removed. */
  examples: string[];
}

/**
 * Every export of `entry` (followed through re-exports) with what its doc comment lacks: a doc comment at
 * all, a summary sentence, or an `@example` tag with code in it. One declaration of a merged symbol (an
 * interface and a value of the same name, overloads) having a complete comment is enough.
 *
 * @example
 * exportDocs('/work/main/packages/core/src/index.ts').find((d) => d.name === 'parseDate')?.missing; // []
 */
export function exportDocs(entry: string, host: ts.CompilerHost = ts.createCompilerHost(compilerOptions)): ExportDoc[] {
  // Compilers skip most doc comments of .ts files unless told to parse them all.
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseAll;
  const program = ts.createProgram({ rootNames: [entry], options: compilerOptions, host });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`entry not found: ${entry}`);
  const module = checker.getSymbolAtLocation(source);
  if (!module) return [];
  const root = entry.slice(0, entry.lastIndexOf('/') + 1);
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    const file = declarations[0]?.getSourceFile().fileName.replace(root, '') ?? '?';
    const judged = declarations.map((declaration) => {
      const doc = closestDocComment(declaration);
      return { doc, missing: missingDocs(doc) };
    });
    const best = judged.reduce<(typeof judged)[number] | null>((a, b) => (a === null || b.missing.length < a.missing.length ? b : a), null);
    const examples = (best?.doc?.tags ?? [])
      .filter((tag) => tag.tagName.text === 'example')
      .map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? '');
    return { name: exported.name, file, missing: best?.missing ?? ['doc comment'], examples };
  });
}

function missingDocs(doc: ts.JSDoc | undefined): string[] {
  if (!doc) return ['doc comment'];
  const missing: string[] = [];
  if ((ts.getTextOfJSDocComment(doc.comment) ?? '').trim() === '') missing.push('summary');
  const examples = (doc.tags ?? []).filter((tag) => tag.tagName.text === 'example');
  if (!examples.some((tag) => (ts.getTextOfJSDocComment(tag.comment) ?? '').trim() !== '')) missing.push('@example');
  return missing;
}

/**
 * The doc comment right above a declaration (a variable's sits above its statement), as typedoc reads it.
 * `jsDoc` is the parser's own field: ts.getJSDocCommentsAndTags drops comments that have no tags.
 */
function closestDocComment(declaration: ts.Declaration): ts.JSDoc | undefined {
  const host = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  return (host as { jsDoc?: ts.JSDoc[] }).jsDoc?.at(-1);
}

// Which exports of a package entry have no doc comment: a partner hovering them in an editor, or
// reading their API docs page (typedoc), would learn nothing.
import ts from 'typescript';

/**
 * The names of `entry`'s exports (re-exports followed to their declaration) without a doc
 * comment; with `classMembers`, also `Class.member` for public members of exported classes that
 * are neither private nor `@internal` nor inherited from TypeScript's own lib (Error's `stack` …).
 */
export function undocumentedExports(entry: string, { classMembers = false } = {}): string[] {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['source'],
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const documented = (symbol: ts.Symbol) =>
    !!ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  const ours = (symbol: ts.Symbol) =>
    symbol.declarations?.some((d) => !d.getSourceFile().fileName.includes('/typescript/lib/'));
  const undocumented: string[] = [];
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!documented(target)) undocumented.push(symbol.name);
    if (!classMembers || !(target.flags & ts.SymbolFlags.Class)) continue;
    for (const member of checker.getDeclaredTypeOfSymbol(target).getProperties()) {
      const modifiers = ts.getCombinedModifierFlags(
        member.valueDeclaration ?? member.declarations![0]!,
      );
      const internal = member.getJsDocTags(checker).some((tag) => tag.name === 'internal');
      if (modifiers & ts.ModifierFlags.Private || internal || !ours(member)) continue;
      if (!documented(member)) undocumented.push(`${symbol.name}.${member.name}`);
    }
  }
  return undocumented;
}

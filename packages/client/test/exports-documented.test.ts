// Every export of the client, and every public member of its classes, has a doc comment, so a
// partner's editor says what it is on hover and the API docs (typedoc) describe it. The
// contract's types re-exported here count too: a partner hovers them through this package.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import ts from 'typescript';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

it('every export of @jiagong/client and its classes’ members have a doc comment', () => {
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
    if (!(target.flags & ts.SymbolFlags.Class)) continue;
    for (const member of checker.getDeclaredTypeOfSymbol(target).getProperties()) {
      const modifiers = ts.getCombinedModifierFlags(
        member.valueDeclaration ?? member.declarations![0]!,
      );
      const internal = member.getJsDocTags(checker).some((tag) => tag.name === 'internal');
      if (modifiers & ts.ModifierFlags.Private || internal || !ours(member)) continue;
      if (!documented(member)) undocumented.push(`${symbol.name}.${member.name}`);
    }
  }
  assert.deepEqual(undocumented, []);
});

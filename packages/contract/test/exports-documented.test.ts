// Every export of the package has a doc comment, so a partner's editor says what it is on hover
// and the API docs (typedoc) describe it.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import ts from 'typescript';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

it('every export of @jiagong/contract has a doc comment', () => {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['source'],
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const undocumented = checker
    .getExportsOfModule(module)
    .filter((symbol) => {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return !ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
    })
    .map((symbol) => symbol.name);
  assert.deepEqual(undocumented, []);
});

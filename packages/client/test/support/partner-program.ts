// A partner's TypeScript file, compiled in memory by a language service (the one editors run)
// against the packages' source: what hovering shows, and which mistakes fail to compile.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');

/**
 * `code` as a strict partner module. Markers are looked up from `searchFrom` on (past a shared
 * prelude that may contain the same text). `compilerOptions` adds to the partner's settings.
 */
export function partnerProgram(
  code: string,
  searchFrom = 0,
  compilerOptions: ts.CompilerOptions = {},
) {
  const file = path.join(here, '..', '__partner__.ts');
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['source'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    ...compilerOptions,
  };
  const service = ts.createLanguageService({
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = name === file ? code : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? code : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  /** What the editor shows when hovering the last character of `marker`: signature, docs. */
  const quickInfo = (marker: string): { signature: string; docs: string } => {
    const at = code.indexOf(marker, searchFrom);
    assert.ok(at >= 0, marker);
    const info = service.getQuickInfoAtPosition(file, at + marker.length - 1);
    const tags = (info?.tags ?? []).map(
      (tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`,
    );
    return {
      signature: ts.displayPartsToString(info?.displayParts),
      docs: [ts.displayPartsToString(info?.documentation), ...tags].join('\n'),
    };
  };
  return {
    quickInfo,
    /** The hover's signature line(s) only. */
    hover: (marker: string): string => quickInfo(marker).signature,
    /** The compiler's errors, as `line: message`. */
    errors(): string[] {
      return [
        ...service.getSyntacticDiagnostics(file),
        ...service.getSemanticDiagnostics(file),
      ].map((d) => {
        const line = d.file!.getLineAndCharacterOfPosition(d.start!).line + 1;
        return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    },
  };
}

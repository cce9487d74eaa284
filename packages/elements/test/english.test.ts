// Every `@jiagong/elements/<entry>/en` must fill in the English of every catalogue its entry can
// show, including those of elements the entry takes from other families (the inputs' union picker,
// the merchant list's member code dialog): otherwise a page that imported the entry's English
// shows a mix of two languages. Read from the module graphs (esbuild, dynamic imports included),
// so a new element or a new dependency between families is checked without a list to update.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build, type Metafile } from 'esbuild';
import { presentFamilies } from '../../../scripts/lib/families.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const src = path.join(root, 'packages/elements/src');
const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

/** The metafile of `file` bundled with its static and dynamic imports (packages left out). */
async function graph(file: string): Promise<Metafile> {
  const { metafile } = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    packages: 'external',
    absWorkingDir: root,
    tsconfig: path.join(root, 'tsconfig.base.json'),
    logLevel: 'silent',
  });
  return metafile;
}

/** Each family's `en` module and the catalogue modules it fills (its own-folder imports). */
async function englishModules(): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const dir of readdirSync(src, { withFileTypes: true })) {
    if (!dir.isDirectory() || ['internal', 'locales'].includes(dir.name)) continue;
    const file = path.join(src, dir.name, 'en.ts');
    const meta = await graph(file).catch(() => undefined);
    if (!meta) continue;
    const own = meta.inputs[rel(file)]?.imports ?? [];
    found.set(
      rel(file),
      own
        .map((i) => i.path)
        .filter((p) => p.startsWith(rel(path.join(src, dir.name))) && !p.endsWith('/en.ts')),
    );
  }
  return found;
}

describe('English modules cover their entries', async () => {
  const english = await englishModules();

  it('finds the families’ English modules', () => {
    assert.ok(english.size >= 10, [...english.keys()].join(', '));
    for (const [file, catalogues] of english) assert.ok(catalogues.length, `${file} fills nothing`);
  });

  // Elements of a family whose English arrives after another's render again only when told.
  it('each English module says when its texts are filled in (localeLoaded)', () => {
    for (const file of english.keys())
      assert.match(readFileSync(path.join(root, file), 'utf8'), /^localeLoaded\(\);$/m, file);
  });

  // provider renders a slot and no text of its own: it has no `en`.
  for (const entry of presentFamilies().filter((f) => f !== 'provider')) {
    const name = `@jiagong/elements/${entry}/en fills every catalogue @jiagong/elements/${entry} uses`;
    it(name, async () => {
      const shown = Object.keys((await graph(path.join(src, entry, 'index.ts'))).inputs);
      const loaded = Object.keys((await graph(path.join(src, entry, 'en.ts'))).inputs);
      const missing = [...english]
        .filter(([, catalogues]) => catalogues.some((c) => shown.includes(c)))
        .map(([file]) => file)
        .filter((file) => !loaded.includes(file));
      assert.deepEqual(missing, [], `${entry}/en does not import ${missing.join(', ')}`);
    });
  }

  it('@jiagong/elements/locales/en imports every English module', async () => {
    const loaded = Object.keys((await graph(path.join(src, 'locales/en.ts'))).inputs);
    assert.deepEqual(
      [...english.keys()].filter((file) => !loaded.includes(file)),
      [],
    );
  });
});

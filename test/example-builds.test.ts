// `npm start` and `npm run build` build the Vite examples (scripts/build.mjs, step `examples`)
// and print what Vite warns. A partner following the README reads a page of warnings as a
// failing build: each example's own config must build them quietly.
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build as viteBuild, createLogger } from 'vite';
import { root } from '../scripts/lib/families.js';
import { ensureBuilt } from './support/build.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'jg-example-builds-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const examples = readdirSync(path.join(root, 'examples')).filter((name) =>
  existsSync(path.join(root, 'examples', name, 'vite.config.mjs')),
);

describe('the Vite examples build without warnings', { timeout: 600_000 }, () => {
  for (const name of examples) {
    it(`examples/${name}`, async () => {
      await ensureBuilt(['react', 'js'], ['packages/react/dist/index.js']);
      const warnings: string[] = [];
      const logger = createLogger('warn');
      logger.warn = (message) => void warnings.push(message);
      logger.warnOnce = logger.warn;
      await viteBuild({
        root: path.join(root, 'examples', name),
        configFile: path.join(root, 'examples', name, 'vite.config.mjs'),
        customLogger: logger,
        build: { outDir: path.join(tmp, name), emptyOutDir: true },
      });
      // First lines, without colours: what the build printed.
      // eslint-disable-next-line no-control-regex
      const said = warnings.map((w) => w.replace(/\x1b\[[\d;]*m/g, '').split('\n')[0]);
      assert.deepEqual(said, []);
    });
  }
});

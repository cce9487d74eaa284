// `npm run docs` writes the typedoc API reference (docs/api) of the entry points typedoc.json
// names. A partner reads there what to import: each module must be named as the package they
// install, not as a folder of this repository ("client/src", "contract/src", typedoc's name for
// an entry point without a `@module` tag).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { root } from '../scripts/lib/families.js';

const config = JSON.parse(readFileSync(path.join(root, 'typedoc.json'), 'utf8')) as {
  entryPoints: string[];
  blockTags?: string[];
};

describe('the API reference (typedoc)', () => {
  it('names each module as the package a partner installs', () => {
    assert.ok(config.entryPoints.length > 0);
    // typedoc.json lists the block tags it knows: an unlisted @module is a warning, which
    // treatWarningsAsErrors makes a failed build.
    assert.ok(config.blockTags?.includes('@module'), 'typedoc.json blockTags has no @module');
    for (const entry of config.entryPoints) {
      const packageDir = path.join(root, entry, '../..');
      const { name } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
        name: string;
      };
      const source = readFileSync(path.join(root, entry), 'utf8');
      const first = /^\/\*\*[\s\S]*?\*\//.exec(source)?.[0] ?? '';
      assert.match(first, /@packageDocumentation/, `${entry} starts with its package's comment`);
      assert.equal(/^\s*\* @module (\S+)$/m.exec(first)?.[1], name, `${entry}'s @module`);
    }
  });
});

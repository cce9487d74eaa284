// Every export of the package has a doc comment, so a partner's editor says what it is on hover
// and the API docs (typedoc) describe it.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { undocumentedExports } from '../../../test/support/doc-comments.js';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

it('every export of @jiagong/contract has a doc comment', () => {
  assert.deepEqual(undocumentedExports(entry), []);
});

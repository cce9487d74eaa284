// Every export of the client, and every public member of its classes, has a doc comment, so a
// partner's editor says what it is on hover and the API docs (typedoc) describe it. The
// contract's types re-exported here count too: a partner hovers them through this package.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { undocumentedExports } from '../../../test/support/doc-comments.js';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

it('every export of @jiagong/client and its classes’ members have a doc comment', () => {
  assert.deepEqual(undocumentedExports(entry, { classMembers: true }), []);
});

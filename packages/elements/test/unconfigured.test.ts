// Each entry with room in its size budget carries the check that makes an element with no
// <jg-provider> and no api-base say so (internal/unconfigured.ts; its behaviour is tested in the
// browser beside it). The check is global once installed, so the browser test alone cannot tell
// which entries install it: a partner importing only one of them must get it too.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bundleSize } from '../../../scripts/lib/bundle-size.js';

// Not the loan application, points mall and merchant list: their budgets have no room for the
// check's ~190 B gzip (see docs/troubleshooting.md).
const entries = [
  'member-card',
  'service-menu',
  'card-benefits',
  'inputs',
  'model-workers',
  'courses',
  'quiz',
  'consents',
];

describe('entries that report a missing configuration', () => {
  for (const entry of entries) {
    it(`@jiagong/elements/${entry} installs the check`, async () => {
      const { code } = await bundleSize({ code: `export * from '@jiagong/elements/${entry}';` });
      assert.match(code, /needs api-base, or a <jg-provider> around it/);
    });
  }
});

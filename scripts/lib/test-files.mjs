// Where tests live. web-test-runner.config.mjs and scripts/test.mjs both read these lists so the
// test script's "are there any browser tests?" check and the runner always agree.

/**
 * Node tests (node:test), run with the `source` condition through tsx. test/ at the root holds
 * the distribution tests (examples in Chromium, CDN loader, packed tarballs in a consumer).
 */
export const nodeTestGlobs = [
  'packages/*/test/**/*.test.ts',
  'test/**/*.test.ts',
  '!packages/*/test/browser/**',
  '!**/bench/**',
];

/** Browser tests (@open-wc/testing in Chromium): elements beside their code, client in test/browser. */
export const browserTestGlobs = [
  'packages/*/src/**/*.test.ts',
  'packages/*/test/browser/**/*.test.ts',
];

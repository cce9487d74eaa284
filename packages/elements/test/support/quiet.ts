// Browser test helper (not shipped): asserts that something stopped making requests.
import { expect } from '@open-wc/testing';
import { sleep } from './test-helpers.js';

/**
 * Lets requests in flight settle, then asserts `count` (requests made so far) stays put for
 * 2.5 s: longer than a member code with `refresh-before="59"` takes to renew.
 */
export async function expectNoNewCalls(count: () => number, message: string): Promise<void> {
  await sleep(300);
  const settled = count();
  await sleep(2500);
  expect(count(), message).to.equal(settled);
}

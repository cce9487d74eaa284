import { after, before, describe } from 'node:test';
import { startSandbox } from '../../src/index.js';
import { Api } from '../support/api.js';
import { TestClock } from '../support/clock.js';
import { authTests } from './auth.js';
import { catalogueTests } from './catalogue.js';
import { clockTests } from './clock.js';
import { concurrencyTests } from './concurrency.js';
import type { StorageTarget, SuiteContext } from './context.js';
import { controlTests } from './controls.js';
import { httpTests } from './http.js';
import { idempotencyTests } from './idempotency.js';
import { loanTests } from './loans.js';
import { memberTests } from './member.js';
import { orderTests } from './orders.js';
import { persistenceTests } from './persistence.js';
import { pointsTests } from './points.js';

/** The whole sandbox suite against one storage; each test file calls it with its target. */
export function sandboxSuite(target: StorageTarget): void {
  describe(`sandbox on ${target.name}`, () => {
    const ctx = { target } as SuiteContext;

    before(async () => {
      const clock = new TestClock();
      const sandbox = await startSandbox({
        ...(await target.options()),
        port: 0,
        quiet: true,
        clock: clock.now,
      });
      Object.assign(ctx, { sandbox, api: new Api(sandbox.url), clock });
    });

    after(async () => {
      await ctx.sandbox?.close();
      await target.cleanup?.();
    });

    httpTests(ctx);
    authTests(ctx);
    catalogueTests(ctx);
    memberTests(ctx);
    pointsTests(ctx);
    orderTests(ctx);
    idempotencyTests(ctx);
    concurrencyTests(ctx);
    loanTests(ctx);
    controlTests(ctx);
    clockTests(ctx);
    persistenceTests(ctx);
  });
}

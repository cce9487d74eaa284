// What a partner's logs get from an error: `console.error(error)` (util.inspect), an uncaught
// error, `JSON.stringify(error)` (error trackers, JSON loggers) and `String(error)`. They must
// name what went wrong and never carry a credential (key or member session) or what the member
// typed (a loan application's ID number and phone), at any depth, `cause`s included.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { describe, it } from 'node:test';
import { createServerClient, isApiError, isTimeoutError } from '@jiagong/client';
import { SANDBOX_PUBLISHABLE_KEY, SANDBOX_SECRET_KEY } from '@jiagong/contract';
import { useWorld, type World } from './support/world.js';

const world = useWorld();

/** Every way a partner's code or tooling turns an error into text. */
const printed = (error: unknown) =>
  [
    String(error),
    JSON.stringify(error),
    inspect(error),
    inspect(error, { depth: Infinity, showHidden: true, getters: true }),
  ].join('\n');

function assertNone(error: unknown, secrets: string[]) {
  const text = printed(error);
  for (const secret of secrets) {
    assert.ok(!text.includes(secret), `the printed error contains ${secret}:\n${inspect(error)}`);
  }
}

/** The member session token the getter handed out, to look for it in the output. */
function recordingSession(world: World) {
  const real = world.sessionFor('m_1001');
  const tokens: string[] = [];
  const getter = async () => {
    const session = await real();
    tokens.push(session.token);
    return session;
  };
  return { getter, tokens };
}

describe('a printed error', () => {
  it('of a timeout holds neither the secret key nor the member session', async () => {
    world.proxy.inject({ path: '/sandbox/members', fault: { kind: 'delay', ms: 500 } });
    const server = createServerClient({
      baseUrl: world.proxy.url,
      secretKey: SANDBOX_SECRET_KEY,
      timeout: 50,
      retry: 0,
    });
    const fromServer = await server.sandbox.members().catch((caught: unknown) => caught);
    assert.ok(isTimeoutError(fromServer));
    assertNone(fromServer, [SANDBOX_SECRET_KEY]);

    const { getter, tokens } = recordingSession(world);
    world.proxy.inject({ path: '/v1/me/card', fault: { kind: 'delay', ms: 500 } });
    const client = world.client({ getSessionToken: getter, timeout: 50, retry: 0 });
    const fromBrowser = await client.me.card.get().catch((caught: unknown) => caught);
    assert.ok(isTimeoutError(fromBrowser));
    assert.equal(tokens.length, 1);
    assertNone(fromBrowser, [tokens[0]!, SANDBOX_PUBLISHABLE_KEY]);
  });

  it('of a refused loan application holds nothing the member typed', async () => {
    const client = world.client({ retry: 0 });
    const input = {
      productId: 'lp_consumer',
      amountFen: 3_000_000,
      termMonths: 12,
      repaymentMethod: 'equal-instalment' as const,
      applicant: {
        name: '沈嘉禾',
        idNumber: '330499199003070014',
        mobile: '13905731234',
        unionId: 'u_330402',
      },
      employer: { name: '嘉兴示例科技有限公司', uscc: '91330402MA2B3C4D5X' },
      purpose: '装修自住房屋',
      consents: [],
    };
    const error = await client.me.loanApplications.create(input).catch((caught: unknown) => caught);
    assert.ok(isApiError(error), String(error));
    assertNone(error, ['330499199003070014', '13905731234', '沈嘉禾', SANDBOX_PUBLISHABLE_KEY]);
  });

  it('of an API error says what went wrong in a few lines: code, status, request id', async () => {
    const client = world.client();
    const error = await client.mall.products.get('prd_nope').catch((caught: unknown) => caught);
    assert.ok(isApiError(error));
    const text = inspect(error);
    assert.match(text, /^ApiError: /);
    for (const part of ["code: 'not_found'", 'status: 404', `requestId: '${error.requestId}'`]) {
      assert.ok(text.includes(part), `${part} missing from:\n${text}`);
    }
    // The stack and the fields, not ky's request, response and options.
    assert.ok(text.split('\n').length < 20, text);
    assert.deepEqual(JSON.parse(JSON.stringify(error)), {
      name: 'ApiError',
      requestId: error.requestId,
      code: 'not_found',
      status: 404,
    });
  });

  it('is what the README says: JSON without the message, Node showing fields as [Object]', async () => {
    // The README said JSON.stringify(error) shows the message; a JSON logger lost it.
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').replace(
      /\s+/g,
      ' ',
    );
    const client = world.client();
    const error = await client.mall.products
      .list({ limit: 1000 })
      .catch((caught: unknown) => caught);
    assert.ok(isApiError(error, 'validation_failed'));
    assert.ok(!('message' in JSON.parse(JSON.stringify(error))));
    assert.ok(readme.includes('`JSON.stringify` leaves the message out'), 'README: JSON');
    assert.match(inspect(error), /fields: \[ \[Object\] \]/);
    assert.ok(readme.includes('`details.fields` as `[ [Object] ]`'), 'README: console.error');
    assert.match(inspect(error.details, { depth: null }), /path: 'limit'/);
  });
});

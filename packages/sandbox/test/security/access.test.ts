// Access control, derived from the contract's endpoint table so a new route is covered the day it
// is added: a member token never reads or changes another member's data (every session route,
// with the victim's resource ids and with smuggled member ids), each endpoint refuses every
// credential kind it does not take, expired and reset sessions are refused everywhere, and the
// sandbox never writes a token or personal data to its output.
/* eslint-disable @typescript-eslint/no-explicit-any -- reads untyped JSON answers */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { endpoints, SESSION_TTL_SECONDS, type Endpoint } from '@jiagong/contract';
import { Api, delivery, PK, SK } from '../support/api.js';
import { loanInput } from '../suite/loans.js';
import { allPages, startWorld, type SecurityWorld } from './support.js';

const table = Object.entries(endpoints) as [string, Endpoint][];
const sessionRoutes = table.filter(([, e]) => e.auth === 'session');
const VICTIM = 'm_1001';
const ATTACKER = 'm_1002';

const fill = (template: string, id: string) => template.replace(/\{\w+\}/g, encodeURIComponent(id));
const hasParams = (e: Endpoint) => /\{\w+\}/.test(e.path);

/** A body that passes validation where we know one; `{}` for anything new. */
function sampleBody(name: string): unknown {
  switch (name) {
    case 'me.orders.create':
      return { productId: 'prd_0001', quantity: 1, delivery };
    case 'me.loanDraft.save':
      return { step: 'applicant', values: { note: 'attacker draft' } };
    case 'me.loanApplications.create':
      // The mobile as the log check below looks for it (the suite's is pasted, +86 and spaced).
      return loanInput({ applicant: { ...loanInput().applicant, mobile: '19900001002' } });
    case 'me.consents.withdraw':
      return { textId: 'ct_credit_check' };
    default:
      return {};
  }
}

function call(
  api: Api,
  e: Endpoint,
  auth: string | undefined,
  pathOverride?: string,
  body?: unknown,
) {
  const url = pathOverride ?? fill(e.path, 'x');
  if (e.method === 'GET' || e.method === 'DELETE') return api.call(e.method, url, { auth });
  return api.call(e.method, url, { auth, json: body ?? {} });
}

/** The status of a HEAD request (no body to read). */
async function headStatus(path: string, headers: Record<string, string>): Promise<number> {
  return (await fetch(`${world.api.url}${path}`, { method: 'HEAD', headers })).status;
}

/** Volatile fields: a balance's `updatedAt` follows the clock. */
function stable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v) => (key === 'updatedAt' ? undefined : v));
}

let world: SecurityWorld;
before(async () => {
  world = await startWorld();
});
after(() => world?.sandbox.close());

describe('the endpoint table', () => {
  it('every /v1/me route takes a member session and nothing else', () => {
    const me = table.filter(([, e]) => e.path === '/v1/me' || e.path.startsWith('/v1/me/'));
    assert.ok(me.length >= 10, 'the table lists the member routes');
    for (const [name, e] of me) assert.equal(e.auth, 'session', `${name} must need a session`);
  });
});

describe("a member token never reaches another member's data", () => {
  let victim: string;
  let attacker: string;
  let victimIds: string[];
  /** Ids of what every member sees, that the victim holds a place in: their courses. */
  let sharedIds: string[];
  let fingerprints: string[];

  /** Everything the victim can read through the GET routes, by route. */
  async function snapshot(): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [name, e] of sessionRoutes) {
      if (e.method !== 'GET') continue;
      if (!hasParams(e)) {
        const res = await world.api.get(e.path, victim);
        out[name] = [res.status, stable(res.body)];
        continue;
      }
      for (const id of victimIds) {
        const res = await world.api.get(fill(e.path, id), victim);
        if (res.status === 200) out[`${name} ${id}`] = stable(res.body);
      }
    }
    return out;
  }

  before(async () => {
    await world.api.reset();
    victim = await world.api.session(VICTIM);
    attacker = await world.api.session(ATTACKER);
    const orders = await allPages(world.api, '/v1/me/orders', victim);
    const apps = await allPages(world.api, '/v1/me/loan-applications', victim);
    const ledger = await allPages(world.api, '/v1/me/points/transactions', victim);
    const consents = (await world.api.get('/v1/me/consents', victim)).body.data as { id: string }[];
    // A sign-up the attacker could try to cancel: a course that has not started, with seats.
    const courses = await allPages(world.api, '/v1/courses', PK);
    const open = courses.find(
      (c: any) =>
        (!c.startsAt || Date.parse(c.startsAt) > world.clock.now().getTime() + 86_400_000) &&
        (c.seatsLeft === null || c.seatsLeft > 1),
    );
    assert.ok(open, 'a course not started with seats');
    const signUp = await world.api.post(
      `/v1/me/courses/${open.id}/sign-up`,
      victim,
      {},
      {
        'Idempotency-Key': 'access-victim-sign-up',
      },
    );
    assert.equal(signUp.status, 201, JSON.stringify(signUp.body));
    const signUps = await allPages(world.api, '/v1/me/courses', victim);
    sharedIds = [...new Set(signUps.map((x: any) => x.course.id as string))];
    // Make sure there is something to steal in every collection.
    assert.ok(orders.length > 0 && apps.length > 0 && ledger.length > 0 && signUps.length > 0);
    await world.api.call('PUT', '/v1/me/loan-draft', {
      auth: victim,
      json: { step: 'employer', values: { secret: 'victim-draft-7f3a' } },
    });
    victimIds = [...orders, ...apps, ...ledger, ...consents, ...signUps].map(
      (x: any) => x.id as string,
    );
    const card = (await world.api.get('/v1/me/card', victim)).body;
    fingerprints = [...victimIds, VICTIM, card.cardNumberMasked, 'victim-draft-7f3a'];
  });

  it('with the victim’s ids in the path, every session route with a path parameter', async () => {
    const before = await snapshot();
    const tried: string[] = [];
    for (const [name, e] of sessionRoutes.filter(([, e]) => hasParams(e))) {
      for (const id of victimIds) {
        const res = await call(world.api, e, attacker, fill(e.path, id), sampleBody(name));
        tried.push(name);
        assert.ok(
          res.status === 404 || res.status === 403,
          `${name} ${id} as ${ATTACKER}: ${res.status} ${JSON.stringify(res.body)}`,
        );
        const text = JSON.stringify(res.body);
        for (const f of fingerprints) assert.ok(!text.includes(f), `${name} leaked ${f}`);
        // HEAD answers what GET would, Content-Length included: not even the size leaks.
        if (e.method === 'GET') {
          const head = await headStatus(fill(e.path, id), { Authorization: `Bearer ${attacker}` });
          assert.equal(head, res.status, `HEAD ${name} ${id} as ${ATTACKER}`);
        }
      }
    }
    assert.ok(tried.length > 0);
    assert.deepEqual(await snapshot(), before, "the victim's data did not change");
  });

  it('with the victim’s member id smuggled in query, headers and body, every session route', async () => {
    const before = await snapshot();
    for (const [name, e] of sessionRoutes) {
      const url = `${fill(e.path, victimIds[0]!)}?memberId=${VICTIM}&member_id=${VICTIM}&member=${VICTIM}`;
      const body = { ...(sampleBody(name) as object), memberId: VICTIM };
      const res = await world.api.call(e.method, url, {
        auth: attacker,
        headers: { 'X-Member-Id': VICTIM, 'X-Jiagong-Member': VICTIM },
        ...(e.method === 'GET' || e.method === 'DELETE' ? {} : { json: body }),
      });
      assert.ok(res.status < 500, `${name}: ${res.status} ${JSON.stringify(res.body)}`);
      const text = JSON.stringify(res.body);
      for (const f of fingerprints) assert.ok(!text.includes(f), `${name} leaked ${f}`);
      if (res.status < 300 && res.body && typeof res.body === 'object' && 'id' in res.body) {
        assert.notEqual(res.body.id, VICTIM, `${name} answered as the victim`);
      }
    }
    assert.deepEqual(await snapshot(), before, "the victim's data did not change");
  });

  it('with the id of a course the victim signed up for, every session route with a path parameter acts for the attacker only', async () => {
    // Seats follow everyone's sign-ups, not the victim's data.
    const own = (value: unknown) =>
      JSON.parse(JSON.stringify(stable(value)), (key, v) =>
        key === 'seatsLeft' || key === 'signedUpCount' || key === 'availability' ? undefined : v,
      );
    const seats = async () =>
      Promise.all(sharedIds.map(async (id) => (await world.api.get(`/v1/courses/${id}`, PK)).body));
    const before = own(await snapshot());
    const seatsBefore = await seats();
    const tried = new Set<string>();
    for (const [name, e] of sessionRoutes.filter(([, e]) => hasParams(e))) {
      for (const id of sharedIds) {
        const res = await call(world.api, e, attacker, fill(e.path, id), sampleBody(name));
        tried.add(name);
        assert.ok(res.status < 500, `${name} ${id}: ${res.status} ${JSON.stringify(res.body)}`);
        const text = JSON.stringify(res.body);
        for (const f of fingerprints) assert.ok(!text.includes(f), `${name} leaked ${f}`);
      }
    }
    // A new member route on a shared resource is tried the day it is added.
    assert.ok(tried.has('me.courses.cancel') && tried.has('me.courses.signUp'), [...tried].join());
    assert.deepEqual(own(await snapshot()), before, "the victim's sign-ups did not change");
    // The attacker's cancel freed no seat of the victim's (a sign-up, then its cancel, nets 0).
    assert.deepEqual(await seats(), seatsBefore);
    const mine = await allPages(world.api, '/v1/me/courses', victim);
    for (const id of sharedIds)
      assert.ok(
        mine.some((x: any) => x.course.id === id),
        id,
      );
  });

  it('the attacker’s own reads name the attacker only', async () => {
    const me = await world.api.get('/v1/me', attacker);
    assert.equal(me.body.id, ATTACKER);
    const own = await allPages(world.api, '/v1/me/orders', attacker);
    for (const order of own) assert.ok(!victimIds.includes(order.id));
  });
});

describe('credentials of the wrong kind are refused by every endpoint', () => {
  const accepted: Record<Endpoint['auth'], string[]> = {
    publishable: ['publishable', 'session'],
    secret: ['secret'],
    session: ['session'],
  };

  it('none, pk, sk, st, forged and malformed credentials, per the table', async () => {
    await world.api.reset();
    const token = await world.api.session(VICTIM);
    const credentials: [kind: string, header: Record<string, string>][] = [
      ['none', {}],
      ['publishable', { Authorization: `Bearer ${PK}` }],
      ['secret', { Authorization: `Bearer ${SK}` }],
      ['session', { Authorization: `Bearer ${token}` }],
      ['forged', { Authorization: 'Bearer st_0000000000000000000000000000' }],
      ['forged', { Authorization: 'Bearer pk_live_jiaxing' }],
      ['forged', { Authorization: 'Bearer sk_test_jiaxing_' }],
      ['malformed', { Authorization: `Token ${token}` }],
      ['malformed', { Authorization: `Basic ${Buffer.from(`${SK}:`).toString('base64')}` }],
      ['malformed', { Authorization: `Bearer ${token} ${SK}` }],
      ['malformed', { Authorization: 'Bearer' }],
      // A credential anywhere but the Authorization header does not count.
      ['elsewhere', { Cookie: `token=${token}; session=${token}`, 'X-Api-Key': SK }],
    ];
    for (const [name, e] of table) {
      for (const [kind, headers] of credentials) {
        const ok = accepted[e.auth].includes(kind);
        const res = await world.api.call(e.method, fill(e.path, 'x'), {
          headers,
          ...(e.method === 'GET' || e.method === 'DELETE' ? {} : { json: {} }),
        });
        if (ok) {
          assert.ok(res.status !== 401 && res.status < 500, `${name} with ${kind}: ${res.status}`);
        } else {
          assert.equal(res.status, 401, `${name} with ${kind} (${JSON.stringify(headers)})`);
          assert.equal(res.body.error.details?.neededKind, e.auth, name);
          if (e.method === 'GET') {
            assert.equal(await headStatus(fill(e.path, 'x'), headers), 401, `HEAD ${name} ${kind}`);
          }
        }
      }
      // A token in the query string is never read.
      const inQuery = await world.api.call(
        e.method,
        `${fill(e.path, 'x')}?access_token=${token}&token=${token}&key=${SK}`,
        e.method === 'GET' || e.method === 'DELETE' ? {} : { json: {} },
      );
      assert.equal(inQuery.status, 401, `${name} read a credential from the URL`);
    }
  });
});

describe('an idempotency key replays its answer to its owner only', () => {
  // Every keyed endpoint of the table (orders, loan applications, course sign-ups, quiz
  // submissions, card verifications …): the first call is stored under its key, and the same key
  // and body with a credential of the wrong kind, or from another member, never gets that answer.
  const keyed = table.filter(([, e]) => e.idempotencyKey);

  it('the same key and body: refused for a wrong credential, a new request for another member', async () => {
    await world.api.reset();
    const victim = await world.api.session(VICTIM);
    const attacker = await world.api.session(ATTACKER);
    const course = (await allPages(world.api, '/v1/courses', PK)).find(
      (c: any) => !c.startsAt || Date.parse(c.startsAt) > world.clock.now().getTime() + 86_400_000,
    );
    const rally = (await world.api.get('/v1/quiz/current', PK)).body;
    const questions = rally?.id
      ? (await world.api.get(`/v1/quiz/rallies/${rally.id}/questions`, PK)).body.data
      : [];
    const code = (await world.api.post('/v1/me/card/verification-code', victim)).body.code;
    const bodies: Record<string, unknown> = {
      'me.quiz.submit': {
        rallyId: rally?.id,
        answers: questions.map((q: any) => ({ questionId: q.id, optionId: q.options[0].id })),
      },
      'cardVerifications.create': { code },
    };
    const ids: Record<string, string> = { 'me.courses.signUp': course?.id };
    const owner = { session: victim, secret: SK, publishable: PK };
    const tried: string[] = [];
    for (const [name, e] of keyed) {
      const url = fill(e.path, ids[name] ?? 'x');
      const body = bodies[name] ?? sampleBody(name);
      const key = `access-replay-${name}`;
      const first = await world.api.call(e.method, url, {
        auth: owner[e.auth],
        json: body,
        headers: { 'Idempotency-Key': key },
      });
      assert.ok(first.status < 500, `${name}: ${first.status} ${JSON.stringify(first.body)}`);
      const text = JSON.stringify(first.body);
      const others = [PK, SK, victim, attacker].filter((c) => c !== owner[e.auth]);
      for (const credential of [undefined, ...others]) {
        const again = await world.api.call(e.method, url, {
          auth: credential,
          json: body,
          headers: { 'Idempotency-Key': key },
        });
        const who =
          credential === attacker ? 'another member' : (credential?.slice(0, 3) ?? 'none');
        assert.notEqual(again.headers.get('idempotent-replayed'), 'true', `${name} as ${who}`);
        if (first.status < 300) {
          assert.notEqual(JSON.stringify(again.body), text, `${name} replayed to ${who}`);
        }
        if (!(e.auth === 'session' && credential === attacker)) {
          assert.equal(again.status, 401, `${name} as ${who}: ${again.status}`);
        }
      }
      tried.push(name);
    }
    assert.ok(tried.includes('cardVerifications.create') && tried.includes('me.courses.signUp'));
  });
});

describe('expired and revoked sessions', () => {
  it('a session past its 15 minutes is refused by every endpoint that takes one', async () => {
    await world.api.reset();
    const token = await world.api.session(VICTIM);
    assert.equal((await world.api.get('/v1/me', token)).status, 200);
    world.clock.advance(SESSION_TTL_SECONDS - 5);
    assert.equal((await world.api.get('/v1/me', token)).status, 200, 'still valid just before');
    world.clock.advance(6);
    try {
      for (const [name, e] of table.filter(([, e]) => e.auth !== 'secret')) {
        const res = await call(world.api, e, token, undefined, sampleBody(name));
        assert.equal(res.status, 401, `${name}: ${res.status}`);
        assert.equal(res.body.error.code, 'session_expired', name);
      }
    } finally {
      world.clock.reset();
    }
  });

  it('a sandbox reset ends every session', async () => {
    const token = await world.api.session(VICTIM);
    await world.api.reset();
    const res = await world.api.get('/v1/me', token);
    assert.equal(res.status, 401);
  });
});

describe('tokens and personal data never reach the sandbox output', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
  let child: ChildProcess;
  let output = '';
  let api: Api;

  before(async () => {
    child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        'packages/sandbox/src/cli.ts',
        '--port',
        '0',
        '--memory',
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Sandbox listening on (\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`sandbox exited (${code}):\n${output}`)));
    });
    api = new Api(url);
  });
  after(() => {
    child?.kill('SIGTERM');
  });

  it('after a full member journey, with failures', async () => {
    const banner = output;
    const token = await api.session(VICTIM);
    const token2 = await api.session(ATTACKER);
    const secrets = [token, token2];
    await api.get('/v1/me', token);
    const reveal = await api.post('/v1/me/card/reveal', token);
    assert.equal(reveal.status, 200);
    secrets.push(reveal.body.cardNumber, reveal.body.holderName);
    const code = await api.post('/v1/me/card/verification-code', token);
    secrets.push(code.body.code);
    const order = await api.post(
      '/v1/me/orders',
      token,
      { productId: 'prd_0001', quantity: 1, delivery: { ...delivery, mobile: '13912345678' } },
      { 'Idempotency-Key': 'log-test-1' },
    );
    assert.ok(order.status < 500);
    secrets.push('13912345678', 'log-test-1');
    const app = await api.post(
      '/v1/me/loan-applications',
      token2,
      sampleBody('me.loanApplications.create'),
    );
    assert.equal(app.status, 201, JSON.stringify(app.body));
    secrets.push('330499200003150220', '19900001002', '陆小溪');
    // Failures, and credentials where they do not belong.
    await api.get(`/v1/me?access_token=${token}`);
    await api.get('/v1/me', `${token}x`);
    await api.post('/v1/me/loan-applications', token2, {
      applicant: { idNumber: '330499200003150220' },
    });
    await api.call('POST', '/v1/me/orders', { auth: token, raw: `{"productId": "${token}"` });
    await api.post('/v1/card-verifications', SK, { code: code.body.code });
    // The routes added since: a keyed card verification, a course sign-up and its cancel, a
    // consent withdrawn with its channel.
    const code2 = await api.post('/v1/me/card/verification-code', token);
    secrets.push(code2.body.code, 'log-cv-key-9d2');
    const check = await api.post(
      '/v1/card-verifications',
      SK,
      { code: code2.body.code },
      { 'Idempotency-Key': 'log-cv-key-9d2' },
    );
    assert.ok(check.status < 500, JSON.stringify(check.body));
    const courses = (await api.get('/v1/courses?limit=100', PK)).body.data as any[];
    const open = courses.find(
      (c) => !c.startsAt || Date.parse(c.startsAt) > Date.now() + 86_400_000,
    );
    assert.ok(open, 'a course not started');
    const signUp = await api.post(
      `/v1/me/courses/${open.id}/sign-up`,
      token2,
      {},
      {
        'Idempotency-Key': 'log-course-key-4b1',
      },
    );
    assert.ok(signUp.status < 300, JSON.stringify(signUp.body));
    assert.equal((await api.post(`/v1/me/courses/${open.id}/cancel`, token2)).status, 200);
    const withdrawn = await api.post('/v1/me/consents/withdraw', token2, {
      textId: 'ct_credit_check',
      channel: 'bank-app/3.2 19900001002',
    });
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    secrets.push('log-course-key-4b1');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const logged = output.slice(banner.length);
    assert.ok(logged.includes('/v1/me'), 'requests are logged');
    assert.ok(logged.includes('/cancel') && logged.includes('/v1/me/consents/withdraw'), logged);
    for (const secret of secrets) {
      // The start-up banner lists the synthetic test members by name, on purpose.
      const where = banner.includes(secret) ? logged : output;
      assert.ok(!where.includes(secret), `the sandbox output contains ${secret}`);
    }
    assert.ok(!logged.includes(SK), 'the secret key is only in the start-up banner');
  });
});

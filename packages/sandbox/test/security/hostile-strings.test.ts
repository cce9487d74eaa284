// Hostile strings through every text field of every resource: the sandbox stores and returns
// them byte for byte (no escaping, no truncation, no 500), in both locales, whether they come
// from the catalogue (written by the `sandbox.setTexts` control) or from what a member typed
// (delivery details, loan purpose and employer, the loan draft). Rendering them inert is the
// elements' side: packages/elements/test/browser/hostile-render.test.ts.
/* eslint-disable @typescript-eslint/no-explicit-any -- reads untyped JSON answers */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { endpoints, LongText, Text, type Endpoint } from '@jiagong/contract';
import { hostileStrings } from '../../../../scripts/lib/hostile-strings.js';
import { delivery, PK, SK } from '../support/api.js';
import { loanInput } from '../suite/loans.js';
import { allPages, startWorld, type SecurityWorld } from './support.js';

let world: SecurityWorld;
let token1001: string;
let token1002: string;
const corpus = new Set(hostileStrings);
const seen = new Map<string, Set<string>>();

before(async () => {
  world = await startWorld();
  const res = await world.api.post('/sandbox/fixtures/texts', SK, { texts: hostileStrings });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  for (const [table, rows] of Object.entries(res.body.updated as Record<string, number>)) {
    assert.ok(rows > 0, `no ${table} row got a text`);
  }
  token1001 = await world.api.session('m_1001');
  token1002 = await world.api.session('m_1002');
});
after(() => world?.sandbox.close());

/** `[field, value]` pairs read from a response. */
type Texts = unknown[][];

/** Each value must be one of the corpus strings, unchanged. */
function expectCorpus(where: string, texts: Texts): void {
  assert.ok(texts.length > 0, `${where}: nothing to check`);
  for (const [fieldName, value] of texts) {
    const field = String(fieldName);
    assert.equal(typeof value, 'string', `${where} ${field} is not a string`);
    assert.ok(
      corpus.has(value as string),
      `${where} ${field} came back changed: ${JSON.stringify(value).slice(0, 120)}`,
    );
    const key = `${where} ${field}`;
    if (!seen.has(key)) seen.set(key, new Set());
    seen.get(key)!.add(value as string);
  }
}

/** A masked rendering of a hostile name must still hide it. */
function expectMasked(where: string, masked: unknown): void {
  assert.equal(typeof masked, 'string', where);
  assert.ok(!corpus.has(masked as string), `${where} shows a full name: ${masked as string}`);
}

const en = { 'Accept-Language': 'en' };

describe('hostile strings in the catalogue (publishable key)', () => {
  for (const [label, headers] of [
    ['zh-CN', undefined],
    ['en', en],
  ] as const) {
    it(`services, categories and loan products (${label})`, async () => {
      const services = await world.api.get('/v1/services', PK, headers);
      assert.equal(services.status, 200);
      expectCorpus(
        'services',
        services.body.data.flatMap((s: any) => [
          ['name', s.name],
          ['description', s.description],
        ]),
      );
      const categories = await world.api.get('/v1/mall/categories', PK, headers);
      assert.equal(categories.status, 200);
      expectCorpus(
        'categories',
        categories.body.data.map((c: any) => ['name', c.name]),
      );
      const loans = await world.api.get('/v1/loans/products', PK, headers);
      assert.equal(loans.status, 200);
      expectCorpus(
        'loan products',
        loans.body.data.flatMap((p: any) => [
          ['name', p.name],
          ['description', p.description],
          ['lender.name', p.lender.name],
          ['lender.contact', p.lender.contact],
          ...p.consents.flatMap((c: any) => [
            ['consent.title', c.title],
            ['consent.body', c.body],
            ['consent.retention', c.retention],
            ...(c.recipient === null ? [] : [['consent.recipient', c.recipient]]),
          ]),
        ]),
      );
    });
  }

  it('every union, merchant and product, every page', async () => {
    const unions = await world.api.get('/v1/unions', PK);
    assert.equal(unions.status, 200);
    expectCorpus(
      'unions',
      unions.body.data.map((u: any) => ['name', u.name]),
    );
    const merchants = await allPages(world.api, '/v1/merchants', PK);
    expectCorpus(
      'merchants',
      merchants.flatMap((m: any) => [
        ['name', m.name],
        ['address', m.address],
        ['discount', m.discount],
      ]),
    );
    const products = await allPages(world.api, '/v1/mall/products', PK);
    assert.ok(products.length > 100);
    expectCorpus(
      'products',
      products.flatMap((p: any) => [
        ['name', p.name],
        ['summary', p.summary],
        ['description', p.description],
      ]),
    );
    const one = await world.api.get(`/v1/mall/products/${products[0].id}`, PK);
    assert.equal(one.status, 200);
    assert.deepEqual(one.body, products[0]);
  });

  it('searching for a hostile string is a plain text search', async () => {
    for (const text of hostileStrings.filter((s) => s.length <= 50)) {
      const res = await world.api.get(`/v1/mall/products?q=${encodeURIComponent(text)}`, PK);
      assert.ok(res.status === 200 || res.status === 422, `q=${text}: ${res.status}`);
      const unions = await world.api.get(`/v1/unions?q=${encodeURIComponent(text)}`, PK);
      assert.ok(unions.status === 200 || unions.status === 422, `unions q=${text}`);
    }
  });

  it('every corpus string came back from the catalogue somewhere', () => {
    const all = new Set([...seen.values()].flatMap((values) => [...values]));
    for (const text of hostileStrings) assert.ok(all.has(text), `never returned: ${text}`);
  });
});

describe('hostile strings in member data (session)', () => {
  it('the member, the card and the revealed holder name', async () => {
    const me = await world.api.get('/v1/me', token1001);
    assert.equal(me.status, 200, JSON.stringify(me.body));
    expectCorpus('me', [['unionName', me.body.unionName]]);
    expectMasked('me.nameMasked', me.body.nameMasked);
    const card = await world.api.get('/v1/me/card', token1001);
    assert.equal(card.status, 200, JSON.stringify(card.body));
    expectCorpus('card', [['unionName', card.body.unionName]]);
    expectMasked('card.holderNameMasked', card.body.holderNameMasked);
    const reveal = await world.api.post('/v1/me/card/reveal', token1001);
    assert.equal(reveal.status, 200, JSON.stringify(reveal.body));
    expectCorpus('reveal', [['holderName', reveal.body.holderName]]);
    const members = await world.api.get('/sandbox/members', SK);
    expectCorpus(
      'sandbox members',
      members.body.data.map((m: any) => ['name', m.name]),
    );
  });

  it('benefits, points history, seeded orders and loan applications', async () => {
    for (const headers of [undefined, en]) {
      const benefits = await world.api.get('/v1/me/card/benefits', token1001, headers);
      assert.equal(benefits.status, 200);
      expectCorpus(
        'benefits',
        benefits.body.data.flatMap((b: any) => [
          ['title', b.title],
          ['description', b.description],
          ['actionLabel', b.actionLabel],
        ]),
      );
    }
    const ledger = await allPages(world.api, '/v1/me/points/transactions', token1001);
    expectCorpus(
      'points',
      ledger.map((t: any) => ['description', t.description]),
    );
    const orders = await allPages(world.api, '/v1/me/orders', token1001);
    expectCorpus(
      'orders',
      orders.flatMap((o: any) => [
        ['productName', o.productName],
        ...(o.delivery ? [['delivery.address', o.delivery.address]] : []),
      ]),
    );
    const apps = await allPages(world.api, '/v1/me/loan-applications', token1001);
    expectCorpus(
      'loan applications',
      apps.flatMap((a: any) => [
        ['productName', a.productName],
        ['purpose', a.purpose],
        ['employer.name', a.employer.name],
        ['applicant.unionName', a.applicant.unionName],
        ...(a.rejectionReason === null ? [] : [['rejectionReason', a.rejectionReason]]),
        ...a.timeline
          .filter((e: any) => e.note !== null)
          .map((e: any) => ['timeline.note', e.note]),
      ]),
    );
  });

  it('what a member types comes back as typed: delivery, loan application, draft', async () => {
    await world.api.setPoints('m_1001', 1_000_000);
    const products = await allPages(world.api, '/v1/mall/products?sort=points_asc', PK);
    const product = products.find(
      (p: any) => p.fulfilment === 'delivery' && p.stock >= 20 && p.perMemberLimit === null,
    );
    assert.ok(product, 'a delivery product with stock and no per-member limit');

    for (const text of hostileStrings) {
      const address = text.length >= 5 && text.length <= 200 ? text : null;
      const recipient = [...text].length <= 40 ? text : '沈嘉禾';
      if (!address) continue;
      const res = await world.api.post('/v1/me/orders', token1001, {
        productId: product.id,
        quantity: 1,
        delivery: { ...delivery, recipient, address },
      });
      assert.equal(res.status, 201, `${text}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.delivery.address, address.trim());
      assert.equal(res.body.productName, product.name);
      const again = await world.api.get(`/v1/me/orders/${res.body.id}`, token1001);
      assert.deepEqual(again.body, res.body);
      if (corpus.has(recipient))
        expectMasked('delivery.recipientMasked', res.body.delivery.recipientMasked);
    }

    const employers = hostileStrings.filter((s) => s.trim().length >= 2 && s.length <= 100);
    for (const [i, text] of hostileStrings.entries()) {
      const employer = employers[i % employers.length]!;
      const res = await world.api.post(
        '/v1/me/loan-applications',
        token1002,
        loanInput({ purpose: text, employer: { name: employer, uscc: '91330402MA2B0C1D2H' } }),
        { 'Idempotency-Key': `hostile-${i}` },
      );
      assert.equal(res.status, 201, `${text}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.purpose, text.trim());
      assert.equal(res.body.employer.name, employer.trim());
      const again = await world.api.get(`/v1/me/loan-applications/${res.body.id}`, token1002);
      assert.deepEqual(again.body, res.body);
      // Withdrawn, so the next one for the same product is not refused as a duplicate.
      const withdrawn = await world.api.post(
        `/v1/me/loan-applications/${res.body.id}/withdraw`,
        token1002,
      );
      assert.equal(withdrawn.body.purpose, text.trim());
      // The application granted the consents again; withdrawing one records the app it came
      // from (channel, at most 100 characters) as sent.
      const channel = text.length <= 100 ? text : text.slice(0, 100);
      const consent = await world.api.post('/v1/me/consents/withdraw', token1002, {
        textId: 'ct_credit_check',
        channel,
      });
      assert.equal(consent.status, 200, `${text}: ${JSON.stringify(consent.body)}`);
      assert.equal(consent.body.action, 'withdraw');
      assert.equal(consent.body.channel, channel);
      const ledger = await world.api.get('/v1/me/consents', token1002);
      assert.deepEqual(ledger.body.data[0], consent.body);
    }

    const values = Object.fromEntries(hostileStrings.map((s, i) => [s, { i, text: s }]));
    const saved = await world.api.call('PUT', '/v1/me/loan-draft', {
      auth: token1002,
      json: { step: 'applicant', values },
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const draft = await world.api.get('/v1/me/loan-draft', token1002);
    assert.deepEqual(draft.body.draft.values, values);
  });
});

// ---------------------------------------------------------------------------------------------
// Schema-guided: every GET endpoint of the table, every field its response schema declares as
// `Text` or `LongText` (the contract's user-facing text types). New endpoints and fields are
// covered automatically; a stored text the fixtures control does not reach fails here until
// `sandbox.setTexts` writes it too. Only texts the server derives from codes or masks are exempt.

/** Text fields the server computes (masks, names of fixed code tables, partner constants). */
const DERIVED = new Set([
  'nameMasked',
  'holderNameMasked',
  'recipientMasked',
  'countyName',
  'categoryName',
  'issuer.name',
  'issuer.coBrand',
]);

interface SchemaNode {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaNode>;
      element?: SchemaNode;
      innerType?: SchemaNode;
    };
  };
}

/** `[field path, value]` of every Text/LongText leaf of `value` per `schema`. */
function textLeaves(
  schema: SchemaNode,
  value: unknown,
  at: string,
  out: [string, unknown][],
): void {
  if (schema === (Text as unknown) || schema === (LongText as unknown)) {
    out.push([at, value]);
    return;
  }
  const def = schema._zod.def;
  if (value === null || value === undefined) return;
  if ((def.type === 'nullable' || def.type === 'optional') && def.innerType) {
    textLeaves(def.innerType, value, at, out);
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    for (const item of value) textLeaves(def.element, item, at, out);
  } else if (def.type === 'object' && def.shape && typeof value === 'object') {
    for (const [key, field] of Object.entries(def.shape)) {
      textLeaves(field, (value as Record<string, unknown>)[key], at ? `${at}.${key}` : key, out);
    }
  }
}

describe('every Text field of every GET endpoint (schema-guided)', () => {
  it('holds a corpus string, unchanged, or is a documented derived field', async () => {
    const api = world.api;
    // From the seed again, so every record predates the texts (no ledger entries of the
    // tests above, whose descriptions the server composes).
    await api.reset();
    assert.equal(
      (await api.post('/sandbox/fixtures/texts', SK, { texts: hostileStrings })).status,
      200,
    );
    token1001 = await api.session('m_1001');
    // Data in every member list: an order, an application (done above), a course sign-up and
    // a quiz submission for m_1001.
    const courses = await api.get('/v1/courses?limit=100', PK);
    const open = courses.body.data.find(
      (c: any) => c.seatsLeft === undefined || c.seatsLeft === null || c.seatsLeft > 0,
    );
    if (open) {
      // A cancel answers the course: its texts come back as stored too (then signed up again).
      await api.post(`/v1/me/courses/${open.id}/sign-up`, token1001, {});
      const cancelled = await api.post(`/v1/me/courses/${open.id}/cancel`, token1001);
      assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
      const leaves: [string, unknown][] = [];
      textLeaves(
        endpoints['me.courses.cancel'].response as unknown as SchemaNode,
        cancelled.body,
        '',
        leaves,
      );
      assert.ok(leaves.length > 3);
      for (const [field, value] of leaves) {
        assert.ok(
          corpus.has(value as string),
          `me.courses.cancel ${field} = ${String(value).slice(0, 60)}`,
        );
      }
      await api.post(`/v1/me/courses/${open.id}/sign-up`, token1001, {});
    }
    const current = (await api.get('/v1/quiz/current', PK)).body;
    const rallyId: string | undefined = current?.id ?? current?.rally?.id;
    if (rallyId) {
      const questions = (await api.get(`/v1/quiz/rallies/${rallyId}/questions`, PK)).body.data;
      await api.post(
        '/v1/me/quiz/submissions',
        token1001,
        {
          rallyId,
          answers: questions.map((q: any) => ({ questionId: q.id, optionId: q.options[0].id })),
        },
        { 'Idempotency-Key': 'hostile-quiz' },
      );
    }

    const table = (Object.entries(endpoints) as [string, Endpoint][]).filter(
      ([, e]) => e.method === 'GET' && e.auth !== 'secret' && !e.sandboxOnly,
    );
    const auth = (e: { auth: string }) => (e.auth === 'session' ? token1001 : PK);
    /** The id for a path parameter: the first item of the list endpoint the path extends. */
    async function idFor(path: string): Promise<string | undefined> {
      if (path.includes('/quiz/rallies/')) return rallyId;
      const base = path.slice(0, path.indexOf('/{'));
      const list = table.find(([, e]) => e.path === base);
      if (!list) return undefined;
      const res = await api.get(`${base}`, auth(list[1]));
      return res.body?.data?.[0]?.id;
    }

    const problems: string[] = [];
    let checked = 0;
    for (const [name, e] of table) {
      let url: string = e.path;
      if (/\{\w+\}/.test(e.path)) {
        const id = await idFor(e.path);
        if (!id) {
          problems.push(`${name}: no id to try (teach idFor about ${e.path})`);
          continue;
        }
        url = e.path.replace(/\{\w+\}/g, encodeURIComponent(id));
      }
      const res = await api.get(url, auth(e));
      if (res.status !== 200) {
        problems.push(`${name}: ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
        continue;
      }
      const leaves: [string, unknown][] = [];
      textLeaves(e.response as unknown as SchemaNode, res.body, '', leaves);
      for (const [field, value] of leaves) {
        const short = field.replace(/^data\./, '');
        if ([...DERIVED].some((d) => short === d || short.endsWith(`.${d}`))) continue;
        checked++;
        // Texts the server composes around a stored one ("答题奖励：<round title>") count too.
        const composed =
          typeof value === 'string' && hostileStrings.some((text) => value.includes(text));
        if (!corpus.has(value as string) && !composed) {
          problems.push(`${name} ${field} = ${JSON.stringify(value).slice(0, 60)}`);
        }
      }
    }
    assert.deepEqual([...new Set(problems)], []);
    assert.ok(checked > 500, `only ${checked} text fields checked`);
  });
});

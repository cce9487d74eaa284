import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { PK, SK } from '../support/api.js';
import type { Json } from '../support/api.js';
import type { SuiteContext } from './context.js';

// Seed consent texts are version 2025.1 (checked against /v1/loans/products below).
const CONSENT_VERSION = '2025.1';

/** A valid 消费贷 application for a synthetic applicant. */
export function loanInput(overrides: Record<string, unknown> = {}) {
  return {
    productId: 'lp_consumer',
    amountFen: 10_000_000,
    termMonths: 12,
    repaymentMethod: 'equal-instalment',
    applicant: {
      name: '陆小溪',
      idNumber: '330499200003150220',
      mobile: '+86 199 0000 1002',
      unionId: 'u_330411_02_01',
    },
    employer: { name: '嘉兴禾信电子有限公司', uscc: '91330402ma2b0c1d2h' },
    purpose: '家庭装修',
    consents: ['ct_sensitive_pi', 'ct_share_with_bank', 'ct_credit_check'].map((textId) => ({
      textId,
      version: CONSENT_VERSION,
      granted: true,
    })),
    channel: 'sandbox-tests/1.0',
    ...overrides,
  };
}

const paths = (res: { body: Json }) =>
  (res.body.error.details?.fields ?? []).map((f: { path: string }) => f.path).sort();

export function loanTests(ctx: SuiteContext): void {
  describe('loan draft', () => {
    beforeEach(() => ctx.api.reset());

    it('gets, replaces and deletes the draft, per member', async () => {
      const token = await ctx.api.session('m_1002');
      assert.deepEqual((await ctx.api.get('/v1/me/loan-draft', token)).body, { draft: null });
      const saved = await ctx.api.call('PUT', '/v1/me/loan-draft', {
        auth: token,
        json: {
          step: 'applicant',
          values: { productId: 'lp_startup', applicant: { name: '陆小溪' } },
        },
      });
      assert.equal(saved.status, 200);
      assert.equal(saved.body.step, 'applicant');
      assert.match(saved.body.updatedAt, /\+08:00$/);
      const read = await ctx.api.get('/v1/me/loan-draft', token);
      assert.deepEqual(read.body.draft, saved.body);
      const replaced = await ctx.api.call('PUT', '/v1/me/loan-draft', {
        auth: token,
        json: { step: 'amount', values: {} },
      });
      assert.deepEqual(replaced.body.values, {});
      // Another member sees only their own (empty) draft.
      const other = await ctx.api.session('m_1005');
      assert.deepEqual((await ctx.api.get('/v1/me/loan-draft', other)).body, { draft: null });
      const deleted = await ctx.api.call('DELETE', '/v1/me/loan-draft', { auth: token });
      assert.deepEqual(deleted.body, { deleted: true });
      assert.deepEqual((await ctx.api.get('/v1/me/loan-draft', token)).body, { draft: null });
      const deletedAgain = await ctx.api.call('DELETE', '/v1/me/loan-draft', { auth: token });
      assert.equal(deletedAgain.status, 200);
    });

    it('keeps no resident ID number in a draft (an older form, or a partner form naming it otherwise)', async () => {
      // Sensitive PI before the member's separate consent: an older <jg-loan-application> saved
      // the ID number as she typed it, a partner's form may keep it under its own name.
      const token = await ctx.api.session('m_1002');
      const saved = await ctx.api.call('PUT', '/v1/me/loan-draft', {
        auth: token,
        json: {
          step: 'applicant',
          values: {
            name: '陆小溪',
            idNumber: '3304992000',
            applicant: { sfz: '身份证号：330499-20000315-022x', mobile: '13800138000' },
            others: ['330499200003150220', 'lp_startup'],
          },
        },
      });
      assert.equal(saved.status, 200);
      const expected = {
        name: '陆小溪',
        idNumber: '',
        applicant: { sfz: '', mobile: '13800138000' },
        others: ['', 'lp_startup'],
      };
      assert.deepEqual(saved.body.values, expected);
      assert.deepEqual((await ctx.api.get('/v1/me/loan-draft', token)).body.draft.values, expected);
    });

    it('validates the draft shape', async () => {
      const token = await ctx.api.session('m_1002');
      const bad = await ctx.api.call('PUT', '/v1/me/loan-draft', {
        auth: token,
        json: { step: 'x'.repeat(41), values: 'nope' },
      });
      assert.equal(bad.status, 422);
      assert.deepEqual(paths(bad), ['step', 'values']);
    });
  });

  describe('loan applications', () => {
    beforeEach(() => ctx.api.reset());

    it('checks that the consent versions used here are current', async () => {
      const products = (await ctx.api.get('/v1/loans/products', PK)).body.data as Json[];
      for (const product of products) {
        for (const text of product.consents) assert.equal(text.version, CONSENT_VERSION);
      }
    });

    it('submits an application, masks the applicant and records the consents', async () => {
      const token = await ctx.api.session('m_1002');
      await ctx.api.call('PUT', '/v1/me/loan-draft', {
        auth: token,
        json: { step: 'review', values: {} },
      });
      const res = await ctx.api.post('/v1/me/loan-applications', token, loanInput(), {
        'Accept-Language': 'en',
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const app = res.body;
      assert.match(app.id, /^la_/);
      assert.equal(app.status, 'submitted');
      assert.equal(app.withdrawable, true);
      assert.equal(app.timeline.length, 1);
      assert.equal(app.timeline[0].status, 'submitted');
      assert.deepEqual(app.applicant, {
        nameMasked: '陆**',
        idNumberMasked: '330***********0220',
        mobileMasked: '199****1002',
        unionId: 'u_330411_02_01',
        unionName: app.applicant.unionName,
      });
      assert.equal(app.employer.uscc, '91330402MA2B0C1D2H');
      // The rate the member's estimate was quoted at (the product's highest, 6.50 %), not one
      // she was never shown (4.73 %, 消费贷's range spread over its terms, recorded before).
      const products = (await ctx.api.get('/v1/loans/products', PK)).body.data as Json[];
      const consumer = products.find((p) => p.id == 'lp_consumer')!;
      assert.equal(app.aprPercent, consumer.aprMaxPercent);
      assert.equal(app.aprPercent, 6.5);
      const text = JSON.stringify(app);
      assert.ok(
        !text.includes('330499200003150220') &&
          !text.includes('19900001002') &&
          !text.includes('陆小溪'),
      );

      const consents = (await ctx.api.get('/v1/me/consents', token)).body.data as Json[];
      assert.equal(consents.length, 3);
      const product = ((await ctx.api.get('/v1/loans/products', PK)).body.data as Json[]).find(
        (p) => p.id === 'lp_consumer',
      );
      for (const record of consents) {
        const text = product.consents.find((c: { id: string }) => c.id === record.textId);
        assert.equal(record.action, 'grant');
        assert.equal(record.textVersion, text.version);
        assert.equal(record.textSha256, text.sha256);
        assert.equal(record.purpose, text.purpose);
        assert.deepEqual(record.dataCategories, text.dataCategories);
        assert.equal(record.recipient, text.recipient);
        assert.equal(record.channel, 'sandbox-tests/1.0');
        assert.equal(record.locale, 'en');
        assert.match(record.serverTime, /\+08:00$/);
      }
      assert.ok(!JSON.stringify(consents).includes('330499200003150220'));
      // The draft became the application.
      assert.deepEqual((await ctx.api.get('/v1/me/loan-draft', token)).body, { draft: null });
      const fetched = await ctx.api.get(`/v1/me/loan-applications/${app.id}`, token);
      assert.deepEqual(fetched.body, app);
    });

    it('accepts the details as members paste them, as the form inputs do', async () => {
      // From a WeChat chat, iOS Contacts and a union officer's spreadsheet: labels, zero-width
      // and bidi characters, grouping spaces and dashes, names aligned with spaces.
      const token = await ctx.api.session('m_1002');
      const res = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({
          applicant: {
            name: '陆　小　溪\u200b',
            idNumber: '身份证号：330499 20000315 0220\n',
            mobile: '\u202a+86 199\u20110000\u20111002\u202c',
            unionId: 'u_330411_02_01',
          },
          employer: { name: '嘉兴禾信电子有限公司', uscc: '信用代码：9133 0402 ma2b 0c1d 2h' },
        }),
      );
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.deepEqual(
        [res.body.applicant.nameMasked, res.body.applicant.idNumberMasked],
        ['陆**', '330***********0220'],
      );
      assert.equal(res.body.applicant.mobileMasked, '199****1002');
      assert.equal(res.body.employer.uscc, '91330402MA2B0C1D2H');
    });

    it('names each invalid field: ID number, mobile, USCC, name', async () => {
      const token = await ctx.api.session('m_1002');
      const res = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({
          applicant: {
            name: '张3',
            idNumber: '110105194912310021',
            mobile: '12800138000',
            unionId: 'u_330411_02_01',
          },
          employer: { name: '嘉兴禾信电子有限公司', uscc: '91350100M000100Y44' },
        }),
      );
      assert.equal(res.status, 422);
      assert.equal(res.body.error.code, 'validation_failed');
      assert.deepEqual(paths(res), [
        'applicant.idNumber',
        'applicant.mobile',
        'applicant.name',
        'employer.uscc',
      ]);
      const id = res.body.error.details.fields.find(
        (f: { path: string }) => f.path === 'applicant.idNumber',
      );
      assert.equal(id.code, 'checksum');
      assert.ok(id.message.length > 0);
      assert.equal((await ctx.api.get('/v1/me/loan-applications', token)).body.data.length, 0);
    });

    it('refuses an employer or purpose of spaces only, sending the bank nothing', async () => {
      // Kept trimmed: two spaces passed the schema's two characters and were kept as nothing.
      const token = await ctx.api.session('m_1002');
      const res = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({
          employer: { name: '\u3000 ', uscc: '91330402MA2B0C1D2H' },
          purpose: ' \u200b\u200b ',
        }),
      );
      assert.equal(res.status, 422, JSON.stringify(res.body));
      assert.deepEqual(
        res.body.error.details.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
        [
          ['employer.name', 'too_small'],
          ['purpose', 'too_small'],
        ],
      );
      const short = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({ purpose: ' 车 ' }),
      );
      assert.equal(short.status, 422, JSON.stringify(short.body));
      assert.deepEqual(short.body.error.details.fields, [
        { path: 'purpose', code: 'too_small', message: '长度不能少于 2 个字符（不计前后空格）' },
      ]);
      assert.equal((await ctx.api.get('/v1/me/loan-applications', token)).body.data.length, 0);
    });

    it('checks amount, term, product and union against the product', async () => {
      const token = await ctx.api.session('m_1002');
      const low = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({ amountFen: 999_999 }),
      );
      assert.deepEqual(paths(low), ['amountFen']);
      const high = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({ amountFen: 30_000_001 }),
      );
      assert.deepEqual(paths(high), ['amountFen']);
      // As the form words the range: Chinese speech reads a dash between two amounts as two.
      assert.equal(
        high.body.error.details.fields[0].message,
        '申请金额需为 ¥10,000.00 至 ¥300,000.00',
      );
      const english = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({ amountFen: 999_999 }),
        { 'Accept-Language': 'en' },
      );
      assert.equal(
        english.body.error.details.fields[0].message,
        'The amount must be from ¥10,000.00 to ¥300,000.00',
      );
      const term = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({ termMonths: 48 }),
      );
      assert.deepEqual(paths(term), ['termMonths']);
      const startupTerm = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({ productId: 'lp_startup', amountFen: 5_000_000, termMonths: 6 }),
      );
      assert.deepEqual(paths(startupTerm), ['termMonths']);
      const product = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({ productId: 'lp_nothing' }),
      );
      assert.deepEqual(paths(product), ['productId']);
      const union = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({ applicant: { ...loanInput().applicant, unionId: 'u_000000' } }),
      );
      assert.deepEqual(paths(union), ['applicant.unionId']);
      const ok = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({ productId: 'lp_startup', amountFen: 50_000_000, termMonths: 36 }),
      );
      assert.equal(ok.status, 201);
      assert.equal(ok.body.aprPercent, 4.35);
    });

    it('refuses applicants outside 18–65 as loan_ineligible', async () => {
      const token = await ctx.api.session('m_1002');
      // The message as the ID input words it: Chinese speech does not read a dash as a range.
      const said = {
        'zh-CN': '申请人年龄需为 18 至 65 周岁',
        en: 'The applicant must be 18 to 65 years old',
      };
      for (const idNumber of ['330499201001010018', '330499195801010018']) {
        for (const [locale, message] of Object.entries(said)) {
          const res = await ctx.api.post(
            '/v1/me/loan-applications',
            token,
            loanInput({ applicant: { ...loanInput().applicant, idNumber } }),
            { 'Accept-Language': locale },
          );
          assert.equal(res.status, 422, idNumber);
          assert.equal(res.body.error.code, 'loan_ineligible');
          assert.deepEqual(
            res.body.error.details.fields.map((f: { message: string }) => f.message),
            [message],
          );
        }
      }
    });

    it('requires every required consent, granted, in its current version', async () => {
      const token = await ctx.api.session('m_1002');
      const base = loanInput();
      const missing = await ctx.api.post('/v1/me/loan-applications', token, {
        ...base,
        consents: base.consents.filter((c) => c.textId !== 'ct_credit_check'),
      });
      assert.equal(missing.status, 422);
      assert.equal(missing.body.error.code, 'consent_required');
      assert.deepEqual(paths(missing), ['consents.ct_credit_check']);
      const refused = await ctx.api.post('/v1/me/loan-applications', token, {
        ...base,
        consents: base.consents.map((c) =>
          c.textId === 'ct_share_with_bank' ? { ...c, granted: false } : c,
        ),
      });
      assert.deepEqual(paths(refused), ['consents.ct_share_with_bank']);
      const outdated = await ctx.api.post('/v1/me/loan-applications', token, {
        ...base,
        consents: base.consents.map((c) =>
          c.textId === 'ct_sensitive_pi' ? { ...c, version: '2024.1' } : c,
        ),
      });
      assert.equal(outdated.body.error.code, 'consent_required');
      assert.equal(outdated.body.error.details.fields[0].code, 'consent_outdated');
      assert.deepEqual((await ctx.api.get('/v1/me/consents', token)).body.data, []);
    });

    it('needs an active card', async () => {
      const res = await ctx.api.post(
        '/v1/me/loan-applications',
        await ctx.api.session('m_1003'),
        loanInput(),
      );
      assert.equal(res.status, 422);
      assert.equal(res.body.error.code, 'card_inactive');
    });

    it("lists m_1001's application history with its full timeline", async () => {
      const token = await ctx.api.session('m_1001');
      const list = await ctx.api.get('/v1/me/loan-applications', token);
      assert.equal(list.status, 200);
      assert.equal(list.body.data.length, 1);
      const app = list.body.data[0];
      assert.equal(app.id, 'la_1001_01');
      assert.equal(app.status, 'disbursed');
      assert.deepEqual(
        app.timeline.map((t: { status: string }) => t.status),
        ['submitted', 'under_review', 'approved', 'disbursed'],
      );
      // 消费贷's highest 年化利率, the rate an application records (the contract's example too).
      assert.equal(app.aprPercent, 6.5);
      assert.equal(app.withdrawable, false);
      const other = await ctx.api.session('m_1002');
      assert.equal((await ctx.api.get('/v1/me/loan-applications/la_1001_01', other)).status, 404);
      assert.equal(
        (await ctx.api.post('/v1/me/loan-applications/la_1001_01/withdraw', other)).status,
        404,
      );
    });

    it('pages applications newest first', async () => {
      const token = await ctx.api.session('m_1002');
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const id = (await ctx.api.post('/v1/me/loan-applications', token, loanInput())).body.id;
        ids.push(id);
        // Withdrawn, so the next one for the same product is not a duplicate (and stays listed).
        await ctx.api.post(`/v1/me/loan-applications/${id}/withdraw`, token);
      }
      const page1 = await ctx.api.get('/v1/me/loan-applications?limit=2', token);
      assert.deepEqual(
        page1.body.data.map((a: { id: string }) => a.id),
        [ids[2], ids[1]],
      );
      const page2 = await ctx.api.get(
        `/v1/me/loan-applications?limit=2&cursor=${page1.body.nextCursor}`,
        token,
      );
      assert.deepEqual(
        page2.body.data.map((a: { id: string }) => a.id),
        [ids[0]],
      );
      assert.equal(page2.body.nextCursor, null);
    });

    it('refuses a second application for a product still under review, saying which', async () => {
      // The same member on two phones: one submits while the other is still on the review.
      const token = await ctx.api.session('m_1002');
      const key = { 'Idempotency-Key': 'two-devices-first' };
      const first = await ctx.api.post('/v1/me/loan-applications', token, loanInput(), key);
      assert.equal(first.status, 201);
      const date = first.body.createdAt.slice(0, 10);
      const again = await ctx.api.post('/v1/me/loan-applications', token, loanInput());
      assert.equal(again.status, 422);
      assert.equal(again.body.error.code, 'loan_ineligible');
      assert.deepEqual(again.body.error.details.fields, [
        {
          path: 'productId',
          code: 'application_pending',
          message: `您 ${date} 申请的消费贷还在审核中，不能重复申请。如需修改，请先撤回那笔申请`,
        },
      ]);
      const english = await ctx.api.post('/v1/me/loan-applications', token, loanInput(), {
        'Accept-Language': 'en',
      });
      assert.equal(
        english.body.error.details.fields[0].message,
        `Your consumer loan application of ${date} is still under review, so you cannot apply again. To change it, withdraw that application first`,
      );
      // Replaying the first request still answers the application it created.
      const replay = await ctx.api.post('/v1/me/loan-applications', token, loanInput(), key);
      assert.equal(replay.status, 201);
      assert.equal(replay.body.id, first.body.id);

      // Under review still blocks; the other product and another member do not.
      await ctx.api.post(`/sandbox/loan-applications/${first.body.id}/advance`, SK, {
        to: 'under_review',
      });
      const reviewed = await ctx.api.post('/v1/me/loan-applications', token, loanInput());
      assert.equal(reviewed.body.error.code, 'loan_ineligible');
      const startup = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({ productId: 'lp_startup', amountFen: 5_000_000, termMonths: 24 }),
      );
      assert.equal(startup.status, 201, JSON.stringify(startup.body));
      const other = await ctx.api.post(
        '/v1/me/loan-applications',
        await ctx.api.session('m_1001'),
        loanInput(),
      );
      assert.equal(other.status, 201);

      // Withdrawn or rejected ones do not block a new application.
      await ctx.api.post(`/v1/me/loan-applications/${first.body.id}/withdraw`, token);
      const renewed = await ctx.api.post('/v1/me/loan-applications', token, loanInput());
      assert.equal(renewed.status, 201);
      for (const to of ['under_review', 'rejected']) {
        await ctx.api.post(`/sandbox/loan-applications/${renewed.body.id}/advance`, SK, { to });
      }
      assert.equal(
        (await ctx.api.post('/v1/me/loan-applications', token, loanInput())).status,
        201,
      );
    });

    it('lets only one of two simultaneous submissions through', async () => {
      const token = await ctx.api.session('m_1002');
      const results = await Promise.all(
        [1, 2].map(() => ctx.api.post('/v1/me/loan-applications', token, loanInput())),
      );
      assert.deepEqual(results.map((r) => r.status).sort(), [201, 422]);
      const list = await ctx.api.get('/v1/me/loan-applications', token);
      assert.equal(list.body.data.length, 1);
    });

    it('keeps no draft that a save racing the submission wrote back', async () => {
      // Phone B autosaves the review step again and again while phone A submits: a save whose
      // check ran before the submission committed must not write its draft after it.
      const token = await ctx.api.session('m_1002');
      const values = { productId: 'lp_consumer', amountFen: '10000000', name: '陆小溪' };
      let submitted = false;
      const saves = async () => {
        for (let after = 0; after < 3; after += submitted ? 1 : 0) {
          await ctx.api.call('PUT', '/v1/me/loan-draft', {
            auth: token,
            json: { step: 'review', values },
          });
        }
      };
      const [created] = await Promise.all([
        (async () => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          try {
            return await ctx.api.post('/v1/me/loan-applications', token, loanInput());
          } finally {
            submitted = true;
          }
        })(),
        ...Array.from({ length: 6 }, saves),
      ]);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.deepEqual((await ctx.api.get('/v1/me/loan-draft', token)).body, { draft: null });
    });

    it("does not bring back a draft the member's application consumed", async () => {
      const token = await ctx.api.session('m_1002');
      const values = { productId: 'lp_consumer', amountFen: '10000000', name: '陆小溪' };
      const save = (json: Json, headers?: Record<string, string>) =>
        ctx.api.call('PUT', '/v1/me/loan-draft', { auth: token, json, headers });
      assert.equal((await save({ step: 'review', values })).status, 200);
      // Phone A submits; phone B, still on the review, saves again in the background.
      assert.equal(
        (await ctx.api.post('/v1/me/loan-applications', token, loanInput())).status,
        201,
      );
      const late = await save({ step: 'review', values }, { 'Accept-Language': 'en' });
      assert.equal(late.status, 422);
      assert.equal(late.body.error.code, 'loan_ineligible');
      assert.equal(late.body.error.details.fields[0].path, 'productId');
      assert.match(late.body.error.details.fields[0].message, /^Your consumer loan application/);
      assert.deepEqual((await ctx.api.get('/v1/me/loan-draft', token)).body, { draft: null });

      // A new draft (nothing chosen yet, or the other product) is kept as before.
      assert.equal((await save({ step: 'product', values: { unionId: 'u_330411' } })).status, 200);
      const startup = await save({ step: 'amount', values: { productId: 'lp_startup' } });
      assert.equal(startup.status, 200);
      assert.equal((await ctx.api.get('/v1/me/loan-draft', token)).body.draft.step, 'amount');
    });

    it('withdraws while undecided; twice is a no-op; decided ones refuse', async () => {
      const token = await ctx.api.session('m_1002');
      const app = (await ctx.api.post('/v1/me/loan-applications', token, loanInput())).body;
      await ctx.api.post(`/sandbox/loan-applications/${app.id}/advance`, SK, {
        to: 'under_review',
      });
      const withdrawn = await ctx.api.post(`/v1/me/loan-applications/${app.id}/withdraw`, token);
      assert.equal(withdrawn.status, 200);
      assert.equal(withdrawn.body.status, 'withdrawn');
      assert.equal(withdrawn.body.withdrawable, false);
      assert.deepEqual(
        withdrawn.body.timeline.map((t: { status: string }) => t.status),
        ['submitted', 'under_review', 'withdrawn'],
      );
      const again = await ctx.api.post(`/v1/me/loan-applications/${app.id}/withdraw`, token);
      assert.deepEqual(again.body, withdrawn.body);
      const decided = await ctx.api.post(
        '/v1/me/loan-applications/la_1001_01/withdraw',
        await ctx.api.session('m_1001'),
      );
      assert.equal(decided.status, 409);
      assert.equal(decided.body.error.code, 'application_not_withdrawable');
      const [field] = decided.body.error.details.fields;
      assert.equal(field.path, 'id');
      assert.equal(field.code, 'application_not_withdrawable');
      assert.match(field.message, /^申请当前为 \w+，只有 submitted、under_review 的申请可以撤回$/);
    });

    it("moves through the bank's review with the sandbox control", async () => {
      const token = await ctx.api.session('m_1002');
      const app = (await ctx.api.post('/v1/me/loan-applications', token, loanInput())).body;
      const advance = (to: string, note?: string) =>
        ctx.api.post(
          `/sandbox/loan-applications/${app.id}/advance`,
          SK,
          note ? { to, note } : { to },
        );
      const skip = await advance('disbursed');
      assert.equal(skip.status, 409);
      assert.equal(skip.body.error.code, 'invalid_transition');
      assert.equal((await advance('under_review')).body.status, 'under_review');
      const approved = await advance('approved', '审批通过');
      assert.equal(approved.body.status, 'approved');
      assert.equal(approved.body.withdrawable, false);
      const disbursed = await advance('disbursed');
      assert.deepEqual(
        disbursed.body.timeline.map((t: { status: string; note: string | null }) => [
          t.status,
          t.note,
        ]),
        [
          ['submitted', null],
          ['under_review', null],
          ['approved', '审批通过'],
          ['disbursed', null],
        ],
      );
      const seen = await ctx.api.get(`/v1/me/loan-applications/${app.id}`, token);
      assert.equal(seen.body.status, 'disbursed');

      const second = (await ctx.api.post('/v1/me/loan-applications', token, loanInput())).body;
      await ctx.api.post(`/sandbox/loan-applications/${second.id}/advance`, SK, {
        to: 'under_review',
      });
      const rejected = await ctx.api.post(`/sandbox/loan-applications/${second.id}/advance`, SK, {
        to: 'rejected',
        note: '收入证明不足',
      });
      assert.equal(rejected.body.status, 'rejected');
      assert.equal(rejected.body.rejectionReason, '收入证明不足');
      const after = await ctx.api.post(`/sandbox/loan-applications/${second.id}/advance`, SK, {
        to: 'disbursed',
      });
      assert.equal(after.body.error.code, 'invalid_transition');
      const bad = await ctx.api.post(`/sandbox/loan-applications/${second.id}/advance`, SK, {
        to: 'paid',
      });
      assert.equal(bad.status, 422);
      const nope = await ctx.api.post('/sandbox/loan-applications/la_nope/advance', SK, {
        to: 'approved',
      });
      assert.equal(nope.status, 404);
      assert.equal(nope.body.error.details.fields[0].path, 'id');
      assert.match(nope.body.error.details.fields[0].message, /贷款申请.*POST \/sandbox\/reset/);
      assert.equal(
        (
          await ctx.api.post(`/sandbox/loan-applications/${second.id}/advance`, PK, {
            to: 'approved',
          })
        ).status,
        401,
      );
    });

    it('says which steps an application can take from where it is, and never rejects without a reason', async () => {
      const token = await ctx.api.session('m_1002');
      const app = (await ctx.api.post('/v1/me/loan-applications', token, loanInput())).body;
      const advance = (json: Json) =>
        ctx.api.call('POST', `/sandbox/loan-applications/${app.id}/advance`, {
          auth: SK,
          json,
          headers: { 'Accept-Language': 'en' },
        });
      const skip = await advance({ to: 'approved' });
      assert.equal(skip.status, 409);
      assert.equal(skip.body.error.code, 'invalid_transition');
      assert.deepEqual(skip.body.error.details.fields, [
        {
          path: 'to',
          code: 'invalid_transition',
          message: 'The application is submitted: it can move to under_review only',
        },
      ]);
      await advance({ to: 'under_review' });
      // A blank note is no reason: the member would read an empty 未通过原因.
      const rejected = await advance({ to: 'rejected', note: '  ' });
      assert.equal(rejected.status, 200);
      assert.equal(rejected.body.rejectionReason, '综合评分未达到准入要求');
      const done = await advance({ to: 'disbursed' });
      assert.equal(
        done.body.error.details.fields[0].message,
        'The application is rejected: it cannot move any more',
      );
    });
  });

  describe('consent records', () => {
    beforeEach(() => ctx.api.reset());

    it('dates records and applications made at the same moment in the order they are listed', async () => {
      // Two phones: both loan products applied for while the member withdraws consents. Newest
      // first, no record may say it was made after the one listed above it: an auditor reads the
      // latest grant or withdrawal of a text as its state. (Three members at once, for more races.)
      const members = ['m_1001', 'm_1002', 'm_1005'];
      const texts = ['ct_sensitive_pi', 'ct_share_with_bank', 'ct_credit_check'];
      const race = async (memberId: string) => {
        const token = await ctx.api.session(memberId);
        return Promise.all([
          ...['lp_consumer', 'lp_startup'].map((productId) =>
            ctx.api.post('/v1/me/loan-applications', token, loanInput({ productId })),
          ),
          ...texts.map((textId) => ctx.api.post('/v1/me/consents/withdraw', token, { textId })),
        ]);
      };
      const results = (await Promise.all(members.map(race))).flat();
      for (const r of results)
        assert.ok(
          r.status === 201 ||
            r.status === 200 ||
            r.body.error?.code === 'application_pending' ||
            // A withdrawal that came before any grant of its text: nothing to withdraw.
            r.body.error?.code === 'consent_not_granted',
          JSON.stringify(r.body),
        );
      // The answers give seconds, which show it only across a second's boundary: the same to the
      // millisecond in the database, in the order of the lists.
      const late: string[] = [];
      for (const [table, column] of [
        ['consent_records', 'server_time'],
        ['loan_applications', 'created_at'],
      ]) {
        const { rows } = await ctx.sandbox.db.query<{ id: string; m: string; at: Date }>(
          `SELECT id, member_id AS m, ${column} AS at FROM ${table}
            WHERE member_id = ANY($1) ORDER BY member_id, seq DESC`,
          [members],
        );
        rows.forEach((row, i) => {
          const above = rows[i - 1];
          if (above?.m === row.m && row.at > above.at)
            late.push(`${row.id} ${row.at.toISOString()} below ${above.id}`);
        });
      }
      assert.deepEqual(late, []);
    });

    it('lists records newest first and appends withdrawals', async () => {
      const token = await ctx.api.session('m_1001');
      const before = (await ctx.api.get('/v1/me/consents', token)).body.data as Json[];
      assert.equal(before.length, 3);
      assert.ok(before.every((r) => r.action === 'grant'));
      const withdrawn = await ctx.api.post('/v1/me/consents/withdraw', token, {
        textId: 'ct_share_with_bank',
      });
      assert.equal(withdrawn.status, 200);
      assert.equal(withdrawn.body.action, 'withdraw');
      assert.equal(withdrawn.body.textId, 'ct_share_with_bank');
      assert.equal(withdrawn.body.recipient, '嘉兴银行');
      // Without a channel the record says the API was called directly.
      assert.equal(withdrawn.body.channel, 'api');
      const viaApp = await ctx.api.post('/v1/me/consents/withdraw', token, {
        textId: 'ct_credit_check',
        channel: 'bank-app @jiagong/elements/1.0.0',
      });
      assert.equal(viaApp.body.channel, 'bank-app @jiagong/elements/1.0.0');
      const tooLong = await ctx.api.post('/v1/me/consents/withdraw', token, {
        textId: 'ct_credit_check',
        channel: 'x'.repeat(101),
      });
      assert.equal(tooLong.status, 422);
      assert.deepEqual(paths(tooLong), ['channel']);
      const after = (await ctx.api.get('/v1/me/consents', token)).body.data as Json[];
      assert.equal(after.length, 5);
      assert.equal(after[1].id, withdrawn.body.id);
      // Withdrawing again changes nothing.
      const again = await ctx.api.post('/v1/me/consents/withdraw', token, {
        textId: 'ct_share_with_bank',
      });
      assert.equal(again.body.id, withdrawn.body.id);
      assert.equal((await ctx.api.get('/v1/me/consents', token)).body.data.length, 5);
      const unknown = await ctx.api.post('/v1/me/consents/withdraw', token, { textId: 'ct_nope' });
      assert.equal(unknown.status, 422);
      assert.deepEqual(paths(unknown), ['textId']);
    });

    it('refuses to withdraw a consent the member never gave, and records nothing', async () => {
      const token = await ctx.api.session('m_1002');
      assert.deepEqual((await ctx.api.get('/v1/me/consents', token)).body.data, []);
      const never = await ctx.api.post('/v1/me/consents/withdraw', token, {
        textId: 'ct_credit_check',
      });
      assert.equal(never.status, 409);
      assert.equal(never.body.error.code, 'consent_not_granted');
      assert.equal(never.body.error.message, '您没有同意过这项授权，无需撤回');
      const en = await ctx.api.post(
        '/v1/me/consents/withdraw',
        token,
        { textId: 'ct_credit_check' },
        { 'Accept-Language': 'en' },
      );
      assert.equal(
        en.body.error.message,
        'You have not given this consent, so there is nothing to withdraw',
      );
      // The ledger (我的授权) shows no 已撤回 for a consent never given.
      assert.deepEqual((await ctx.api.get('/v1/me/consents', token)).body.data, []);
      // Once given and withdrawn, withdrawing again still answers that withdrawal.
      assert.equal(
        (await ctx.api.post('/v1/me/loan-applications', token, loanInput())).status,
        201,
      );
      const withdrawn = await ctx.api.post('/v1/me/consents/withdraw', token, {
        textId: 'ct_credit_check',
      });
      assert.equal(withdrawn.status, 200);
      const again = await ctx.api.post('/v1/me/consents/withdraw', token, {
        textId: 'ct_credit_check',
      });
      assert.equal(again.status, 200);
      assert.equal(again.body.id, withdrawn.body.id);
    });

    it('records an empty or blank channel as when none is sent', async () => {
      const token = await ctx.api.session('m_1002');
      const application = await ctx.api.post(
        '/v1/me/loan-applications',
        token,
        loanInput({ channel: '   ' }),
      );
      assert.equal(application.status, 201);
      const granted = (await ctx.api.get('/v1/me/consents', token)).body.data as Json[];
      assert.equal(granted.length, 3);
      assert.ok(
        granted.every((r) => r.channel === 'unknown'),
        JSON.stringify(granted),
      );
      for (const [textId, channel] of [
        ['ct_credit_check', ''],
        ['ct_share_with_bank', ' \t '],
      ] as const) {
        const withdrawn = await ctx.api.post('/v1/me/consents/withdraw', token, {
          textId,
          channel,
        });
        assert.equal(withdrawn.status, 200);
        assert.equal(withdrawn.body.channel, 'api');
      }
      // A channel sent is recorded without the spaces around it.
      const padded = await ctx.api.post('/v1/me/consents/withdraw', token, {
        textId: 'ct_sensitive_pi',
        channel: ' bank-app/3.2.0 ',
      });
      assert.equal(padded.body.channel, 'bank-app/3.2.0');
    });

    it("withdraws with a consent the applications in review that need it, once, and no other member's", async () => {
      const token = await ctx.api.session('m_1002');
      const submitted = (await ctx.api.post('/v1/me/loan-applications', token, loanInput())).body;
      const reviewed = (
        await ctx.api.post(
          '/v1/me/loan-applications',
          token,
          loanInput({ productId: 'lp_startup' }),
        )
      ).body;
      await ctx.api.post(`/sandbox/loan-applications/${reviewed.id}/advance`, SK, {
        to: 'under_review',
      });
      const other = await ctx.api.session('m_1005');
      const others = (await ctx.api.post('/v1/me/loan-applications', other, loanInput())).body;
      const withdrawn = await ctx.api.post('/v1/me/consents/withdraw', token, {
        textId: 'ct_credit_check',
      });
      assert.equal(withdrawn.status, 200);
      const steps = async (id: string, auth: string) =>
        (await ctx.api.get(`/v1/me/loan-applications/${id}`, auth)).body.timeline.map(
          (t: { status: string; note: string | null }) => [t.status, t.note],
        );
      const note = '您撤回了《个人征信查询授权书》，该申请需要此授权，已一并撤回';
      assert.deepEqual(await steps(submitted.id, token), [
        ['submitted', null],
        ['withdrawn', note],
      ]);
      assert.deepEqual(await steps(reviewed.id, token), [
        ['submitted', null],
        ['under_review', null],
        ['withdrawn', note],
      ]);
      const listed = (await ctx.api.get('/v1/me/loan-applications', token)).body.data as Json[];
      assert.deepEqual(
        listed.map((a) => [a.status, a.withdrawable]),
        [
          ['withdrawn', false],
          ['withdrawn', false],
        ],
      );
      // Another member's application, given the same consent, is theirs.
      assert.deepEqual(await steps(others.id, other), [['submitted', null]]);
      // Withdrawing it again, or another consent they needed, withdraws nothing more.
      const again = await ctx.api.post('/v1/me/consents/withdraw', token, {
        textId: 'ct_credit_check',
      });
      assert.equal(again.body.id, withdrawn.body.id);
      await ctx.api.post('/v1/me/consents/withdraw', token, { textId: 'ct_sensitive_pi' });
      assert.equal((await steps(reviewed.id, token)).length, 3);
      assert.equal((await steps(submitted.id, token)).length, 2);
      // The note is in the member's language.
      const fresh = (
        await ctx.api.post(
          '/v1/me/loan-applications',
          other,
          loanInput({ productId: 'lp_startup' }),
        )
      ).body;
      await ctx.api.post(
        '/v1/me/consents/withdraw',
        other,
        { textId: 'ct_share_with_bank' },
        {
          'Accept-Language': 'en',
        },
      );
      assert.deepEqual((await steps(fresh.id, other)).at(-1), [
        'withdrawn',
        'Withdrawn with your consent "向嘉兴银行提供个人信息单独同意", which the application needs',
      ]);
      assert.equal((await steps(others.id, other)).at(-1)[0], 'withdrawn');
    });

    it('either withdraws an application with the consent or lets the bank approve it, never both', async () => {
      // The member withdraws a consent while the bank approves the application that needs it.
      const token = await ctx.api.session('m_1002');
      const outcomes = new Set<string>();
      for (let i = 0; i < 6; i++) {
        const app = (await ctx.api.post('/v1/me/loan-applications', token, loanInput())).body;
        await ctx.api.post(`/sandbox/loan-applications/${app.id}/advance`, SK, {
          to: 'under_review',
        });
        const [withdrawal, advance] = await Promise.all([
          ctx.api.post('/v1/me/consents/withdraw', token, { textId: 'ct_credit_check' }),
          ctx.api.post(`/sandbox/loan-applications/${app.id}/advance`, SK, { to: 'approved' }),
        ]);
        assert.equal(withdrawal.status, 200);
        const seen = (await ctx.api.get(`/v1/me/loan-applications/${app.id}`, token)).body;
        const steps = seen.timeline.map((t: { status: string }) => t.status);
        assert.deepEqual(steps, ['submitted', 'under_review', seen.status]);
        assert.equal(advance.status, seen.status === 'approved' ? 200 : 409);
        outcomes.add(seen.status);
      }
      assert.ok([...outcomes].every((s) => s === 'approved' || s === 'withdrawn'));
    });

    it('keeps the applications the bank granted, rejected or the member withdrew', async () => {
      const granted = await ctx.api.session('m_1001');
      const approved = (
        await ctx.api.post(
          '/v1/me/loan-applications',
          granted,
          loanInput({ productId: 'lp_startup' }),
        )
      ).body;
      for (const to of ['under_review', 'approved'])
        await ctx.api.post(`/sandbox/loan-applications/${approved.id}/advance`, SK, { to });
      const token = await ctx.api.session('m_1005');
      const rejected = (await ctx.api.post('/v1/me/loan-applications', token, loanInput())).body;
      for (const to of ['under_review', 'rejected'])
        await ctx.api.post(`/sandbox/loan-applications/${rejected.id}/advance`, SK, { to });
      const dropped = (
        await ctx.api.post(
          '/v1/me/loan-applications',
          token,
          loanInput({ productId: 'lp_startup' }),
        )
      ).body;
      await ctx.api.post(`/v1/me/loan-applications/${dropped.id}/withdraw`, token);
      const list = async (auth: string) =>
        (await ctx.api.get('/v1/me/loan-applications', auth)).body.data as Json[];
      const before = [await list(granted), await list(token)];
      assert.deepEqual(
        before.flat().map((a) => a.status),
        ['approved', 'disbursed', 'withdrawn', 'rejected'],
      );
      for (const auth of [granted, token])
        for (const textId of ['ct_sensitive_pi', 'ct_share_with_bank', 'ct_credit_check'])
          assert.equal(
            (await ctx.api.post('/v1/me/consents/withdraw', auth, { textId })).status,
            200,
          );
      assert.deepEqual([await list(granted), await list(token)], before);
    });
  });
}

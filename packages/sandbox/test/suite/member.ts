import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { validateBankCard } from '@jiagong/contract';
import { SECOND_SECRET_KEY } from '../../src/index.js';
import { PK, SK } from '../support/api.js';
import type { Json } from '../support/api.js';
import type { SuiteContext } from './context.js';

export function memberTests(ctx: SuiteContext): void {
  describe('member and card', () => {
    it('GET /v1/me answers the masked member', async () => {
      const token = await ctx.api.session('m_1001');
      const res = await ctx.api.get('/v1/me', token);
      assert.equal(res.status, 200);
      assert.equal(res.body.id, 'm_1001');
      assert.equal(res.body.nameMasked, '沈**');
      assert.equal(res.body.mobileMasked, '199****1001');
      assert.equal(res.body.status, 'active');
      assert.equal(res.body.unionId, 'u_330402_01_01');
      assert.match(res.body.unionName, /工会$/);
      assert.ok(res.body.enabledModules.includes('mall'));
      assert.ok(!JSON.stringify(res.body).includes('沈嘉禾'));
    });

    it('GET /v1/me/card shows the masked card and its state per member', async () => {
      const expected = { m_1001: 'active', m_1003: 'suspended', m_1004: 'expired' } as const;
      for (const [member, status] of Object.entries(expected)) {
        const token = await ctx.api.session(member);
        const card = await ctx.api.get('/v1/me/card', token);
        assert.equal(card.status, 200);
        assert.equal(card.body.status, status);
        assert.match(card.body.cardNumberMasked, /^\*\*\*\* \*\*\*\* \*\*\*\* \d{4}$/);
        assert.equal(card.body.issuer.coBrand, '嘉兴银行');
      }
      const expired = await ctx.api.get('/v1/me/card', await ctx.api.session('m_1004'));
      assert.ok(expired.body.validThrough < new Date().toISOString().slice(0, 10));
    });

    it('POST /v1/me/card/reveal gives the holder the full number and name, briefly', async () => {
      const token = await ctx.api.session('m_1001');
      const res = await ctx.api.post('/v1/me/card/reveal', token);
      assert.equal(res.status, 200);
      assert.equal(res.body.holderName, '沈嘉禾');
      assert.equal(validateBankCard(res.body.cardNumber).ok, true);
      assert.ok(res.body.cardNumber.endsWith('0012'));
      assert.equal(res.body.hideAfterSeconds, 10);
    });

    it('lists benefits in three groups, filterable and localized', async () => {
      const token = await ctx.api.session('m_1001');
      const all = (await ctx.api.get('/v1/me/card/benefits', token)).body.data as Json[];
      assert.deepEqual(
        new Set(all.map((b) => b.group)),
        new Set(['protection', 'inclusive', 'financial']),
      );
      const financial = (await ctx.api.get('/v1/me/card/benefits?group=financial', token)).body
        .data as Json[];
      assert.ok(financial.length > 0 && financial.every((b) => b.group === 'financial'));
      const en = (await ctx.api.get('/v1/me/card/benefits', token, { 'Accept-Language': 'en' }))
        .body.data as Json[];
      assert.notEqual(en[0].title, all[0].title);
      const bad = await ctx.api.get('/v1/me/card/benefits?group=gold', token);
      assert.equal(bad.status, 422);
      assert.equal(bad.body.error.details.fields[0].path, 'group');
    });

    it('issues verification codes that a merchant can check exactly once', async () => {
      const token = await ctx.api.session('m_1001');
      const issued = await ctx.api.post('/v1/me/card/verification-code', token);
      assert.equal(issued.status, 201);
      assert.match(issued.body.code, /^\d{18}$/);
      assert.equal(issued.body.ttlSeconds, 60);
      assert.match(issued.body.expiresAt, /\+08:00$/);

      const check = await ctx.api.post('/v1/card-verifications', SK, { code: issued.body.code });
      assert.equal(check.status, 200);
      assert.equal(check.body.valid, true);
      assert.equal(check.body.memberStatus, 'active');
      assert.equal(check.body.holderNameMasked, '沈**');
      assert.match(check.body.unionName, /工会$/);
      assert.deepEqual(Object.keys(check.body).sort(), [
        'holderNameMasked',
        'memberStatus',
        'unionName',
        'valid',
        'verifiedAt',
      ]);

      const again = await ctx.api.post('/v1/card-verifications', SK, { code: issued.body.code });
      assert.equal(again.status, 422);
      assert.equal(again.body.error.code, 'verification_code_invalid');

      const wrong = await ctx.api.post('/v1/card-verifications', SK, {
        code: '000000000000000000',
      });
      assert.equal(wrong.body.error.code, 'verification_code_invalid');
      const byPk = await ctx.api.post('/v1/card-verifications', PK, { code: issued.body.code });
      assert.equal(byPk.body.error.code, 'secret_key_required');
    });

    it("answers a merchant's retry with its Idempotency-Key as the first check, once per partner", async () => {
      // A merchant's back end whose first call timed out after the sandbox used the code up sends
      // it again with the same key: it must read the member's check, not "code invalid".
      const token = await ctx.api.session('m_1001');
      const issued = await ctx.api.post('/v1/me/card/verification-code', token);
      const code = issued.body.code;
      const key = `verify-${code}`;
      const first = await ctx.api.post(
        '/v1/card-verifications',
        SK,
        { code },
        {
          'Idempotency-Key': key,
        },
      );
      assert.equal(first.status, 200);
      assert.equal(first.body.valid, true);
      ctx.clock.advance(5);
      try {
        const retry = await ctx.api.post(
          '/v1/card-verifications',
          SK,
          { code },
          {
            'Idempotency-Key': key,
          },
        );
        assert.equal(retry.status, 200);
        assert.equal(retry.headers.get('idempotent-replayed'), 'true');
        assert.deepEqual(retry.body, first.body);
        // Still used once: another key, no key, another partner with the same key are new checks.
        for (const [secret, headers] of [
          [SK, { 'Idempotency-Key': `${key}-other` }],
          [SK, {}],
          [SECOND_SECRET_KEY, { 'Idempotency-Key': key }],
        ] as const) {
          const again = await ctx.api.post('/v1/card-verifications', secret, { code }, headers);
          assert.equal(again.status, 422);
          assert.equal(again.body.error.code, 'verification_code_invalid');
        }
        const reused = await ctx.api.post(
          '/v1/card-verifications',
          SK,
          { code: '000000000000000000' },
          { 'Idempotency-Key': key },
        );
        assert.equal(reused.body.error.code, 'idempotency_key_reused');
      } finally {
        ctx.clock.reset();
      }
    });

    it("replays a merchant's retry whose code is typed another way, as the same check", async () => {
      // The first call timed out; the cashier typed the code again (in groups, full-width) and the
      // back end retried with its key. The API reads both as one code, so it is the same request:
      // the first answer, not 422 idempotency_key_reused.
      const token = await ctx.api.session('m_1001');
      const { code } = (await ctx.api.post('/v1/me/card/verification-code', token)).body as {
        code: string;
      };
      const key = `verify-typed-${code}`;
      const grouped = code.replace(/(.{4})(?=.)/g, '$1 ');
      const wide = code.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      const first = await ctx.api.post(
        '/v1/card-verifications',
        SK,
        { code: grouped },
        { 'Idempotency-Key': key },
      );
      assert.equal(first.status, 200);
      for (const typed of [code, wide, `\u3000${grouped}\n`]) {
        const retry = await ctx.api.post(
          '/v1/card-verifications',
          SK,
          { code: typed },
          { 'Idempotency-Key': key },
        );
        assert.equal(retry.status, 200, JSON.stringify(typed));
        assert.equal(retry.headers.get('idempotent-replayed'), 'true');
        assert.deepEqual(retry.body, first.body);
      }
      // Another code with the key is still another request.
      const other = `${code.slice(0, -1)}${(Number(code.slice(-1)) + 1) % 10}`;
      const reused = await ctx.api.post(
        '/v1/card-verifications',
        SK,
        { code: other.replace(/(.{4})(?=.)/g, '$1 ') },
        { 'Idempotency-Key': key },
      );
      assert.equal(reused.status, 422);
      assert.equal(reused.body.error.code, 'idempotency_key_reused');
    });

    it('checks a member code typed as the member card shows it, in groups or full-width', async () => {
      // The QR code does not scan, so the cashier types the digits the member's screen shows
      // (1234 5678 …), maybe with a Chinese input method's full-width digits and spaces.
      const token = await ctx.api.session('m_1001');
      const typings = [
        (code: string) => code.replace(/(.{4})(?=.)/g, '$1 '),
        (code: string) =>
          code
            .replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
            .replace(/(.{6})/, '$1\u3000'),
        (code: string) => `\t${code}\n`,
      ];
      for (const typed of typings) {
        const issued = await ctx.api.post('/v1/me/card/verification-code', token);
        const check = await ctx.api.post('/v1/card-verifications', SK, {
          code: typed(issued.body.code),
        });
        assert.equal(check.status, 200, typed(issued.body.code));
        assert.equal(check.body.valid, true);
      }
      const other = await ctx.api.post('/v1/card-verifications', SK, {
        code: '1234 5678 9012 3456 78',
      });
      assert.equal(other.body.error.code, 'verification_code_invalid');
    });

    it('checks any typing of a code (spaces anywhere, any digit full-width), and never 5xx on junk', async () => {
      const token = await ctx.api.session('m_1001');
      const space = fc.constantFrom(' ', '\t', '\n', '\u3000', '\u00a0', '\r\n');
      const typing = fc.array(fc.tuple(fc.boolean(), fc.option(space, { nil: '' })), {
        minLength: 18,
        maxLength: 18,
      });
      await fc.assert(
        fc.asyncProperty(typing, space, async (per, lead) => {
          const { code } = (await ctx.api.post('/v1/me/card/verification-code', token)).body;
          const typed =
            lead +
            [...(code as string)]
              .map((d, i) => {
                const [wide, after] = per[i] ?? [false, ''];
                return (wide ? String.fromCharCode(d.charCodeAt(0) + 0xfee0) : d) + after;
              })
              .join('');
          const check = await ctx.api.post('/v1/card-verifications', SK, { code: typed });
          assert.equal(check.status, 200, JSON.stringify(typed));
          assert.equal(check.body.valid, true);
        }),
        { numRuns: 25 },
      );
      // Anything else a cashier or a scanner sends: a clear 4xx, never a 5xx, never a match.
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 64 }), async (junk) => {
          const check = await ctx.api.post('/v1/card-verifications', SK, { code: junk });
          assert.ok(check.status >= 400 && check.status < 500, `${check.status} ${junk}`);
          assert.ok(check.body.error?.code, JSON.stringify(check.body));
        }),
        { numRuns: 100 },
      );
    });

    it('lets verification codes expire after about 60 seconds', async () => {
      const token = await ctx.api.session('m_1001');
      const issued = await ctx.api.post('/v1/me/card/verification-code', token);
      try {
        ctx.clock.advance(61);
        const late = await ctx.api.post('/v1/card-verifications', SK, { code: issued.body.code });
        assert.equal(late.status, 422);
        assert.equal(late.body.error.code, 'verification_code_invalid');
      } finally {
        ctx.clock.reset();
      }
    });

    it('refuses verification codes for an inactive card', async () => {
      for (const member of ['m_1003', 'm_1004']) {
        const res = await ctx.api.post(
          '/v1/me/card/verification-code',
          await ctx.api.session(member),
        );
        assert.equal(res.status, 422);
        assert.equal(res.body.error.code, 'card_inactive');
      }
    });
  });
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  knownServiceIds,
  validateBankCard,
  validateMobile,
  validateName,
  validateResidentId,
  validateUscc,
} from '@jiagong/contract';
import { escapeXml, productSvg } from '../src/assets/svg.js';
import { buildHistory } from '../src/seed/history.js';
import { buildMembers } from '../src/seed/members.js';
import { buildMerchants } from '../src/seed/merchants.js';
import { buildProducts, categories } from '../src/seed/products.js';
import { services } from '../src/seed/services.js';
import { buildUnions, counties } from '../src/seed/unions.js';

// Checks of the seed data itself, without a server: synthetic but valid, and self-consistent.
describe('seed data', () => {
  const now = new Date();
  const members = buildMembers(now);
  const products = buildProducts();
  const unions = buildUnions();

  it('has the five test members with valid synthetic ID numbers, names, mobiles and cards', () => {
    assert.deepEqual(
      members.map((m) => m.id),
      ['m_1001', 'm_1002', 'm_1003', 'm_1004', 'm_1005'],
    );
    assert.deepEqual(
      members.map((m) => m.name),
      ['沈嘉禾', '陆小溪', '钱塘生', '顾南星', '周禾'],
    );
    for (const member of members) {
      assert.equal(validateResidentId(member.id_number).ok, true, member.id);
      assert.equal(validateName(member.name).ok, true, member.id);
      assert.equal(validateMobile(member.mobile).ok, true, member.id);
      assert.equal(validateBankCard(member.card_number).ok, true, member.id);
      assert.ok(
        unions.some((u) => u.id === member.union_id && u.level === 4),
        member.union_id,
      );
    }
    assert.deepEqual(
      members.map((m) => m.status),
      ['active', 'active', 'suspended', 'expired', 'active'],
    );
  });

  it('gives the test members card numbers no bank issues: valid Luhn, issuer prefix 000000', () => {
    // UnionPay gives its 62 prefixes to banks (the seed had 623058): a valid number there may be
    // a real cardholder's. ISO/IEC 7812-1 keeps a first digit 0 for ISO/TC 68 and other
    // industries, not card issuers. The last four, which every masked number shows, are the ones
    // the stories and the docs were written for.
    assert.deepEqual(
      members.map((member) => {
        const card = validateBankCard(member.card_number);
        assert.ok(card.ok && card.luhnValid && !card.unionPay, member.id);
        assert.ok(member.card_number.startsWith('000000'), member.id);
        return member.card_number.slice(-4);
      }),
      ['0012', '0020', '0038', '0046', '0053'],
    );
  });

  it("gives the test members ID numbers that are no one's: valid, in a region code no one has", () => {
    // 330402 南湖区 … 330483 桐乡市 are real (DOMAIN §9): a valid number there may be a real
    // person's. 330499 was never a Jiaxing code (GB/T 2260), and validators check only the
    // province ("33"), so the numbers still pass everywhere. Birth dates and sexes are the ones the
    // age rules and the stories were written for.
    const people = members.map((member) => {
      const id = validateResidentId(member.id_number);
      assert.ok(id.ok, member.id);
      assert.equal(id.regionCode, '330499', member.id);
      assert.ok(!counties.some((county) => county.code === id.regionCode), member.id);
      return [member.id, id.birthDate, id.sex];
    });
    assert.deepEqual(people, [
      ['m_1001', '1992-05-18', 'male'],
      ['m_1002', '2000-03-15', 'female'],
      ['m_1003', '1985-11-02', 'male'],
      ['m_1004', '1978-08-21', 'female'],
      ['m_1005', '1998-06-12', 'female'],
    ]);
  });

  it('is deterministic', () => {
    assert.deepEqual(buildProducts(), products);
    assert.deepEqual(buildUnions(), unions);
    assert.deepEqual(buildMerchants(), buildMerchants());
  });

  it('has several hundred products in 6–8 categories, fixtures included', () => {
    assert.ok(products.length >= 300);
    assert.ok(categories.length >= 6 && categories.length <= 8);
    assert.equal(new Set(products.map((p) => p.id)).size, products.length);
    assert.equal(new Set(products.map((p) => p.name)).size, products.length, 'names are unique');
    for (const category of categories)
      assert.ok(products.filter((p) => p.category_id === category.id).length >= 20);
    const byId = new Map(products.map((p) => [p.id, p]));
    assert.equal(byId.get('prd_0002')?.points_price, 100);
    assert.equal(byId.get('prd_0003')?.stock, 0);
    assert.equal(byId.get('prd_0004')?.stock, 5);
  });

  it('covers the seven counties, 3–6 towns each, 2–5 grassroots unions per town', () => {
    assert.equal(counties.length, 7);
    for (const county of counties) {
      const towns = unions.filter((u) => u.parent_id === `u_${county.code}`);
      assert.ok(towns.length >= 3 && towns.length <= 6);
      for (const town of towns) {
        const children = unions.filter((u) => u.parent_id === town.id);
        assert.ok(children.length >= 2 && children.length <= 5);
      }
    }
  });

  it('lists all eleven service modules', () => {
    assert.deepEqual(
      services.map((s) => s.id),
      [...knownServiceIds],
    );
  });

  it("builds m_1001's history so the ledger, the lots and the balance agree", () => {
    const history = buildHistory(
      now,
      members,
      products,
      new Map(unions.map((u) => [u.id, u.name])),
    );
    const sum = (member: string) =>
      history.ledger
        .filter((e) => e.member_id === member)
        .reduce((total, e) => total + (e.points as number), 0);
    const lots = (member: string) =>
      history.lots
        .filter((l) => l.member_id === member)
        .reduce((total, l) => total + (l.remaining as number), 0);
    const expected = { m_1001: 12_800, m_1002: 200, m_1003: 3_500, m_1004: 1_200, m_1005: 0 };
    for (const [member, balance] of Object.entries(expected)) {
      assert.equal(sum(member), balance, member);
      assert.equal(lots(member), balance, member);
    }
    const entries = history.ledger.filter((e) => e.member_id === 'm_1001');
    for (let i = 1; i < entries.length; i++) {
      assert.ok(
        String(entries[i - 1]!.created_at) <= String(entries[i]!.created_at),
        'chronological',
      );
      assert.ok((entries[i]!.balance_after as number) >= 0);
    }
    assert.equal(
      validateUscc(String((history.applications[0]!.employer as { uscc: string }).uscc)).ok,
      true,
    );
  });

  it('draws product images with escaped text only', () => {
    assert.equal(
      escapeXml(`<a href="x">'&'</a>`),
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
    const svg = productSvg({
      name: '<script>alert(1)</script> & "杯"',
      category: '日用<b>',
      hue: 10,
      variant: 0,
    });
    assert.ok(!svg.includes('<script'));
    assert.ok(!svg.includes('<b>'));
    assert.match(svg, /&#60;script&#62;/);
  });
});

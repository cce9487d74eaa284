import { shanghaiDate, addDays } from '../domain/time.js';

/**
 * CONVENTIONS.md's test members. Names, ID numbers (valid check digits), mobiles and card
 * numbers (valid Luhn) are invented; `test/seed.test.ts` checks them with the contract's validators.
 * The ID numbers are in region 330499, which GB/T 2260 gives no one (a valid number in 330402 …
 * 330483 may be a real person's); validators check only the province. Their unions are read from
 * `union_id`, never from the ID number.
 */
export function buildMembers(now: Date) {
  return [
    {
      id: 'm_1001',
      position: 1,
      name: '沈嘉禾',
      mobile: '19900001001',
      id_number: '330499199205180318',
      union_id: 'u_330402_01_01',
      status: 'active',
      joined_at: '2016-05-12',
      card_number: '0000005000001000012',
      card_issued_at: '2021-06-01',
      card_valid_through: '2031-05-31',
      description_zh: '正常会员：12,800 积分，有订单和贷款申请记录，部分积分 30 天内到期',
      description_en:
        'Active: 12,800 points, orders and a loan application, some points expiring soon',
    },
    {
      id: 'm_1002',
      position: 2,
      name: '陆小溪',
      mobile: '19900001002',
      id_number: '330499200003150220',
      union_id: 'u_330411_02_01',
      status: 'active',
      joined_at: shanghaiDate(addDays(now, -3)),
      card_number: '0000005000001000020',
      card_issued_at: shanghaiDate(addDays(now, -3)),
      card_valid_through: shanghaiDate(addDays(now, 3650)),
      description_zh: '新会员：200 积分，暂无订单',
      description_en: 'New member: 200 points, no orders yet',
    },
    {
      id: 'm_1003',
      position: 3,
      name: '钱塘生',
      mobile: '19900001003',
      id_number: '330499198511020537',
      union_id: 'u_330481_01_01',
      status: 'suspended',
      joined_at: '2012-09-01',
      card_number: '0000005000001000038',
      card_issued_at: '2019-09-01',
      card_valid_through: '2029-08-31',
      description_zh: '卡片已挂失冻结：不能兑换、不能申请贷款',
      description_en: 'Card suspended: cannot redeem or apply for loans',
    },
    {
      id: 'm_1004',
      position: 4,
      name: '顾南星',
      mobile: '19900001004',
      id_number: '330499197808210441',
      union_id: 'u_330483_01_01',
      status: 'expired',
      joined_at: '2008-03-15',
      card_number: '0000005000001000046',
      card_issued_at: '2014-03-15',
      card_valid_through: '2024-03-14',
      description_zh: '卡片已过期：需换卡',
      description_en: 'Card expired: needs a new card',
    },
    {
      id: 'm_1005',
      position: 5,
      name: '周禾',
      mobile: '19900001005',
      id_number: '330499199806120265',
      union_id: 'u_330421_01_01',
      status: 'active',
      joined_at: '2021-11-20',
      card_number: '0000005000001000053',
      card_issued_at: '2021-11-20',
      card_valid_through: '2031-11-19',
      description_zh: '空状态会员：0 积分，没有任何记录',
      description_en: 'Empty states: 0 points, nothing at all',
    },
  ];
}

export type MemberSeed = ReturnType<typeof buildMembers>[number];

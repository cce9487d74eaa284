// The five test members' 嘉工卡 numbers (a card co-branded with 嘉兴银行, shown and masked as a
// bank card) began 623058, a UnionPay issuer prefix (BIN; UnionPay gives its 62 prefixes to
// banks), with valid Luhn digits: each could be a real cardholder's number. The seed now gives them
// the issuer prefix 000000, which no card scheme issues (ISO/IEC 7812-1 keeps a first digit 0 for
// ISO/TC 68 and other industries, not card issuers), with the same last digits (so every masked
// number, **** 0012 …, stays) and a valid Luhn digit; this does the same in a data folder or
// database seeded before, where the number is still the old seed's. Anything else a partner wrote stays as it was.
export const sql = /* sql */ `
UPDATE members AS m SET card_number = v.unissued
  FROM (VALUES ('m_1001', '6230580000001000012', '0000005000001000012'),
               ('m_1002', '6230580000001000020', '0000005000001000020'),
               ('m_1003', '6230580000001000038', '0000005000001000038'),
               ('m_1004', '6230580000001000046', '0000005000001000046'),
               ('m_1005', '6230580000001000053', '0000005000001000053')) AS v(id, seeded, unissued)
 WHERE m.id = v.id AND m.card_number = v.seeded;
`;

// The five test members' ID numbers were in real Jiaxing regions (330402 南湖区, 330411 秀洲区,
// 330421 嘉善县, 330481 海宁市, 330483 桐乡市) with valid check digits, so each could be a real
// person's. The seed now puts them in 330499, a code GB/T 2260 gives no one, with the same birth
// dates and sequence numbers (sexes); this does the same in a data folder or database seeded
// before, where the number is still the old seed's, and in the masked number of m_1001's seeded
// application la_1001_01 (its last four: the sequence and the check digit). Anything else a
// partner wrote stays as it was.
export const sql = /* sql */ `
UPDATE members AS m SET id_number = v.synthetic
  FROM (VALUES ('m_1001', '330402199205180319', '330499199205180318'),
               ('m_1002', '330411200003150228', '330499200003150220'),
               ('m_1003', '330481198511020533', '330499198511020537'),
               ('m_1004', '330483197808210440', '330499197808210441'),
               ('m_1005', '330421199806120265', '330499199806120265')) AS v(id, seeded, synthetic)
 WHERE m.id = v.id AND m.id_number = v.seeded;

UPDATE loan_applications
   SET applicant = jsonb_set(applicant, '{idNumberMasked}', '"330***********0318"')
 WHERE id = 'la_1001_01' AND member_id = 'm_1001'
   AND applicant->>'idNumberMasked' = '330***********0319';
`;

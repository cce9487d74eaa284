// A loan draft kept the resident ID number (身份证号, sensitive PI: DOMAIN §8) an older
// <jg-loan-application> sent as the member typed it, or a partner's own form sent under a name of
// its own, and gave it back on GET /v1/me/loan-draft, before the separate consent that comes only
// with the application. The sandbox now saves none; this takes it out of the drafts a sandbox
// before it kept, as a save does now: the value of any `idNumber` key, at any depth, and any text
// that reads as an ID number (17 digits and a digit or X, once spaces (JavaScript's \s, as the
// save's rule in handlers/loans.ts: [[:space:]] alone misses U+3000 on a C locale), dashes, brackets,
// colons and Chinese characters such as 身份证号 are left out; the checksum is not asked, since a
// mistyped one is still hers) become ''. Everything else the member typed stays.
export const sql = /* sql */ `
CREATE FUNCTION jg_010_without_id_numbers(v jsonb) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
  CASE jsonb_typeof(v)
    WHEN 'object' THEN
      RETURN COALESCE(
        (SELECT jsonb_object_agg(
                  key,
                  CASE WHEN key = 'idNumber' THEN '""'::jsonb ELSE jg_010_without_id_numbers(value) END)
           FROM jsonb_each(v)),
        '{}'::jsonb);
    WHEN 'array' THEN
      RETURN COALESCE(
        (SELECT jsonb_agg(jg_010_without_id_numbers(value) ORDER BY n)
           FROM jsonb_array_elements(v) WITH ORDINALITY AS item(value, n)),
        '[]'::jsonb);
    WHEN 'string' THEN
      IF upper(regexp_replace(v #>> '{}', '[[:space:]\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff()（）:：\u2010-\u2015-]|[\u4e00-\u9fff]', '', 'g'))
           ~ '^[0-9]{17}[0-9X]$' THEN
        RETURN '""'::jsonb;
      END IF;
      RETURN v;
    ELSE
      RETURN v;
  END CASE;
END
$fn$;

UPDATE loan_drafts SET "values" = jg_010_without_id_numbers("values")
 WHERE "values" IS DISTINCT FROM jg_010_without_id_numbers("values");

DROP FUNCTION jg_010_without_id_numbers(jsonb);
`;

import type { FieldIssue, Locale } from '@jiagong/contract';
import type * as z from 'zod/mini';
import { validationError } from './errors.js';

type Issue = z.core.$ZodIssue;

/** Dotted path as the contract documents it: `applicant.idNumber`, `consents.0.version`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

function describeLimit(issue: Issue & { code: 'too_small' | 'too_big' }, locale: Locale): string {
  const small = issue.code === 'too_small';
  const limit = String(small ? issue.minimum : issue.maximum);
  const zh = locale === 'zh-CN';
  switch (issue.origin) {
    case 'string':
      if (small && Number(limit) === 1) return zh ? '不能为空' : 'Must not be empty';
      return zh
        ? `长度${small ? '不能少于' : '不能超过'} ${limit} 个字符`
        : `Must be at ${small ? 'least' : 'most'} ${limit} characters`;
    case 'array':
      return zh
        ? `${small ? '至少' : '最多'} ${limit} 项`
        : `Must have at ${small ? 'least' : 'most'} ${limit} items`;
    default:
      return zh
        ? `${small ? '不能小于' : '不能大于'} ${limit}`
        : `Must be ${small ? 'at least' : 'at most'} ${limit}`;
  }
}

/** What was sent instead, by JSON type only: the value itself is never echoed. */
function describeInput(input: unknown, zh: boolean): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  // A query parameter such as `limit=abc`, coerced to a number.
  if (typeof input === 'number' && Number.isNaN(input)) return zh ? '非数字' : 'a non-number';
  // JSON's 1e400 (a BigDecimal written out in full, say) parses to Infinity: "Expected number,
  // got number" told the developer nothing.
  if (typeof input === 'number' && !Number.isFinite(input))
    return zh ? '超出范围的数字' : 'a number out of range';
  return typeof input;
}

/** A short, localized message for one zod issue; the field path carries the "where". */
export function issueMessage(issue: Issue, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (issue.code) {
    case 'invalid_type': {
      // zod reports the input only when asked (parseOrThrow does): without it every wrong type
      // read "Required", telling a developer who sent `"quantity": "1"` to add the field.
      if (!('input' in issue) || issue.input === undefined) return zh ? '必填' : 'Required';
      const got = describeInput(issue.input, zh);
      // zod names integers `int`; JSON Schema and the docs say `integer`.
      const expected = issue.expected === 'int' ? 'integer' : issue.expected;
      return zh ? `类型应为 ${expected}，收到 ${got}` : `Expected ${expected}, got ${got}`;
    }
    case 'too_small':
    case 'too_big':
      return describeLimit(issue, locale);
    case 'invalid_value':
      return zh
        ? `取值无效，可选：${issue.values.map(String).join('、')}`
        : `Must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return zh ? '格式不正确' : 'Invalid format';
    case 'unrecognized_keys':
      return zh
        ? `不支持的字段：${issue.keys.join('、')}`
        : `Unknown fields: ${issue.keys.join(', ')}`;
    case 'custom':
      return issue.message || (zh ? '取值无效' : 'Invalid value');
    default:
      return zh ? '取值无效' : 'Invalid value';
  }
}

/**
 * The tightest of the bounds one field broke: an integer past 2^53 broke both the safe-integer
 * bound and the field's own (`quantity`: 9007199254740993), and the first issue, "at most
 * 9007199254740991", hid the limit that matters, 99.
 */
function tightest(issues: readonly Issue[]): Issue[] {
  const bound = (issue: Issue) =>
    issue.code === 'too_big'
      ? Number(issue.maximum)
      : issue.code === 'too_small'
        ? -Number(issue.minimum)
        : NaN;
  return issues.filter(
    (issue) =>
      Number.isNaN(bound(issue)) ||
      !issues.some(
        (other) =>
          other !== issue &&
          other.code === issue.code &&
          issuePath(other.path) === issuePath(issue.path) &&
          (bound(other) < bound(issue) ||
            (bound(other) === bound(issue) && issues.indexOf(other) < issues.indexOf(issue))),
      ),
  );
}

export function issuesToFields(issues: readonly Issue[], locale: Locale): FieldIssue[] {
  return tightest(issues).map((issue) => ({
    path: issuePath(issue.path),
    code: issue.code,
    message: issueMessage(issue, locale),
  }));
}

/** Parses with the contract's schema or throws 422 validation_failed naming every bad field. */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  locale: Locale,
  prefix?: string,
): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const fields = issuesToFields(result.error.issues, locale);
  throw validationError(
    prefix
      ? fields.map((field) => ({ ...field, path: field.path ? `${prefix}.${field.path}` : prefix }))
      : fields,
  );
}

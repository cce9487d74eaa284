import type * as z from 'zod/mini';
import * as s from './build.js';

/**
 * The fixed set of API error codes. Each has one HTTP status and a message in zh-CN and
 * English, so a UI can always show something meaningful even without the server's message.
 */
export const errorCatalogue = {
  invalid_request: { status: 400, zh: '请求格式不正确', en: 'The request is malformed' },
  validation_failed: {
    status: 422,
    zh: '提交的信息有误，请检查后再试',
    en: 'Some details are not valid. Check them and try again',
  },
  unauthorized: { status: 401, zh: '缺少或无效的凭证', en: 'Missing or invalid credentials' },
  publishable_key_required: {
    status: 401,
    zh: '此接口需要可公开密钥（pk_…）',
    en: 'This endpoint needs a publishable key (pk_…)',
  },
  secret_key_required: {
    status: 401,
    zh: '此接口需要服务端密钥（sk_…）',
    en: 'This endpoint needs a secret key (sk_…)',
  },
  session_required: {
    status: 401,
    zh: '此接口需要会员会话（st_…）',
    en: 'This endpoint needs a member session token (st_…)',
  },
  session_expired: {
    status: 401,
    zh: '登录已过期，请重新进入',
    en: 'The member session has expired',
  },
  forbidden: { status: 403, zh: '无权访问该服务', en: 'This service is not enabled for you' },
  secret_key_in_browser: {
    status: 403,
    zh: '服务端密钥（sk_…）不能在浏览器中使用，请从您的后端调用',
    en: 'A secret key (sk_…) must not be sent from a browser: call this endpoint from your back end',
  },
  not_found: { status: 404, zh: '未找到相关内容', en: 'Not found' },
  method_not_allowed: {
    status: 405,
    zh: '该接口不支持此请求方法',
    en: 'This endpoint does not take this HTTP method (see the Allow header)',
  },
  conflict: {
    status: 409,
    zh: '内容已有变化，请刷新后再试',
    en: 'Something changed in the meantime. Refresh and try again',
  },
  idempotency_key_reused: {
    status: 422,
    zh: '同一请求编号被用于不同的内容',
    en: 'This Idempotency-Key was already used with a different request',
  },
  idempotency_key_in_use: {
    status: 409,
    zh: '上一次操作还在处理中，请稍候再试',
    en: 'Your last action is still being processed. Try again in a moment',
  },
  insufficient_points: { status: 422, zh: '积分不足', en: 'Not enough points' },
  out_of_stock: { status: 422, zh: '库存不足', en: 'Out of stock' },
  limit_exceeded: { status: 422, zh: '超过每人限兑数量', en: 'Per-member limit reached' },
  card_inactive: {
    status: 422,
    zh: '会员卡已停用或已过期，请联系所属工会',
    en: 'The member card is suspended or expired. Contact your union',
  },
  order_not_cancellable: {
    status: 409,
    zh: '该订单当前无法取消',
    en: 'This order can no longer be cancelled',
  },
  verification_code_invalid: {
    status: 422,
    zh: '会员码无效或已过期',
    en: 'The member code is invalid or has expired',
  },
  loan_ineligible: { status: 422, zh: '申请人不符合贷款条件', en: 'The applicant is not eligible' },
  consent_required: {
    status: 422,
    zh: '请阅读并勾选必需的授权',
    en: 'A required consent is missing',
  },
  application_not_withdrawable: {
    status: 409,
    zh: '该申请当前无法撤回',
    en: 'This application can no longer be withdrawn',
  },
  consent_not_granted: {
    status: 409,
    zh: '您没有同意过这项授权，无需撤回',
    en: 'You have not given this consent, so there is nothing to withdraw',
  },
  course_full: {
    status: 409,
    zh: '该课程名额已满',
    en: 'This course is full',
  },
  already_signed_up: {
    status: 409,
    zh: '您已报名该课程',
    en: 'You have already signed up for this course',
  },
  course_started: {
    status: 409,
    zh: '课程已开始，不能再报名',
    en: 'This course has started: sign-ups are closed',
  },
  sign_up_not_cancellable: {
    status: 409,
    zh: '课程已开始，不能再取消报名',
    en: 'This course has started: the sign-up can no longer be cancelled',
  },
  quiz_already_submitted: {
    status: 409,
    zh: '本轮答题您已提交过，每人限答一次',
    en: 'You have already submitted this round',
  },
  quiz_closed: {
    status: 409,
    zh: '本轮答题不在开放时间内',
    en: 'This quiz round is not open',
  },
  invalid_transition: {
    status: 409,
    zh: '状态无法这样变更',
    en: 'That status change is not allowed',
  },
  payload_too_large: { status: 413, zh: '请求内容过大', en: 'The request body is too large' },
  request_timeout: {
    status: 408,
    zh: '网络太慢，请再试一次',
    en: 'The connection was too slow. Try again',
  },
  headers_too_large: {
    status: 431,
    zh: '请求头过大',
    en: 'The request headers (with the URL) are too large',
  },
  rate_limited: {
    status: 429,
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests, try again later',
  },
  internal_error: {
    status: 500,
    zh: '服务暂时异常，请稍后再试',
    en: 'Something went wrong on our side',
  },
  service_unavailable: {
    status: 503,
    zh: '服务暂不可用，请稍后再试',
    en: 'The service is temporarily unavailable',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

/**
 * A code of the error catalogue, as `ApiError.code` has it: `insufficient_points`,
 * `session_expired` …
 */
export type ErrorCode = keyof typeof errorCatalogue;
/** Every code of the error catalogue. */
export const errorCodes = Object.keys(errorCatalogue) as ErrorCode[];

/** The HTTP status the API answers an error `code` with. */
export function errorStatus(code: ErrorCode): number {
  return errorCatalogue[code].status;
}

/**
 * The catalogue's message of an error `code` in `locale` (`zh-CN` by default): what to show when
 * the server's own message is not at hand.
 */
export function errorMessage(code: ErrorCode, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const entry = errorCatalogue[code];
  return locale === 'en' ? entry.en : entry.zh;
}

/**
 * One invalid field of a request: `path` is dotted (`applicant.idNumber`). `''` is the body as a
 * whole (not JSON, not an object); a header name (`Idempotency-Key`, `Authorization`) is that
 * header.
 */
export const FieldIssue = s.object({
  path: s.string(),
  code: s.string(),
  message: s.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/** The body of every error response: `{ error: { code, message, requestId, details? } }`. */
export const ErrorBody = s.object({
  error: s.object({
    // A string, not the enum: a newer server may add codes and old clients must still parse them.
    code: s.string(),
    message: s.string(),
    requestId: s.string(),
    details: s.optional(
      s.object({
        fields: s.optional(s.array(FieldIssue)),
        retryAfterSeconds: s.optional(s.number()),
        neededKind: s.optional(s.open<'publishable' | 'secret' | 'session'>()),
      }),
    ),
  }),
});
/** The body of every error response: `{ error: { code, message, requestId, details? } }`. */
export type ErrorBody = z.infer<typeof ErrorBody>;

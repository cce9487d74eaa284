import type * as z from 'zod/mini';
import * as s from './build.js';
import { maxLength, minLength } from './checks.js';
import {
  DateOnly,
  DateTime,
  Id,
  List,
  Page,
  PageQuery,
  Points,
  PointsDelta,
  Text,
  Url,
} from './common.js';

export const MemberStatus = s.enum(['active', 'suspended', 'expired']);
export type MemberStatus = z.infer<typeof MemberStatus>;

export const Member = s.object({
  id: Id,
  /** Masked per DOMAIN §6; the full name is only in `POST /v1/me/card/reveal`. */
  nameMasked: Text,
  mobileMasked: s.string(),
  unionId: Id,
  unionName: Text,
  status: MemberStatus,
  joinedAt: DateOnly,
  enabledModules: s.array(s.string()),
});
export type Member = z.infer<typeof Member>;

export const MemberCard = s.object({
  cardNumberMasked: s.string(),
  holderNameMasked: Text,
  unionId: Id,
  unionName: Text,
  status: MemberStatus,
  issuedAt: DateOnly,
  validThrough: DateOnly,
  issuer: s.object({ name: Text, coBrand: Text }),
});
export type MemberCard = z.infer<typeof MemberCard>;

export const CardReveal = s.object({
  cardNumber: s.string(),
  holderName: Text,
  /** The client should hide the values again by this time. */
  hideAfterSeconds: s.Int,
});
export type CardReveal = z.infer<typeof CardReveal>;

export const BenefitGroup = s.enum(['protection', 'inclusive', 'financial']);
export type BenefitGroup = z.infer<typeof BenefitGroup>;
export const Benefit = s.object({
  id: Id,
  group: BenefitGroup,
  title: Text,
  description: Text,
  actionLabel: Text,
  url: Url,
});
export type Benefit = z.infer<typeof Benefit>;
export const BenefitList = List(Benefit);

export const VerificationCode = s.object({
  code: s.string(),
  expiresAt: DateTime,
  ttlSeconds: s.Int,
});
export type VerificationCode = z.infer<typeof VerificationCode>;

export const CardVerificationInput = s.object({
  code: s.string(minLength(1), maxLength(64)),
});
export const CardVerification = s.object({
  valid: s.literal(true),
  memberStatus: MemberStatus,
  unionName: Text,
  holderNameMasked: Text,
  verifiedAt: DateTime,
});
export type CardVerification = z.infer<typeof CardVerification>;

export const PointsBalance = s.object({
  balance: Points,
  expiringSoon: s.nullable(s.object({ points: Points, expiresAt: DateTime })),
  updatedAt: DateTime,
});
export type PointsBalance = z.infer<typeof PointsBalance>;

export const PointsTransactionType = s.enum(['earn', 'redeem', 'refund', 'expire', 'adjust']);
export const PointsTransaction = s.object({
  id: Id,
  type: PointsTransactionType,
  points: PointsDelta,
  balanceAfter: Points,
  description: Text,
  orderId: s.nullable(Id),
  createdAt: DateTime,
  expiresAt: s.nullable(DateTime),
});
export type PointsTransaction = z.infer<typeof PointsTransaction>;
export const PointsTransactionQuery = s.object({
  type: s.optional(PointsTransactionType),
  ...PageQuery,
});
export const PointsTransactionPage = Page(PointsTransaction);

export const Session = s.object({ token: s.string(), expiresAt: DateTime, memberId: Id });
export type Session = z.infer<typeof Session>;
export const SessionInput = s.object({ memberId: Id });

export const SandboxMember = s.object({
  id: Id,
  name: Text,
  status: MemberStatus,
  points: Points,
  description: Text,
});
export type SandboxMember = z.infer<typeof SandboxMember>;
export const SandboxMemberList = List(SandboxMember);

import * as z from 'zod/mini';
import { checked, Int } from './build.js';
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

export const MemberStatus = z.enum(['active', 'suspended', 'expired']);
export type MemberStatus = z.infer<typeof MemberStatus>;

export const Member = z.object({
  id: Id,
  /** Masked per DOMAIN §6; the full name is only in `POST /v1/me/card/reveal`. */
  nameMasked: Text,
  mobileMasked: z.string(),
  unionId: Id,
  unionName: Text,
  status: MemberStatus,
  joinedAt: DateOnly,
  enabledModules: z.array(z.string()),
});
export type Member = z.infer<typeof Member>;

export const MemberCard = z.object({
  cardNumberMasked: z.string(),
  holderNameMasked: Text,
  unionId: Id,
  unionName: Text,
  status: MemberStatus,
  issuedAt: DateOnly,
  validThrough: DateOnly,
  issuer: z.object({ name: Text, coBrand: Text }),
});
export type MemberCard = z.infer<typeof MemberCard>;

export const CardReveal = z.object({
  cardNumber: z.string(),
  holderName: Text,
  /** The client should hide the values again by this time. */
  hideAfterSeconds: Int,
});
export type CardReveal = z.infer<typeof CardReveal>;

export const BenefitGroup = z.enum(['protection', 'inclusive', 'financial']);
export type BenefitGroup = z.infer<typeof BenefitGroup>;
export const Benefit = z.object({
  id: Id,
  group: BenefitGroup,
  title: Text,
  description: Text,
  actionLabel: Text,
  url: Url,
});
export type Benefit = z.infer<typeof Benefit>;
export const BenefitList = List(Benefit);

export const VerificationCode = z.object({
  code: z.string(),
  expiresAt: DateTime,
  ttlSeconds: Int,
});
export type VerificationCode = z.infer<typeof VerificationCode>;

export const CardVerificationInput = z.object({
  code: checked(z.string(), minLength(1), maxLength(64)),
});
export const CardVerification = z.object({
  valid: z.literal(true),
  memberStatus: MemberStatus,
  unionName: Text,
  holderNameMasked: Text,
  verifiedAt: DateTime,
});
export type CardVerification = z.infer<typeof CardVerification>;

export const PointsBalance = z.object({
  balance: Points,
  expiringSoon: z.nullable(z.object({ points: Points, expiresAt: DateTime })),
  updatedAt: DateTime,
});
export type PointsBalance = z.infer<typeof PointsBalance>;

export const PointsTransactionType = z.enum(['earn', 'redeem', 'refund', 'expire', 'adjust']);
export const PointsTransaction = z.object({
  id: Id,
  type: PointsTransactionType,
  points: PointsDelta,
  balanceAfter: Points,
  description: Text,
  orderId: z.nullable(Id),
  createdAt: DateTime,
  expiresAt: z.nullable(DateTime),
});
export type PointsTransaction = z.infer<typeof PointsTransaction>;
export const PointsTransactionQuery = z.object({
  type: z.optional(PointsTransactionType),
  ...PageQuery,
});
export const PointsTransactionPage = Page(PointsTransaction);

export const Session = z.object({ token: z.string(), expiresAt: DateTime, memberId: Id });
export type Session = z.infer<typeof Session>;
export const SessionInput = z.object({ memberId: Id });

export const SandboxMember = z.object({
  id: Id,
  name: Text,
  status: MemberStatus,
  points: Points,
  description: Text,
});
export type SandboxMember = z.infer<typeof SandboxMember>;
export const SandboxMemberList = List(SandboxMember);

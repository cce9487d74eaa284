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

// Object types are interfaces extending their schema's inferred type: an editor's hover and
// the API docs then show their name (`Promise<MemberCard>`), not the expanded structure.
/* eslint-disable @typescript-eslint/no-empty-object-type */

/** The status of a member and their card: `active`, `suspended` or `expired`. */
export const MemberStatus = s.enum(['active', 'suspended', 'expired']);
/** The status of a member and their card: `active`, `suspended` or `expired`. */
export type MemberStatus = z.infer<typeof MemberStatus>;

export const Member = s.object({
  id: Id,
  /** Masked per DOMAIN §6; the full name is only in `POST /v1/me/card/reveal`. */
  nameMasked: Text,
  mobileMasked: s.string(),
  unionId: Id,
  unionName: Text,
  status: s.open<MemberStatus>(),
  joinedAt: DateOnly,
  enabledModules: s.array(s.string()),
});
/** The signed-in member (`client.me.get()`); name and phone are masked. */
export interface Member extends z.infer<typeof Member> {}

export const MemberCard = s.object({
  cardNumberMasked: s.string(),
  holderNameMasked: Text,
  unionId: Id,
  unionName: Text,
  status: s.open<MemberStatus>(),
  issuedAt: DateOnly,
  validThrough: DateOnly,
  issuer: s.object({ name: Text, coBrand: Text }),
});
/** The member's 嘉工卡 (`client.me.card.get()`): masked number and holder, status, validity. */
export interface MemberCard extends z.infer<typeof MemberCard> {}

export const CardReveal = s.object({
  cardNumber: s.string(),
  holderName: Text,
  /** The client should hide the values again by this time. */
  hideAfterSeconds: s.Int,
});
/**
 * The card's full number and holder name (`client.me.card.reveal()`); hide them again after
 * `hideAfterSeconds`.
 */
export interface CardReveal extends z.infer<typeof CardReveal> {}

/** The group a card benefit belongs to: `protection`, `inclusive` or `financial`. */
export const BenefitGroup = s.enum(['protection', 'inclusive', 'financial']);
/** The group a card benefit belongs to: `protection`, `inclusive` or `financial`. */
export type BenefitGroup = z.infer<typeof BenefitGroup>;
export const Benefit = s.object({
  id: Id,
  group: s.open<BenefitGroup>(),
  title: Text,
  description: Text,
  actionLabel: Text,
  url: Url,
});
/** One benefit of the member card (`client.me.card.benefits()`). */
export interface Benefit extends z.infer<typeof Benefit> {}
/** `{ data: Benefit[] }`: what `client.me.card.benefits()` answers. */
export const BenefitList = List(Benefit);

export const VerificationCode = s.object({
  code: s.string(),
  expiresAt: DateTime,
  ttlSeconds: s.Int,
});
/** A short-lived member code a merchant checks (`client.me.card.verificationCode()`). */
export interface VerificationCode extends z.infer<typeof VerificationCode> {}

export const CardVerificationInput = s.object({
  code: s.string(minLength(1), maxLength(64)),
});
/** What `cardVerifications.create` takes (server client). */
export interface CardVerificationInput extends z.infer<typeof CardVerificationInput> {}
export const CardVerification = s.object({
  valid: s.literal(true),
  memberStatus: s.open<MemberStatus>(),
  unionName: Text,
  holderNameMasked: Text,
  verifiedAt: DateTime,
});
/** A merchant's check of a member code (`cardVerifications.create`, server client). */
export interface CardVerification extends z.infer<typeof CardVerification> {}

export const PointsBalance = s.object({
  balance: Points,
  expiringSoon: s.nullable(s.object({ points: Points, expiresAt: DateTime })),
  updatedAt: DateTime,
});
/** The member's points balance (`client.me.points.get()`). */
export interface PointsBalance extends z.infer<typeof PointsBalance> {}

export const PointsTransactionType = s.enum(['earn', 'redeem', 'refund', 'expire', 'adjust']);
/** A kind of points ledger entry. */
export type PointsTransactionType = z.infer<typeof PointsTransactionType>;
export const PointsTransaction = s.object({
  id: Id,
  type: s.open<PointsTransactionType>(),
  points: PointsDelta,
  balanceAfter: Points,
  description: Text,
  orderId: s.nullable(Id),
  createdAt: DateTime,
  expiresAt: s.nullable(DateTime),
});
/** One entry of the member's points ledger (`client.me.points.transactions()`). */
export interface PointsTransaction extends z.infer<typeof PointsTransaction> {}
export const PointsTransactionQuery = s.object({
  type: s.optional(PointsTransactionType),
  ...PageQuery,
});
/** What `client.me.points.transactions()` takes: a type filter and the page. */
export interface PointsTransactionQuery extends z.input<typeof PointsTransactionQuery> {}
/** A page of the points ledger, `{ data, nextCursor }` (`client.me.points.transactions()`). */
export const PointsTransactionPage = Page(PointsTransaction);

export const Session = s.object({ token: s.string(), expiresAt: DateTime, memberId: Id });
/** A member session your back end minted (`sessions.create`, server client). */
export interface Session extends z.infer<typeof Session> {}
export const SessionInput = s.object({ memberId: Id });
/** What `sessions.create` takes (server client): the member your back end identified. */
export interface SessionInput extends z.infer<typeof SessionInput> {}

export const SandboxMember = s.object({
  id: Id,
  name: Text,
  status: s.open<MemberStatus>(),
  points: Points,
  description: Text,
});
/** A sandbox test member (`sandbox.members()`, server client). */
export interface SandboxMember extends z.infer<typeof SandboxMember> {}
/** `{ data: SandboxMember[] }`: what `sandbox.members()` answers. */
export const SandboxMemberList = List(SandboxMember);

// The known values of every answer field built with `s.open` (./build.js), for the docs: the
// browser bundles parse those fields as plain strings and never import this module.
import type * as z from 'zod/mini';
import { CourseAvailability, CourseKind, HonourLevel } from './content.js';
import { ConsentPurpose, Fulfilment, MerchantCategory, RepaymentMethod } from './catalogue.js';
import type { LoanProduct, Service, Union } from './catalogue.js';
import { LoanStatus, type ConsentRecord } from './loans.js';
import { BenefitGroup, MemberStatus, PointsTransactionType } from './member.js';
import { OrderStatus } from './orders.js';
import type { ErrorBody } from './errors.js';

/** Today's values of an open field: a named enum of the contract, or a list. */
export type Known = z.ZodMiniType<string> | readonly string[];

/** A list of an open field's values, each one the field's type allows. */
const values = <T extends string>(list: readonly T[]) => list;

type Field<T, K extends keyof T> = Exclude<T[K], null | undefined>;

/**
 * The open fields of each answer model (`Model.field`, dotted through nested objects; an array
 * field's items are open), with today's values.
 */
export const openFields: Record<string, Known> = {
  'Order.status': OrderStatus,
  'Order.fulfilment': Fulfilment,
  'Product.fulfilment': Fulfilment,
  'Member.status': MemberStatus,
  'MemberCard.status': MemberStatus,
  'CardVerification.memberStatus': MemberStatus,
  'SandboxMember.status': MemberStatus,
  'Benefit.group': BenefitGroup,
  'PointsTransaction.type': PointsTransactionType,
  'LoanTimelineEntry.status': LoanStatus,
  'LoanApplication.status': LoanStatus,
  'LoanApplication.repaymentMethod': RepaymentMethod,
  'LoanProduct.repaymentMethods': RepaymentMethod,
  'LoanProduct.kind': values<Field<z.output<typeof LoanProduct>, 'kind'>>(['startup', 'consumer']),
  'ConsentText.purpose': ConsentPurpose,
  'ConsentRecord.action': values<Field<z.output<typeof ConsentRecord>, 'action'>>([
    'grant',
    'withdraw',
  ]),
  'Service.badge': values<Field<z.output<typeof Service>, 'badge'>>(['new', 'unavailable']),
  'Union.kind': values<Field<z.output<typeof Union>, 'kind'>>([
    'city',
    'county',
    'town',
    'enterprise',
    'community',
    'village',
    'joint',
  ]),
  'Merchant.category': MerchantCategory,
  'ModelWorkerSummary.level': HonourLevel,
  'ModelWorker.level': HonourLevel,
  'Course.kind': CourseKind,
  'Course.availability': CourseAvailability,
  'Error.error.details.neededKind': values<
    Field<NonNullable<ErrorBody['error']['details']>, 'neededKind'>
  >(['publishable', 'secret', 'session']),
};

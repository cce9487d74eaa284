import * as s from '../schemas/build.js';
import type { Endpoint } from './endpoint.js';
import * as m from '../schemas/member.js';

/** The member and the member card 嘉工卡 (member session). */
export const cardEndpoints = {
  'me.get': {
    method: 'GET',
    path: '/v1/me',
    auth: 'session',
    response: m.Member,
  },
  'me.card.get': {
    method: 'GET',
    path: '/v1/me/card',
    auth: 'session',
    response: m.MemberCard,
  },
  'me.card.reveal': {
    method: 'POST',
    path: '/v1/me/card/reveal',
    auth: 'session',
    response: m.CardReveal,
    naturallyIdempotent: true,
  },
  'me.card.benefits': {
    method: 'GET',
    path: '/v1/me/card/benefits',
    auth: 'session',
    query: s.object({ group: s.optional(m.BenefitGroup) }),
    response: m.BenefitList,
  },
  'me.card.verificationCode': {
    method: 'POST',
    path: '/v1/me/card/verification-code',
    auth: 'session',
    response: m.VerificationCode,
    status: 201,
    naturallyIdempotent: true,
  },
} as const satisfies Record<string, Endpoint>;

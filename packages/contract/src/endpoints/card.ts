import * as z from 'zod/mini';
import { sessionErrors, type Endpoint } from './endpoint.js';
import * as m from '../schemas/member.js';

/** The member and the member card 嘉工卡 (member session). */
export const cardEndpoints = {
  'me.get': {
    method: 'GET',
    path: '/v1/me',
    auth: 'session',
    summary: 'The member of the session',
    response: m.Member,
    errors: sessionErrors,
  },
  'me.card.get': {
    method: 'GET',
    path: '/v1/me/card',
    auth: 'session',
    summary: 'The member card 嘉工卡 (masked)',
    response: m.MemberCard,
    errors: sessionErrors,
  },
  'me.card.reveal': {
    method: 'POST',
    path: '/v1/me/card/reveal',
    auth: 'session',
    summary: 'The full card number and holder name, for the holder only, on explicit request',
    response: m.CardReveal,
    naturallyIdempotent: true,
    errors: sessionErrors,
  },
  'me.card.benefits': {
    method: 'GET',
    path: '/v1/me/card/benefits',
    auth: 'session',
    summary: 'Card benefits grouped 保障帮扶 / 普惠服务 / 金融服务',
    query: z.object({ group: z.optional(m.BenefitGroup) }),
    response: m.BenefitList,
    errors: [...sessionErrors, 'validation_failed'],
  },
  'me.card.verificationCode': {
    method: 'POST',
    path: '/v1/me/card/verification-code',
    auth: 'session',
    summary: 'A short-lived member code, shown as a QR code to merchants',
    response: m.VerificationCode,
    status: 201,
    naturallyIdempotent: true,
    errors: [...sessionErrors, 'card_inactive'],
  },
} as const satisfies Record<string, Endpoint>;

import { randomBytes } from 'node:crypto';

/** `req_` + 20 hex chars: unique enough to find one request in logs, meaningless otherwise. */
export function newRequestId(): string {
  return `req_${randomBytes(10).toString('hex')}`;
}

// The elements' endpoints without their query's schema (src/internal/endpoints.ts): each is the
// contract's entry in every member the client reads, with `query` a flag in place of the schema.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { endpoints, type EndpointName } from '@jiagong/contract';
import * as called from '../src/internal/endpoints.js';

const of: Record<keyof typeof called, EndpointName> = {
  cardBenefits: 'me.card.benefits',
  unionsTree: 'unions.tree',
  merchantsList: 'merchants.list',
  loanApplicationsList: 'me.loanApplications.list',
};

describe("the elements' endpoints without query schemas", () => {
  for (const [name, endpointName] of Object.entries(of)) {
    it(`${name} is ${endpointName} as the client reads it`, () => {
      const lean = called[name as keyof typeof called] as Record<string, unknown>;
      const full = endpoints[endpointName] as Record<string, unknown>;
      assert.ok(full.query, 'the contract entry takes a query');
      assert.equal(lean.query, true);
      // The members the client reads (methods.ts, transport.ts, isRetrySafe).
      for (const member of [
        'method',
        'path',
        'auth',
        'response',
        'body',
        'paginated',
        'idempotencyKey',
        'naturallyIdempotent',
      ]) {
        assert.equal(lean[member], full[member], member);
      }
    });
  }
});

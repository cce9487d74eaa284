// The elements' endpoints without their query's or body's schema (src/internal/endpoints.ts): each
// is the contract's entry in every member the client reads, with `query` or `body` a flag in place
// of the schema.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { endpoints, type EndpointName } from '@jiagong/contract';
import * as called from '../src/internal/endpoints.js';

const of: Record<keyof typeof called, EndpointName> = {
  cardBenefits: 'me.card.benefits',
  unionsTree: 'unions.tree',
  merchantsList: 'merchants.list',
  loanApplicationsList: 'me.loanApplications.list',
  loanDraftSave: 'me.loanDraft.save',
  loanApplicationsCreate: 'me.loanApplications.create',
};

describe("the elements' endpoints without query or body schemas", () => {
  for (const [name, endpointName] of Object.entries(of)) {
    it(`${name} is ${endpointName} as the client reads it`, () => {
      const lean = called[name as keyof typeof called] as Record<string, unknown>;
      const full = endpoints[endpointName] as Record<string, unknown>;
      const takes = full.query ? 'query' : 'body';
      assert.ok(full[takes], 'the contract entry takes a query or a body');
      assert.equal(lean[takes], true);
      // The members the client reads (methods.ts, transport.ts, isRetrySafe).
      for (const member of [
        'method',
        'path',
        'auth',
        'response',
        'query',
        'body',
        'paginated',
        'idempotencyKey',
        'naturallyIdempotent',
      ]) {
        if (member !== takes) assert.equal(lean[member], full[member], member);
      }
    });
  }
});

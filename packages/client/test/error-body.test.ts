// The transport reads error envelopes without zod (src/transport.ts, errorOf): the contract's
// ErrorBody schema would bring zod's number, array and optional parsers into bundles whose own
// schemas need none of them. Both must give the same answer for every body a server can send.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ErrorBody } from '@jiagong/contract';
import { errorOf } from '../src/transport.js';

const zodAnswer = (text: string) => {
  try {
    return ErrorBody.safeParse(JSON.parse(text)).data?.error;
  } catch {
    return undefined;
  }
};

/** Any JSON value, or one of a few shapes the checks treat specially. */
const odd = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, [], {}, '', 0, -0, 'session', true, false),
);
/** The value of a key: mostly a valid one, sometimes anything. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: odd, weight: 1 });
/** An object with some of `keys` (each maybe invalid) and maybe an unknown key. */
const shape = (keys: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record({ ...keys, extra: odd }, { requiredKeys: [] });

const field = mostly(shape({ path: fc.string(), code: fc.string(), message: fc.string() }));
const details = mostly(
  shape({
    fields: mostly(fc.array(field, { maxLength: 3 })),
    retryAfterSeconds: mostly(fc.oneof(fc.integer(), fc.double())),
    neededKind: mostly(fc.constantFrom('publishable', 'secret', 'session')),
  }),
);
const envelope = fc.oneof(
  {
    arbitrary: fc.record({
      error: mostly(
        shape({ code: fc.string(), message: fc.string(), requestId: fc.string(), details }),
      ),
    }),
    weight: 6,
  },
  { arbitrary: odd, weight: 1 },
);

test('errorOf accepts and returns exactly what the contract’s ErrorBody does', () => {
  fc.assert(
    fc.property(envelope, (body) => {
      // Through JSON text, as a response body arrives (Infinity is written as null; the cases
      // below send 1e999, which parses to Infinity).
      const text = JSON.stringify(body);
      assert.deepStrictEqual(errorOf(text), zodAnswer(text));
    }),
    { numRuns: 3000 },
  );
});

test('errorOf: bodies that are not envelopes', () => {
  for (const text of [
    undefined,
    '',
    'not json',
    'null',
    '[]',
    '"error"',
    '{"error":null}',
    '{"error":[]}',
    '{"error":{"code":"a","message":"b","requestId":"c","details":null}}',
    '{"error":{"code":"a","message":"b","requestId":"c","details":[]}}',
    '{"error":{"code":"a","message":"b","requestId":"c","details":{"fields":null}}}',
    '{"error":{"code":"a","message":"b","requestId":"c","details":{"fields":[null]}}}',
    '{"error":{"code":"a","message":"b","requestId":"c","details":{"retryAfterSeconds":1e999}}}',
    '{"error":{"code":"a","message":"b","requestId":"c","details":{"neededKind":""}}}',
    '{"error":{"code":"a","message":"b","requestId":"c","details":{"retryAfterSeconds":0,"extra":1}}}',
  ]) {
    assert.deepStrictEqual(errorOf(text), text === undefined ? undefined : zodAnswer(text), text);
  }
});

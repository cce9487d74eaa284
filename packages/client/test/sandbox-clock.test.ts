// The server client's test-clock methods against a real sandbox: read it, move it forward (by
// seconds or to an instant), see the API answer at that time, and reset to real time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isApiError, type SandboxClock } from '@jiagong/client';
import { useWorld } from './support/world.js';

const DAY = 86_400;

const world = useWorld();

describe('server.sandbox.clock / setClock', () => {
  it('reads the clock, moves it forward, and reset brings real time back', async () => {
    const start: SandboxClock = await world.admin.sandbox.clock();
    assert.equal(start.offsetSeconds, 0);
    // Wide margins: a slow machine may take seconds between the calls.
    assert.ok(Math.abs(Date.parse(start.now) - Date.now()) < 60_000, start.now);

    const moved = await world.admin.sandbox.setClock({ advanceSeconds: 2 * DAY });
    assert.equal(moved.offsetSeconds, 2 * DAY);
    const target = new Date(Date.now() + 5 * DAY * 1000).toISOString();
    const at = await world.admin.sandbox.setClock({ at: target });
    assert.ok(Math.abs(Date.parse(at.now) - Date.parse(target)) < 60_000, at.now);
    assert.equal((await world.admin.sandbox.clock()).offsetSeconds, at.offsetSeconds);

    await world.admin.sandbox.reset();
    assert.equal((await world.admin.sandbox.clock()).offsetSeconds, 0);
  });

  it('the member API answers at the moved time: a started course keeps its sign-up (409)', async () => {
    // m_1001 is signed up for crs_08, which starts 20 days after the seeding.
    await world.admin.sandbox.setClock({ advanceSeconds: 21 * DAY });
    const error = await world
      .client()
      .me.courses.cancel('crs_08')
      .catch((caught: unknown) => caught);
    assert.ok(isApiError(error), String(error));
    assert.equal(error.status, 409);
    assert.equal(error.code, 'sign_up_not_cancellable');
  });

  it('a move back is an ApiError validation_failed on at, and moves nothing', async () => {
    await world.admin.sandbox.setClock({ advanceSeconds: DAY });
    const error = await world.admin.sandbox
      .setClock({ at: new Date().toISOString() })
      .catch((caught: unknown) => caught);
    assert.ok(isApiError(error), String(error));
    assert.equal(error.status, 422);
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.details?.fields?.[0]?.path, 'at');
    assert.equal((await world.admin.sandbox.clock()).offsetSeconds, DAY);
  });
});

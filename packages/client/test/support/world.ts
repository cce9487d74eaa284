// A real sandbox (in-process, in-memory Postgres) with the fault proxy in front of it.
import { SANDBOX_PUBLISHABLE_KEY, SANDBOX_SECRET_KEY } from '@jiagong/contract';
import { startSandbox } from '@jiagong/sandbox';
import {
  createClient,
  createServerClient,
  type ClientOptions,
  type JiagongClient,
  type JiagongServerClient,
} from '@jiagong/client';
import { after, before, beforeEach } from 'node:test';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';

export interface World {
  /** The sandbox itself, no faults. */
  sandboxUrl: string;
  /** The fault proxy in front of the sandbox: point clients under test here. */
  proxy: FaultProxy;
  /** A server client straight to the sandbox, for setup and checks. */
  admin: JiagongServerClient;
  /** A session getter for a test member that counts its calls. */
  sessionFor(memberId: string): (() => Promise<{ token: string; expiresAt: string }>) & {
    calls: number;
  };
  /** A browser client through the proxy (fast retries unless overridden). */
  client(options?: Partial<ClientOptions>): JiagongClient;
  /** Back to the seed data, no faults, nothing seen. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const sandbox = await startSandbox({ port: 0, memory: true, quiet: true });
  // A proxy that cannot start must not leave the sandbox running (the file would never end).
  const proxy = await startFaultProxy(sandbox.url).catch(async (error: unknown) => {
    await sandbox.close();
    throw error;
  });
  const admin = createServerClient({ baseUrl: sandbox.url, secretKey: SANDBOX_SECRET_KEY });

  const sessionFor = (memberId: string) => {
    const getter = Object.assign(
      async () => {
        getter.calls++;
        const { token, expiresAt } = await admin.sessions.create({ memberId });
        return { token, expiresAt };
      },
      { calls: 0 },
    );
    return getter;
  };

  return {
    sandboxUrl: sandbox.url,
    proxy,
    admin,
    sessionFor,
    client: (options) =>
      createClient({
        baseUrl: proxy.url,
        publishableKey: SANDBOX_PUBLISHABLE_KEY,
        getSessionToken: sessionFor('m_1001'),
        retry: { baseDelayMs: 20, maxDelayMs: 100 },
        ...options,
      }),
    async reset() {
      proxy.reset();
      await admin.sandbox.reset();
    },
    async close() {
      await proxy.close();
      await sandbox.close();
    },
  };
}

/**
 * A test file's world: started before its tests, back to the seed data before each, closed after.
 * Its fields are there from the file's `before` on (read them in tests and hooks). A start that
 * fails is the one failure the file reports (each test fails with it, not with a `world.close`
 * or `world.reset` that is not a function). `start` is for this module's own test.
 */
export function useWorld(start: () => Promise<World> = startWorld): World {
  const world = {} as World;
  let started = false;
  before(async () => {
    Object.assign(world, await start());
    started = true;
  });
  after(() => (started ? world.close() : undefined));
  beforeEach(() => (started ? world.reset() : undefined));
  return world;
}

/** Milliseconds `run` took. */
export async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

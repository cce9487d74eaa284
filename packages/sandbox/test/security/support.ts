// Shared by the security tests: one in-process sandbox (in-memory PGlite) on a movable clock.
/* eslint-disable @typescript-eslint/no-explicit-any -- reads untyped JSON answers */
import { startSandbox, type RunningSandbox } from '../../src/index.js';
import { Api } from '../support/api.js';
import { TestClock } from '../support/clock.js';

export interface SecurityWorld {
  sandbox: RunningSandbox;
  api: Api;
  clock: TestClock;
}

export async function startWorld(): Promise<SecurityWorld> {
  const clock = new TestClock();
  const sandbox = await startSandbox({ port: 0, memory: true, quiet: true, clock: clock.now });
  return { sandbox, api: new Api(sandbox.url), clock };
}

/** Every item of a cursor-paginated list (100 per page). */
export async function allPages<T = any>(
  api: Api,
  path: string,
  auth: string,
  headers?: Record<string, string>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  const sep = path.includes('?') ? '&' : '?';
  for (let page = 0; page < 100; page++) {
    const url: string = `${path}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await api.get<{ data: T[]; nextCursor: string | null }>(url, auth, headers);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    items.push(...res.body.data);
    cursor = res.body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error(`${path}: more than 100 pages`);
}

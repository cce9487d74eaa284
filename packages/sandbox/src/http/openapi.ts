import { createRequire } from 'node:module';
import { generateOpenApi } from '@jiagong/contract';
import type { Hono } from 'hono';
import type { AppEnv } from './context.js';
import { publicOrigin } from './public-origin.js';

let cached: Record<string, unknown> | undefined;

/** The contract's OpenAPI document, built once per process (about 300 KB of JSON). */
function document(): Record<string, unknown> {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const { version } = require('@jiagong/contract/package.json') as { version: string };
    cached = generateOpenApi(version);
  }
  return cached;
}

/**
 * `GET /openapi.json`, no key needed: a back end developer with only `npx @jiagong/sandbox` (no
 * clone of the repository, where `npm run build` writes docs/openapi.json) can feed the API to a
 * code generator. `servers` names this sandbox.
 */
export function registerOpenApi(app: Hono<AppEnv>): void {
  app.get('/openapi.json', (c) =>
    c.json({
      ...document(),
      servers: [{ url: publicOrigin(c.req.raw), description: 'This sandbox' }],
    }),
  );
}

// Static files of the examples, with what a partner's own server would add to its HTML: the
// per-request CSP nonce on every <script> (and <style> under the strict policy), the API base
// and publishable key filled in (`{{JG_API_BASE}}`, `{{JG_PUBLISHABLE_KEY}}`, `{{CSP_NONCE}}`),
// and a Content-Security-Policy header.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export type CspLevel = 'strict' | 'standard';

export interface PageSettings {
  apiBase: string;
  publishableKey: string;
}

/**
 * `strict`: scripts and styles only with this response's nonce (the employer intranet, showing
 * the CDN loader under the policy large employers use). `standard`: same-origin scripts plus the
 * nonce, inline styles allowed (the gallery pages keep small `style` attributes).
 */
export function contentSecurityPolicy(level: CspLevel, nonce: string, apiBase: string): string {
  const api = new URL(apiBase).origin;
  return [
    "default-src 'self'",
    level === 'strict' ? `script-src 'nonce-${nonce}'` : `script-src 'self' 'nonce-${nonce}'`,
    level === 'strict' ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${api}`,
    `connect-src 'self' ${api}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

function renderHtml(source: string, nonce: string, level: CspLevel, page: PageSettings): string {
  const filled = source
    .replaceAll('{{JG_API_BASE}}', page.apiBase)
    .replaceAll('{{JG_PUBLISHABLE_KEY}}', page.publishableKey)
    .replaceAll('{{CSP_NONCE}}', nonce);
  const tags =
    level === 'strict' ? /<(script|style)(?![^>]*\snonce=)/g : /<(script)(?![^>]*\snonce=)/g;
  return filled.replace(tags, `<$1 nonce="${nonce}"`);
}

/** An HTML page with this response's nonce, the settings filled in and the CSP header. */
export function htmlResponse(
  c: Context,
  source: string,
  csp: CspLevel,
  page: PageSettings,
): Response {
  const nonce = randomBytes(16).toString('base64');
  return c.body(renderHtml(source, nonce, csp, page), 200, {
    'content-type': TYPES['.html']!,
    'content-security-policy': contentSecurityPolicy(csp, nonce, page.apiBase),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
}

/** Resolves a URL path under `dir` (no escaping it); a directory means its index.html. */
function resolveFile(dir: string, rest: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return undefined;
  }
  const file = path.resolve(dir, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== dir && !file.startsWith(dir + path.sep)) return undefined;
  if (!existsSync(file)) return undefined;
  if (statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return file;
}

export interface Mount {
  /** URL prefix, e.g. `/gallery/`. */
  prefix: string;
  /** Folder served there. */
  dir: string;
  csp: CspLevel;
  /** Shown when the folder does not exist (e.g. "run npm run build"). */
  missing?: string;
  /** Immutable, content-hashed files (the CDN chunks): cache for a year. */
  immutable?: RegExp;
  /** A single-page app: paths without an extension get its index.html. */
  spa?: boolean;
}

/** Serves a file of a mount, or returns undefined when there is none. */
export function serveFile(
  c: Context,
  mount: Mount,
  page: PageSettings,
  rest = c.req.path.slice(mount.prefix.length),
): Response | undefined {
  const dir = path.resolve(mount.dir);
  if (!existsSync(dir)) {
    return c.text(mount.missing ?? `${mount.prefix} is not there yet`, 404);
  }
  const file = resolveFile(dir, rest);
  if (!file) return undefined;
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  if (type.startsWith('text/html'))
    return htmlResponse(c, readFileSync(file, 'utf8'), mount.csp, page);
  const cache = mount.immutable?.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
  return c.body(readFileSync(file), 200, {
    'content-type': type,
    'cache-control': cache,
    'x-content-type-options': 'nosniff',
  });
}

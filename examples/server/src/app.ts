// The examples server behind `npm start`: the partner back end (/api) and the example apps.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { galleryInfo } from './gallery.js';
import { demoMember, partnerApi } from './partner-api.js';
import { existsSync, readFileSync } from 'node:fs';
import { htmlResponse, serveFile, type Mount, type PageSettings } from './static.js';

export const examplesDir = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
const repoRoot = path.dirname(examplesDir);
const notBuilt = (what: string) =>
  `${what} is not built yet: run \`npm run build\` (or npm start).`;

export const mounts: Mount[] = [
  {
    prefix: '/cdn/',
    dir: path.join(repoRoot, 'dist/cdn'),
    csp: 'strict',
    missing: notBuilt('The CDN bundle (dist/cdn)'),
    immutable: /[\\/]chunks[\\/]/,
  },
  { prefix: '/gallery/', dir: path.join(examplesDir, 'gallery'), csp: 'standard' },
  {
    prefix: '/employer-intranet/',
    dir: path.join(examplesDir, 'employer-intranet'),
    csp: 'strict',
  },
  {
    prefix: '/bank-app/',
    dir: path.join(examplesDir, 'bank-app/dist'),
    csp: 'standard',
    missing: notBuilt('The bank app (examples/bank-app/dist)'),
    spa: true,
  },
  {
    prefix: '/ssr/',
    dir: path.join(examplesDir, 'ssr/dist'),
    csp: 'standard',
    missing: notBuilt('The server-rendering example (examples/ssr/dist)'),
  },
  {
    prefix: '/react-app/',
    dir: path.join(examplesDir, 'react-app/dist'),
    csp: 'standard',
    missing: notBuilt('The React app (examples/react-app/dist)'),
    spa: true,
  },
];
const homeMount: Mount = { prefix: '/', dir: path.join(examplesDir, 'home'), csp: 'standard' };
mounts.push(homeMount);

export interface ExamplesAppOptions extends PageSettings {
  secretKey: string;
}

export function examplesApp(options: ExamplesAppOptions): Hono {
  const page: PageSettings = { apiBase: options.apiBase, publishableKey: options.publishableKey };
  const app = new Hono();
  // Compressed, as docs/csp.md tells partners to serve the CDN files: on a slow phone link the
  // demos then load as a well-configured production server would (121 KB of chunks → 48 KB).
  app.use(compress());
  // The gallery's stand-ins around the reference token endpoint, to show each state of the
  // elements: a slow (`?delay=ms`, at most 120 s) or failing (`?fail=503`) back end, and a test
  // member picked by the page (`?member=m_1005`). Kept out of partner-api.ts, which partners
  // copy: a member id taken from a URL would mint a session for whoever asks.
  app.on(['GET', 'POST'], '/api/jiagong-session', async (c, next) => {
    const delay = Math.min(Number(c.req.query('delay') ?? 0) || 0, 120_000);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const fail = Number(c.req.query('fail') ?? 0);
    if (fail >= 400 && fail <= 599) {
      return c.json({ error: 'demo failure' }, fail as 400, { 'cache-control': 'no-store' });
    }
    await next();
  });
  const galleryMember = (c: Context) => {
    const picked = c.req.query('member');
    return picked && /^m_\d{1,8}$/.test(picked) ? picked : demoMember(c);
  };
  app.route(
    '/api',
    partnerApi({
      apiBase: options.apiBase,
      secretKey: options.secretKey,
      signedInMember: galleryMember,
    }),
  );
  app.get('/api/gallery', (c) => c.json(galleryInfo(path.join(examplesDir, 'gallery'))));
  app.get('/healthz', (c) => c.text('ok'));
  // The gallery's error-state demos set `api-base="/unavailable?fail=503"`: every call under it
  // answers as an API that is down does, 503 with the API's error envelope, so the elements show
  // their "service unavailable" state and retry button. (`?fail=` marks the failures as
  // deliberate for the examples test; the client appends the endpoint's path after it.)
  app.all('/unavailable', (c) =>
    c.json(
      {
        error: {
          code: 'service_unavailable',
          message: c.req.header('accept-language')?.startsWith('en')
            ? 'The service is temporarily unavailable'
            : '服务暂不可用，请稍后再试',
          requestId: 'req_gallery_unavailable',
        },
      },
      503,
      { 'cache-control': 'no-store' },
    ),
  );
  // Browsers ask for /favicon.ico on pages without an icon link; answer instead of a 404.
  app.get('/favicon.ico', (c) => serveFile(c, homeMount, page, 'favicon.svg') ?? c.body(null, 204));
  // Server-side rendering: the elements rendered by @lit-labs/ssr into the built page.
  app.get('/ssr/', async (c) => {
    const shell = path.join(examplesDir, 'ssr/dist/index.html');
    if (!existsSync(shell)) return c.text(notBuilt('The server-rendering example'), 404);
    const { renderElements } = await import('../../ssr/src/render.js');
    const elements = await renderElements({ ...page, tokenEndpoint: '/api/jiagong-session' });
    const html = readFileSync(shell, 'utf8').replace('<!--ssr-outlet-->', () => elements);
    return htmlResponse(c, html, 'standard', page);
  });
  app.get('*', (c) => {
    // `/gallery` → `/gallery/` so relative links inside resolve under the prefix.
    const bare = mounts.find((m) => m.prefix !== '/' && c.req.path === m.prefix.slice(0, -1));
    if (bare) return c.redirect(`${bare.prefix}`, 301);
    for (const mount of mounts) {
      if (!c.req.path.startsWith(mount.prefix)) continue;
      const response = serveFile(c, mount, page);
      if (response) return response;
      // Single-page apps answer their own routes (no file extension) with index.html.
      if (mount.spa && !path.extname(c.req.path)) {
        const index = serveFile(c, mount, page, '');
        if (index) return index;
      }
      break;
    }
    return c.text('Not found', 404);
  });
  return app;
}

// Writes packages/client/src/generated/client-methods.ts: the doc comment an editor shows when
// hovering a client method (`client.me.orders.create`), from the contract's endpoint table and its
// documentation (`endpointDocs`, which docs/openapi.json is made from too). The methods' types stay
// derived from the table (`ClientOf` in packages/client/src/methods.ts); the generated file only
// carries the comments, which no type can compute from the table's strings: TypeScript shows the
// doc comment of a property's declaration, and `ClientOf` takes each method's declaration from it.
// Types only: no byte of it reaches a bundle. A test fails when the committed file is stale.
//
//   node --conditions=source --import tsx scripts/gen-client-docs.ts          write
//   node --conditions=source --import tsx scripts/gen-client-docs.ts --check  exit 1 when stale
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { commonErrors, endpointDocs, endpoints, type Endpoint } from '@jiagong/contract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const generatedFile = path.join(root, 'packages/client/src/generated/client-methods.ts');

/** Who may call an endpoint, as a partner sets it up. */
const authText: Record<Endpoint['auth'], string> = {
  publishable: 'publishable key (or the member session)',
  session: 'member session (`getSessionToken`)',
  secret: 'secret key: `createServerClient` on your back end only',
};

/**
 * Examples of the methods partners call most. `client` is `createClient(…)`'s, `server`
 * `createServerClient(…)`'s; a test type-checks each one against the packages.
 */
export const examples: Partial<Record<keyof typeof endpoints, string>> = {
  'services.list': `const { data: services } = await client.services.list();`,
  'mall.products.list': `// await: the first page; for await: every product, page after page
for await (const product of client.mall.products.list({ q: '茶' })) {
  console.log(product.name, product.pointsPrice);
}`,
  'mall.products.get': `const product = await client.mall.products.get('prd_0001');`,
  'me.card.get': `const card = await client.me.card.get();`,
  'me.points.get': `const { balance, expiringSoon } = await client.me.points.get();`,
  'me.orders.create': `try {
  const order = await client.me.orders.create(
    { productId: 'prd_0001', quantity: 1 },
    { idempotencyKey: 'checkout-7f3a' }, // yours, kept with the cart: applied once
  );
  console.log(order.id, order.pointsTotal);
} catch (error) {
  if (isApiError(error, 'insufficient_points')) console.warn(error.message);
  else throw error;
}`,
  'me.orders.list': `const { data: orders, nextCursor } = await client.me.orders.list();`,
  'me.orders.cancel': `const order = await client.me.orders.cancel('ord_0001');`,
  'me.loanApplications.list': `for await (const application of client.me.loanApplications.list()) {
  console.log(application.id, application.status);
}`,
  'me.loanDraft.get': `const { draft } = await client.me.loanDraft.get();`,
  'sessions.create': `// In the route your front end's getSessionToken() calls:
const { token, expiresAt } = await server.sessions.create({ memberId: 'm_1001' });`,
  'cardVerifications.create': `const { memberStatus, unionName } = await server.cardVerifications.create({ code });`,
  'sandbox.setClock': `// Three days on: a course starting within them has started; cancelling its sign-up is a 409
await server.sandbox.setClock({ advanceSeconds: 3 * 24 * 60 * 60 });
const { now, offsetSeconds } = await server.sandbox.clock();
await server.sandbox.reset(); // seed data and real time again`,
};

/** `text` as lines of at most 88 characters (a comment's line, indented, then fits in 100). */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > 88) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** What each endpoint's method does, as its doc comment's lines. */
function docLines(name: keyof typeof endpoints): string[] {
  const endpoint: Endpoint = endpoints[name];
  const doc = endpointDocs[name];
  const summary = doc.summary.trim();
  if (!summary) throw new Error(`endpointDocs['${name}'] has no summary`);
  const lines = [
    ...wrap(/[.!?]$/.test(summary) ? summary : `${summary}.`),
    '',
    `\`${endpoint.method} ${endpoint.path}\` · ${authText[endpoint.auth]}` +
      (endpoint.sandboxOnly ? ' · sandbox only' : ''),
  ];
  if (endpoint.idempotencyKey) {
    lines.push(
      '',
      ...wrap(
        'Sends an `Idempotency-Key`, the same one on every retry: pass `{ idempotencyKey }`, a ' +
          'key you keep with your own record, so that repeating the call (a double tap, a ' +
          'reload) applies it once; without one the client makes one per call.',
      ),
    );
  } else if (endpoint.method === 'POST' && endpoint.naturallyIdempotent) {
    lines.push('', 'Safe to repeat: a failed call is retried.');
  }
  if (endpoint.paginated) {
    lines.push(
      '',
      ...wrap(
        '`await` it for the first page (`{ data, nextCursor }`), or `for await` over it for ' +
          'every item, page after page.',
      ),
    );
  }
  const errors = doc.errors.filter((code) => !(commonErrors as readonly string[]).includes(code));
  lines.push(
    '',
    ...wrap(
      `@throws \`ApiError\` with \`code\` ${errors.map((code) => `\`${code}\``).join(', ')}` +
        `${errors.length ? ', or ' : ''}one any endpoint may answer (\`rate_limited\` …).`,
    ),
  );
  const example = examples[name];
  if (example) lines.push('', '@example', '```ts', ...example.split('\n'), '```');
  return lines;
}

interface Tree {
  [key: string]: Tree | string;
}

function comment(lines: string[], indent: string): string {
  const body = lines.map((line) => (line ? `${indent} * ${line}` : `${indent} *`)).join('\n');
  return `${indent}/**\n${body}\n${indent} */\n`;
}

function render(tree: Tree, depth: number): string {
  const indent = '  '.repeat(depth);
  let out = '';
  for (const [key, node] of Object.entries(tree)) {
    if (typeof node === 'string') {
      out += comment(docLines(node as keyof typeof endpoints), indent);
      out += `${indent}${key}: '${node}';\n`;
    } else {
      out += `${indent}${key}: {\n${render(node, depth + 1)}${indent}};\n`;
    }
  }
  return out;
}

/** The file's text, formatted by Prettier as the repository's other sources. */
export async function generate(): Promise<string> {
  const tree: Tree = {};
  for (const name of Object.keys(endpoints) as (keyof typeof endpoints)[]) {
    const keys = name.split('.');
    const last = keys.pop()!;
    let node = tree;
    for (const key of keys) node = (node[key] ??= {}) as Tree;
    node[last] = name;
  }
  const text = `// Generated by scripts/gen-client-docs.ts from @jiagong/contract's endpoint table and
// endpointDocs: do not edit by hand (run the script; a test fails when this file is stale).
// Types only: no byte of it reaches a bundle.

/**
 * The client's methods, as the contract's endpoint table names them, each with the doc comment
 * that an editor shows on hover: what it does, its HTTP route and credential, idempotency, the
 * error codes it may answer and, for the main ones, an example. Each method is its endpoint's
 * name here; its type is in {@link JiagongClient} and {@link JiagongServerClient}
 * (\`ClientOf\` takes each method's doc comment from here).
 */
export interface ClientMethodDocs {
${render(tree, 1)}}
`;
  const options = (await resolveConfig(generatedFile)) ?? {};
  return format(text, { ...options, filepath: generatedFile });
}

/** Whether the committed file differs from what the script would write. */
export async function outdated(): Promise<boolean> {
  let committed = '';
  try {
    committed = readFileSync(generatedFile, 'utf8');
  } catch {
    // Missing: stale.
  }
  return committed !== (await generate());
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    if (await outdated()) {
      console.error(
        `${path.relative(root, generatedFile)} is stale: run scripts/gen-client-docs.ts`,
      );
      process.exit(1);
    }
  } else {
    mkdirSync(path.dirname(generatedFile), { recursive: true });
    writeFileSync(generatedFile, await generate());
    console.log(`wrote ${path.relative(root, generatedFile)}`);
  }
}

// Every curl command of the docs runs as written against a fresh sandbox (a Java or Go developer
// starts from them): the request the docs show succeeds (or answers the error it asks the sandbox
// to simulate) and answers UTF-8 JSON.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type RunningSandbox } from '../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function markdownFiles(): string[] {
  const inDir = (dir: string) =>
    existsSync(path.join(root, dir))
      ? readdirSync(path.join(root, dir))
          .filter((f) => f.endsWith('.md'))
          .map((f) => `${dir}/${f}`)
      : [];
  const readmes = readdirSync(path.join(root, 'packages'))
    .map((p) => `packages/${p}/README.md`)
    .filter((f) => existsSync(path.join(root, f)));
  return ['README.md', ...inDir('docs'), ...inDir('docs/elements'), ...readmes];
}

interface Command {
  where: string;
  text: string;
}

/** The curl commands of the docs' `sh` blocks, with their line continuations joined. */
function curlCommands(): Command[] {
  const commands: Command[] = [];
  for (const file of markdownFiles()) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const match of text.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)) {
      const line = text.slice(0, match.index).split('\n').length + 1;
      const joined = match[1]!.replace(/\\\n\s*/g, ' ');
      for (const command of joined.split('\n')) {
        if (/^\s*curl\s/.test(command)) commands.push({ where: `${file}:${line}`, text: command });
      }
    }
  }
  return commands;
}

/** Shell words: 'single', "double" (no expansions are used in the docs) and bare words. */
function words(command: string): string[] {
  const out: string[] = [];
  for (const m of command.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)) {
    out.push(m[1] ?? m[2]?.replace(/\\(.)/g, '$1') ?? m[3]!);
  }
  return out;
}

/** The request a curl command sends, as curl builds it (-d alone means a form POST). */
function toRequest(command: string, base: string): { url: string; init: RequestInit } {
  const args = words(command).slice(1);
  const headers = new Headers();
  let method: string | undefined;
  let body: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = () => {
      const value = args[++i];
      assert.ok(value !== undefined, `${arg} without a value`);
      return value;
    };
    if (arg === '-X' || arg === '--request') method = next();
    else if (arg === '-H' || arg === '--header') {
      const header = next();
      const colon = header.indexOf(':');
      headers.set(header.slice(0, colon).trim(), header.slice(colon + 1).trim());
    } else if (arg === '-d' || arg === '--data' || arg === '--data-raw') body = next();
    else if (arg === '-s' || arg === '-i' || arg === '-sS') continue;
    else if (!arg.startsWith('-')) url = arg;
    else assert.fail(`curl option ${arg} is not understood by this test: extend toRequest`);
  }
  assert.ok(url, 'no URL');
  if (body !== undefined && !headers.has('content-type'))
    headers.set('Content-Type', 'application/x-www-form-urlencoded');
  return {
    url: url.replace(/^https?:\/\/(?:localhost|127\.0\.0\.1):4010/, base),
    init: { method: method ?? (body === undefined ? 'GET' : 'POST'), headers, body },
  };
}

describe('the curl commands of the docs', () => {
  let sandbox: RunningSandbox;
  before(async () => {
    sandbox = await startSandbox({ port: 0, memory: true, quiet: true });
  });
  after(() => sandbox?.close());

  const commands = curlCommands();

  it('exist (the HTTP API page and the sandbox README show one each at least)', () => {
    const files = new Set(commands.map((c) => c.where.split(':')[0]));
    assert.ok(files.has('docs/http-api.md'), [...files].join(', '));
    assert.ok(files.has('packages/sandbox/README.md'), [...files].join(', '));
  });

  for (const command of commands) {
    it(`${command.where}: ${command.text.slice(0, 60)}`, async () => {
      const { url, init } = toRequest(command.text, sandbox.url);
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\//, `${url} is not the sandbox`);
      const res = await fetch(url, init);
      const text = await res.text();
      assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
      const body = JSON.parse(text) as { error?: { code: string } };
      // A command that asks for a simulated error shows that error; any other succeeds.
      const simulated = new Headers(init.headers).get('jiagong-simulate-error');
      if (simulated) {
        assert.equal(body.error?.code, simulated, text);
        assert.ok(res.headers.get('retry-after'), 'no Retry-After');
      } else {
        assert.ok(res.ok, `${res.status} ${text}`);
      }
    });
  }
});

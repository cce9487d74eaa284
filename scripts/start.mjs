#!/usr/bin/env node
// `npm start`: build, run the sandbox API on port 4010 (embedded Postgres, data kept in
// .jiagong-data/) and the examples server on port 8080 (the partner back end + the example apps),
// then print the URLs, the keys and the test members. Runs until Ctrl-C, which stops both.
// Works on a partial tree: whatever does not exist yet is reported, not fatal.
//
// Env: PORT (sandbox, default 4010), EXAMPLES_PORT (default 8080; the next free one if taken).
import { existsSync, readdirSync } from 'node:fs';
import { build, steps } from './build.mjs';
import { examplesServerExists, startExamples } from './lib/examples.mjs';
import { fromRoot } from './lib/paths.mjs';
import { header, killTree } from './lib/proc.mjs';
import { SANDBOX_CLI_SRC, SANDBOX_KEYS, sandboxCommand, startSandbox } from './lib/sandbox.mjs';
import { listPackages } from './lib/workspaces.mjs';

const PORT = Number(process.env.PORT ?? 4010);
const EXAMPLES_PORT = Number(process.env.EXAMPLES_PORT ?? 8080);
// Declarations and API docs are for publishing; the examples run without them.
const START_STEPS = steps.filter((s) => !['types', 'docs'].includes(s.name)).map((s) => s.name);

// esbuild instead of terser for the CDN chunks: a few % larger, four times faster to start.
process.env.JG_FAST_MINIFY ??= '1';
const started = Date.now();
const built = await build(START_STEPS);
if (!built) console.warn('\n! The build failed (see above); starting what can run anyway.');

header('what exists');
for (const p of listPackages()) {
  const state = existsSync(`${p.dir}/dist/index.js`)
    ? 'built'
    : p.buildable
      ? 'not built'
      : 'no src/index.ts yet';
  console.log(`  ${p.name.padEnd(22)} ${state}`);
}
const examplesDir = fromRoot('examples');
const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !['server', 'home'].includes(d.name))
      .map((d) => d.name)
  : [];
console.log(`  examples: ${examples.length ? examples.join(', ') : 'none yet'}`);
console.log(`  CDN bundle: ${existsSync(fromRoot('dist/cdn/jiagong.js')) ? 'built' : 'not built'}`);

if (!sandboxCommand()) {
  console.log(`\nThe sandbox is not there yet (${SANDBOX_CLI_SRC}); nothing to serve.`);
  process.exit(0);
}

header('sandbox');
let sandbox;
try {
  // Its own process group (proc.mjs) escapes a SIGKILL of ours; told our pid, it stops with us
  // instead of holding port and data folder into the next npm start.
  sandbox = await startSandbox({
    args: ['--port', String(PORT)],
    echo: true,
    // A first start creates and seeds the database: 7 s on a quiet machine, 49 s measured on a
    // busy one. A slow laptop must not be killed half-way (which costs it the new folder).
    timeoutMs: 180_000,
    env: { JIAGONG_SANDBOX_STOP_WITH_PID: String(process.pid) },
  });
} catch (error) {
  console.error(`✖ ${error.message}`);
  // The sandbox's CLI says "port 4010 is already in use … --port": here the port is PORT.
  if (/EADDRINUSE|already in use/.test(error.message)) {
    console.error(`Port ${PORT} is taken (another npm start?). Set PORT=… to use another one.`);
  }
  process.exit(1);
}

let examplesServer;
if (examplesServerExists()) {
  header('examples');
  try {
    examplesServer = await startExamples({
      apiBase: sandbox.url,
      port: EXAMPLES_PORT,
      echo: true,
    });
  } catch (error) {
    console.error(`✖ ${error.message}`);
  }
}

async function testMembers() {
  try {
    const res = await fetch(`${sandbox.url}/sandbox/members`, {
      headers: { authorization: `Bearer ${SANDBOX_KEYS.secret}` },
    });
    const body = await res.json();
    return Array.isArray(body?.data) ? body.data : [];
  } catch {
    return [];
  }
}

header('ready', `in ${Math.round((Date.now() - started) / 1000)} s`);
if (examplesServer) {
  const at = (path) => `${examplesServer.url}${path}`;
  console.log(`  Examples          ${at('/')}`);
  console.log(`    Gallery         ${at('/gallery/')}   (every element, every state)`);
  console.log(`    Bank app        ${at('/bank-app/')}`);
  console.log(`    Intranet (CDN)  ${at('/employer-intranet/')}`);
  console.log(`    React app       ${at('/react-app/')}`);
  console.log(`    SSR             ${at('/ssr/')}   (@lit-labs/ssr + hydration)`);
  console.log(`    Token endpoint  ${at('/api/jiagong-session')}   (the partner back end)`);
}
console.log(`  Sandbox API       ${sandbox.url}/v1`);
console.log(`  Publishable key   ${SANDBOX_KEYS.publishable}   (browser)`);
console.log(`  Secret key        ${SANDBOX_KEYS.secret}   (server only)`);
const members = await testMembers();
if (members.length) {
  console.log('  Test members');
  for (const m of members) {
    console.log(`    ${m.id}  ${m.name}  ${m.description ?? ''}`);
  }
}
console.log(`  Data              .jiagong-data/ (delete it to start from the seed data)`);
console.log('\nCtrl-C to stop.');

// Ctrl-C: scripts/lib/proc.mjs sends both children SIGTERM (the sandbox closes its database)
// and exits once they are gone. If one of them dies on its own, stop the other and leave.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    stopping = true;
    console.log('\nStopping the sandbox and the examples server…');
  });
}
for (const service of [sandbox, examplesServer].filter(Boolean)) {
  service.child.once('exit', (code) => {
    if (stopping || code === null) return; // stopped by us
    console.error(`\nA server exited (code ${code}); stopping.`);
    void Promise.all([sandbox, examplesServer].filter(Boolean).map((s) => killTree(s.child))).then(
      () => process.exit(code || 1),
    );
  });
}

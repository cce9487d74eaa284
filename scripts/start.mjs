#!/usr/bin/env node
// `npm start`: build, then run the sandbox API on port 4010 with its data kept under
// .jiagong-data/ (the sandbox's default, relative to the repo root), and print URLs and test keys.
// Works on a partial tree: whatever does not exist yet is reported, not fatal.
// (Serving the examples gallery is added here when examples/gallery exists.)
import { existsSync, readdirSync } from 'node:fs';
import { build } from './build.mjs';
import { fromRoot } from './lib/paths.mjs';
import { header, isShuttingDown } from './lib/proc.mjs';
import { SANDBOX_CLI_SRC, SANDBOX_KEYS, sandboxCommand, startSandbox } from './lib/sandbox.mjs';
import { listPackages } from './lib/workspaces.mjs';

const PORT = Number(process.env.PORT ?? 4010);

const built = await build();
if (!built) console.warn('\n! The build failed (see above); starting what can run from source.');

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
  ? readdirSync(examplesDir, { withFileTypes: true }).filter((d) => d.isDirectory())
  : [];
console.log(`  examples: ${examples.length ? examples.map((d) => d.name).join(', ') : 'none yet'}`);

if (!sandboxCommand()) {
  console.log(`\nThe sandbox is not there yet (${SANDBOX_CLI_SRC}); nothing to serve.`);
  process.exit(0);
}

header('sandbox');
let sandbox;
try {
  sandbox = await startSandbox({ args: ['--port', String(PORT)], echo: true });
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(1);
}

// Let the sandbox finish printing its own banner before ours.
await new Promise((resolve) => setTimeout(resolve, 300));
header('ready');
console.log(`  Sandbox API       ${sandbox.url}/v1`);
console.log(`  Test members      ${sandbox.url}/sandbox/members (secret key)`);
console.log(`  Publishable key   ${SANDBOX_KEYS.publishable}   (browser)`);
console.log(`  Secret key        ${SANDBOX_KEYS.secret}   (server only)`);
console.log(`  Data              .jiagong-data/ (delete it to start from the seed data)`);
console.log('\nCtrl-C to stop.');

// Ctrl-C stops the sandbox gracefully (scripts/lib/proc.mjs).
sandbox.child.once('exit', (code) => {
  if (isShuttingDown()) return;
  console.error(`The sandbox exited (code ${code}).`);
  process.exit(code || 1);
});

#!/usr/bin/env node
// `npm test`: every check, in order, continuing after failures, ending with exactly one line
// "N passed, N failed" that adds them all up. Exit code 1 when anything failed.
//
//   typecheck, lint, format   one check each
//   node tests                each test counts (node:test's own spec summary)
//   browser tests             each test counts (web-test-runner.config.mjs writes the counts);
//                             a test file that fails to load counts as one failure
//
// Env: JG_TEST_STEP_TIMEOUT_MIN (default 30) ends a hung step and counts it as failed.
//
// Options:
//   --only node|browser|static   run a subset (comma-separate or repeat for several);
//                                typecheck, lint and format also work alone
//   --concurrency N              node test files run in parallel (default: node's own default;
//                                also JG_TEST_CONCURRENCY)
//   --files <glob>               only the test files (node and browser) this glob matches
//                                (repeatable; a file path is a glob), e.g.
//                                --files 'packages/elements/src/member-card/*.test.ts'
//                                --only node --files packages/client/test/retries.test.ts
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureChromium } from './lib/chromium.mjs';
import { findFiles } from './lib/glob.mjs';
import { bin, fromRoot } from './lib/paths.mjs';
import { formatDuration, header, run } from './lib/proc.mjs';
import { SANDBOX_CLI_SRC, sandboxCommand, startSandbox } from './lib/sandbox.mjs';
import { browserTestGlobs, nodeTestGlobs } from './lib/test-files.mjs';

const GROUPS = {
  static: ['typecheck', 'lint', 'format'],
  typecheck: ['typecheck'],
  lint: ['lint'],
  format: ['format'],
  node: ['node'],
  browser: ['browser'],
};
const STEP_TIMEOUT_MS = Number(process.env.JG_TEST_STEP_TIMEOUT_MIN ?? 30) * 60_000;

function parseArgs(argv) {
  const only = new Set();
  let concurrency = process.env.JG_TEST_CONCURRENCY;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--only') {
      for (const group of value()?.split(',') ?? []) {
        if (!GROUPS[group]) usage(`unknown group "${group}"`);
        only.add(group);
      }
    } else if (flag === '--concurrency') concurrency = value();
    else if (flag === '--files') files.push(value());
    else if (flag === '--help' || flag === '-h') usage();
    else usage(`unknown option "${arg}"`);
  }
  // --files alone runs those tests, not the whole-repo checks.
  const groups = only.size ? [...only] : files.length ? ['node', 'browser'] : Object.keys(GROUPS);
  return { steps: new Set(groups.flatMap((g) => GROUPS[g])), concurrency, files };
}

function usage(problem) {
  if (problem) console.error(problem);
  console.error(
    'usage: node scripts/test.mjs [--only node|browser|static|typecheck|lint|format[,…]] [--concurrency N] [--files <glob>]…',
  );
  process.exit(problem ? 2 : 0);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'jg-test-'));
// Every in-memory sandbox the tests start (dozens: one or more per client and sandbox test file,
// the browser run's) starts on a copy of the first one's freshly made database, not on PGlite's
// initdb again: about 1 s of CPU each instead of 5 (packages/sandbox/src/db/pglite.ts).
process.env.JIAGONG_SANDBOX_PGLITE_CACHE ??= tmp;

/** A check that passes or fails as a whole (typecheck, lint, format). */
async function wholeCheck(cmd, args) {
  const { code, timedOut } = await run(cmd, args, { timeoutMs: STEP_TIMEOUT_MS });
  const ok = code === 0 && !timedOut;
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, note: ok ? '' : `exit ${code}` };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * Reads the totals from the end of node:test's spec output ("ℹ pass 12" …). The spec output is
 * parsed rather than a TAP file because stdout is written synchronously, while a file reporter
 * can be cut short when the process exits.
 */
function specTotals(output) {
  const text = output.replace(ANSI, '');
  const last = (key) => {
    const matches = [...text.matchAll(new RegExp(`^ℹ ${key} (\\d+)\\s*$`, 'gm'))];
    return matches.length ? Number(matches[matches.length - 1][1]) : undefined;
  };
  const pass = last('pass');
  const fail = last('fail');
  if (pass === undefined || fail === undefined) return undefined;
  return { pass, fail, cancelled: last('cancelled') ?? 0, skipped: last('skipped') ?? 0 };
}

/**
 * The test files of one kind (its globs), narrowed to those `--files` names when given. Quoted
 * globs only: the shell would expand an unquoted one into files the option never sees.
 */
function testFiles(kindGlobs, only) {
  const files = findFiles(kindGlobs);
  if (!only.length) return files;
  const wanted = new Set(findFiles(only));
  return files.filter((file) => wanted.has(file));
}

async function nodeTests({ concurrency, files: only }) {
  const files = testFiles(nodeTestGlobs, only);
  if (!files.length) return { passed: 0, failed: 0, note: 'no node test files' };
  console.log(`${files.length} file(s)`);
  const args = [
    '--conditions=source',
    '--import',
    'tsx',
    '--test',
    // No --test-force-exit: with files run in parallel it lets a test process exit before the
    // runner has read its last verdicts, which then vanish from the report and the count
    // (nodejs/node#64833; here 2 to 6 of 1,114 per full run). A test that leaves a socket or timer
    // open is caught by the step timeout instead.
    ...(concurrency ? [`--test-concurrency=${concurrency}`] : []),
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    ...files,
  ];
  // Only the end of the output matters (the summary); keep a bounded tail.
  let tail = '';
  const { code, timedOut } = await run(process.execPath, args, {
    timeoutMs: STEP_TIMEOUT_MS,
    env: process.stdout.isTTY ? { FORCE_COLOR: '1' } : {},
    onStdout: (chunk) => {
      tail = (tail + chunk.toString()).slice(-64_000);
    },
  });
  const totals = specTotals(tail);
  if (!totals) return { passed: 0, failed: 1, note: `node --test gave no summary (exit ${code})` };
  let failed = totals.fail + totals.cancelled;
  let note = totals.skipped ? `${totals.skipped} skipped` : '';
  // Whatever the counts say, a failing runner must not turn into a green summary.
  if ((code !== 0 || timedOut) && failed === 0) {
    failed = 1;
    note = `node --test exited with ${code}${timedOut ? ' (timeout)' : ''}`;
  }
  return { passed: totals.pass, failed, note };
}

async function browserTests(options) {
  const files = testFiles(browserTestGlobs, options.files);
  if (!files.length) return { passed: 0, failed: 0, note: 'no browser test files' };
  console.log(`${files.length} file(s)`);

  const chromium = await ensureChromium();
  if (chromium.error) {
    console.error(`✖ ${chromium.error}`);
    return { passed: 0, failed: 1, note: 'no Chromium' };
  }
  console.log(`Chromium: ${chromium.path}`);

  let sandbox;
  let extraFailures = 0;
  const notes = [];
  if (sandboxCommand()) {
    try {
      sandbox = await startSandbox({ args: ['--port', '0', '--memory'] });
      console.log(`Sandbox: ${sandbox.url}`);
    } catch (error) {
      // Counted as a failure of its own; tests that do not need the sandbox still run.
      console.error(`✖ ${error.message}`);
      extraFailures++;
      notes.push('sandbox did not start');
    }
  } else {
    console.log(`Sandbox: none (${SANDBOX_CLI_SRC} does not exist yet)`);
  }

  const results = path.join(tmp, 'wtr.json');
  try {
    const { code, timedOut } = await run(
      bin('wtr'),
      [
        '--config',
        fromRoot('web-test-runner.config.mjs'),
        // --files narrows the browser run to some test files (a family while working on it).
        ...(options.files.length ? files.flatMap((file) => ['--files', file]) : []),
      ],
      {
        env: {
          JG_WTR_RESULTS: results,
          CHROME_PATH: chromium.path,
          ...(sandbox ? { JG_SANDBOX_URL: sandbox.url } : {}),
        },
        timeoutMs: STEP_TIMEOUT_MS,
      },
    );
    if (!existsSync(results)) {
      return {
        passed: 0,
        failed: 1 + extraFailures,
        note: [...notes, `web-test-runner wrote no results (exit ${code})`].join('; '),
      };
    }
    const counts = JSON.parse(readFileSync(results, 'utf8'));
    let failed = counts.failed + extraFailures;
    if ((code !== 0 || timedOut) && failed === 0) {
      failed = 1;
      notes.push(`web-test-runner exited with ${code}${timedOut ? ' (timeout)' : ''}`);
    }
    if (counts.skipped) notes.push(`${counts.skipped} skipped`);
    if (counts.failures?.length) {
      console.log('\nFailed browser tests:');
      for (const failure of counts.failures) console.log(`  ✖ ${failure.split('\n')[0]}`);
    }
    return { passed: counts.passed, failed, note: notes.join('; ') };
  } finally {
    await sandbox?.stop();
  }
}

const STEPS = [
  {
    id: 'typecheck',
    title: 'typecheck',
    detail: 'tsc -p tsconfig.json --noEmit',
    run: () => wholeCheck(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']),
  },
  {
    id: 'lint',
    title: 'lint',
    detail: 'eslint --max-warnings 0 .',
    run: () => wholeCheck(bin('eslint'), ['--max-warnings', '0', '.']),
  },
  {
    id: 'format',
    title: 'format',
    detail: 'prettier --check .',
    run: () => wholeCheck(bin('prettier'), ['--check', '.']),
  },
  { id: 'node', title: 'node tests', detail: 'node --test (tsx, source)', run: nodeTests },
  {
    id: 'browser',
    title: 'browser tests',
    detail: 'web-test-runner in Chromium',
    run: browserTests,
  },
];

const options = parseArgs(process.argv.slice(2));
const started = Date.now();
const rows = [];
for (const step of STEPS) {
  if (!options.steps.has(step.id)) continue;
  header(step.title, step.detail);
  const t = Date.now();
  let result;
  try {
    result = await step.run(options);
  } catch (error) {
    console.error(error);
    result = { passed: 0, failed: 1, note: `crashed: ${error.message}` };
  }
  rows.push({ ...result, title: step.title, ms: Date.now() - t });
}
rmSync(tmp, { recursive: true, force: true });

header('summary', formatDuration(Date.now() - started));
for (const row of rows) {
  const mark = row.failed ? '✖' : '✓';
  const counts = `${row.passed} passed, ${row.failed} failed`;
  console.log(
    `${mark} ${row.title.padEnd(14)} ${counts.padEnd(24)} ${formatDuration(row.ms).padStart(9)}` +
      (row.note ? `  (${row.note})` : ''),
  );
}
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
// Nothing may print after the summary line, and a stray handle must not keep us alive.
setTimeout(() => process.exit(), 2000).unref();

#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts one after another (node --conditions=source
// --import tsx), streams their output, collects each `BENCH_RESULT <json>` line, then prints one
// table and writes bench/results.json. A bench that crashes does not stop the others; the exit
// code is 1 when any crashed (non-zero exit, timeout, or no valid BENCH_RESULT line).
//
// The protocol (CONVENTIONS.md): a bench prints one line
//   BENCH_RESULT {"group": "...", "rows": [{ "name", "value", "unit", "baseline",
//                 "baselineValue", "ratio", "goal"? , "met"? }]}
// `goal` may be
//   a number N                      met when ratio ≤ N
//   { maxRatio, minRatio, maxValue, minValue, text }   every given bound must hold
//   a string "≤ 1.5×" / ">= 2"      a bound on the ratio; any other string is shown as is
// and a boolean `met` on the row overrides the evaluation. `value`/`ratio` may be null
// (not measurable in this run): shown as n/a, and a goal that needs them counts as not met.
//
// Usage: node scripts/bench.mjs [name …]   (names filter by file name, e.g. `sizes`)
// Env:   JG_BENCH_TIMEOUT_MIN (default 15) ends a bench that hangs and counts it as crashed.
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from './lib/paths.mjs';
import { formatDuration, header, run } from './lib/proc.mjs';

const BENCH_DIR = fromRoot('bench');
const RESULTS = path.join(BENCH_DIR, 'results.json');
const TIMEOUT_MS = Number(process.env.JG_BENCH_TIMEOUT_MIN ?? 15) * 60_000;
const MARKER = 'BENCH_RESULT ';

function benchFiles(filters) {
  let files;
  try {
    files = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.bench.ts'));
  } catch {
    files = [];
  }
  files.sort();
  if (filters.length) {
    files = files.filter((f) => filters.some((name) => f.includes(name)));
  }
  return files;
}

/** Parses the BENCH_RESULT lines of a bench's stdout. */
function parseResults(lines) {
  const results = [];
  const problems = [];
  for (const line of lines) {
    const at = line.indexOf(MARKER);
    if (at === -1) continue;
    try {
      const parsed = JSON.parse(line.slice(at + MARKER.length));
      if (!parsed || typeof parsed.group !== 'string' || !Array.isArray(parsed.rows)) {
        problems.push('BENCH_RESULT without a "group" string and a "rows" array');
        continue;
      }
      results.push(parsed);
    } catch (error) {
      problems.push(`BENCH_RESULT is not valid JSON: ${error.message}`);
    }
  }
  return { results, problems };
}

async function runBench(file) {
  header(file);
  const started = Date.now();
  const lines = [];
  let partial = '';
  const { code, signal, timedOut } = await run(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', path.join('bench', file)],
    {
      timeoutMs: TIMEOUT_MS,
      onStdout: (chunk) => {
        const parts = (partial + chunk.toString()).split(/\r?\n/);
        partial = parts.pop() ?? '';
        lines.push(...parts);
      },
    },
  );
  if (partial) lines.push(partial);
  const ms = Date.now() - started;
  const { results, problems } = parseResults(lines);
  const errors = [...problems];
  if (timedOut) errors.push(`timed out after ${formatDuration(TIMEOUT_MS)}`);
  else if (code !== 0) errors.push(`exited with ${signal ?? code}`);
  if (!results.length) errors.push('printed no BENCH_RESULT line');
  return { file, ms, exitCode: code, ok: errors.length === 0, errors, results };
}

// ---------------------------------------------------------------------------------------------
// Goals

const isNum = (v) => typeof v === 'number' && Number.isFinite(v);

function bound(op, limit, actual) {
  if (!isNum(actual)) return false;
  switch (op) {
    case '≤':
    case '<=':
      return actual <= limit;
    case '<':
      return actual < limit;
    case '≥':
    case '>=':
      return actual >= limit;
    case '>':
      return actual > limit;
    default:
      return undefined;
  }
}

const STRING_GOAL = /^\s*(≤|<=|<|≥|>=|>)\s*(-?\d+(?:\.\d+)?)\s*[×x]?\s*$/;

/** true / false when the goal can be judged, undefined when the row has no judgeable goal. */
export function goalMet(row) {
  if (typeof row.met === 'boolean') return row.met;
  const goal = row.goal;
  if (goal === undefined || goal === null) return undefined;
  if (typeof goal === 'boolean') return goal;
  if (isNum(goal)) return bound('≤', goal, row.ratio);
  if (typeof goal === 'string') {
    const match = STRING_GOAL.exec(goal);
    return match ? bound(match[1], Number(match[2]), row.ratio) : undefined;
  }
  if (typeof goal === 'object') {
    const checks = [];
    if (isNum(goal.maxRatio)) checks.push(bound('≤', goal.maxRatio, row.ratio));
    if (isNum(goal.minRatio)) checks.push(bound('≥', goal.minRatio, row.ratio));
    if (isNum(goal.maxValue)) checks.push(bound('≤', goal.maxValue, row.value));
    if (isNum(goal.minValue)) checks.push(bound('≥', goal.minValue, row.value));
    return checks.length ? checks.every(Boolean) : undefined;
  }
  return undefined;
}

export function goalText(goal) {
  if (goal === undefined || goal === null) return '';
  if (isNum(goal)) return `≤ ${goal}×`;
  if (typeof goal === 'string') return goal;
  if (typeof goal === 'boolean') return String(goal);
  if (typeof goal === 'object') {
    if (typeof goal.text === 'string') return goal.text;
    const parts = [];
    if (isNum(goal.maxValue)) parts.push(`≤ ${goal.maxValue}`);
    if (isNum(goal.minValue)) parts.push(`≥ ${goal.minValue}`);
    if (isNum(goal.maxRatio)) parts.push(`≤ ${goal.maxRatio}×`);
    if (isNum(goal.minRatio)) parts.push(`≥ ${goal.minRatio}×`);
    return parts.join(', ');
  }
  return String(goal);
}

// ---------------------------------------------------------------------------------------------
// Table

function formatNumber(value) {
  if (value === null || value === undefined) return 'n/a';
  if (!isNum(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const digits = Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

const width = (s) => [...s].reduce((w, ch) => w + (/[\u1100-\uffe6]/.test(ch) ? 2 : 1), 0);
const pad = (s, n, right = false) => {
  const fill = ' '.repeat(Math.max(0, n - width(s)));
  return right ? fill + s : s + fill;
};

function printTable(benches) {
  const head = ['group', 'name', 'value', 'unit', 'baseline', 'baseline value', 'ratio', 'goal'];
  const right = new Set([2, 5, 6]);
  const body = [];
  for (const bench of benches) {
    // A bench's errors: a row of their own, under its name.
    const failed = (what) =>
      body.push([bench.file.replace(/\.bench\.ts$/, ''), what, ...head.slice(2).fill('')]);
    if (!bench.results.length) {
      failed(`✗ crashed: ${bench.errors.join('; ')}`);
      continue;
    }
    for (const result of bench.results) {
      for (const row of result.rows) {
        const met = goalMet(row);
        const mark = met === undefined ? '' : met ? '✓ ' : '✗ ';
        const text = goalText(row.goal);
        body.push([
          result.group,
          String(row.name ?? ''),
          formatNumber(row.value),
          String(row.unit ?? ''),
          String(row.baseline ?? ''),
          formatNumber(row.baselineValue),
          row.ratio === null || row.ratio === undefined ? 'n/a' : `${formatNumber(row.ratio)}×`,
          `${mark}${text}`.trim() || (met === undefined ? '' : mark.trim()),
        ]);
      }
    }
    if (!bench.ok && bench.results.length) failed(`✗ ${bench.errors.join('; ')}`);
  }
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i]))));
  const line = (cells) =>
    cells
      .map((c, i) => pad(c, widths[i], right.has(i)))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const files = benchFiles(filters);
  if (!files.length) {
    console.error(
      filters.length ? `no bench matches ${filters.join(', ')}` : 'no bench/*.bench.ts',
    );
    process.exitCode = 1;
    return;
  }
  const started = Date.now();
  const benches = [];
  for (const file of files) {
    let bench;
    try {
      bench = await runBench(file);
    } catch (error) {
      bench = { file, ms: 0, exitCode: null, ok: false, errors: [String(error)], results: [] };
    }
    benches.push(bench);
  }

  header('results', formatDuration(Date.now() - started));
  printTable(benches);

  const crashed = benches.filter((b) => !b.ok);
  const goals = benches.flatMap((b) => b.results.flatMap((r) => r.rows.map(goalMet)));
  const met = goals.filter((g) => g === true).length;
  const missed = goals.filter((g) => g === false).length;
  console.log(
    `\n${benches.length - crashed.length} of ${benches.length} bench(es) ran` +
      (crashed.length ? `; crashed: ${crashed.map((b) => b.file).join(', ')}` : '') +
      `; goals: ${met} met, ${missed} missed`,
  );

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    benches: benches.map((b) => ({
      file: `bench/${b.file}`,
      ok: b.ok,
      ms: b.ms,
      exitCode: b.exitCode,
      errors: b.errors,
      results: b.results.map((r) => ({
        ...r,
        rows: r.rows.map((row) => ({ ...row, met: goalMet(row) ?? null })),
      })),
    })),
  };
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), RESULTS) || RESULTS}`);
  process.exitCode = crashed.length ? 1 : 0;
}

await main();

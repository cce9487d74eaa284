// The examples server that `npm start` runs lives in a process group of its own (so Ctrl-C can end
// its tree), out of reach of a SIGKILL of npm start's group. It must stop with npm start all the
// same: an orphan keeps port 8080, so the next npm start moves to 8081 while the bookmarked 8080
// serves pages whose sandbox is gone.
import { spawn, type ChildProcess } from 'node:child_process';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { root } from '../scripts/lib/families.js';

const children = new Set<ChildProcess>();
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
after(() => {
  for (const child of children)
    if (child.pid && alive(child.pid)) process.kill(-child.pid, 'SIGKILL');
});

describe('the examples server under npm start', () => {
  it('stops when npm start is killed -9 with its process group', async () => {
    // npm start's shape: scripts/lib/examples.mjs starts the server and reports where it listens.
    const parentCode = `
      import { startExamples } from './scripts/lib/examples.mjs';
      const server = await startExamples({ apiBase: 'http://127.0.0.1:9', port: 0 });
      console.log('READY ' + server.child.pid + ' ' + server.url);`;
    const parent = spawn(process.execPath, ['--input-type=module', '-e', parentCode], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(parent);
    let out = '';
    parent.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const deadline = Date.now() + 60_000;
    while (!/READY \d+/.test(out) && Date.now() < deadline) await sleep(100);
    const [, pid, url] = /READY (\d+) (\S+)/.exec(out) ?? [];
    const serverPid = Number(pid);
    assert.ok(serverPid > 0, out);
    assert.equal((await fetch(`${url}/gallery/`)).status, 200);

    process.kill(-parent.pid!, 'SIGKILL'); // npm start's group only: the server has its own
    const killedAt = Date.now();
    while (alive(serverPid) && Date.now() - killedAt < 10_000) await sleep(100);
    const orphaned = alive(serverPid);
    if (orphaned) process.kill(-serverPid, 'SIGKILL');
    assert.ok(!orphaned, 'the examples server outlived npm start and still holds its port');
  });
});

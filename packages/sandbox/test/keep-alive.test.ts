// A load balancer, nginx's upstream keepalive or a Go or Java back end's pool keeps an idle
// connection for a minute and sends its next request on it: the sandbox must not close it first.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, it } from 'node:test';
import { startSandbox } from '../src/index.js';
import type { RunningSandbox } from '../src/index.js';

let sandbox: RunningSandbox;
before(async () => {
  sandbox = await startSandbox({ port: 0, memory: true, quiet: true });
});
after(() => sandbox.close());

function get(agent: http.Agent): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${sandbox.url}/health`, { agent }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, reused: request.reusedSocket }),
      );
    });
    request.on('error', reject);
  });
}

it('keeps an idle keep-alive connection open longer than the 5 s Node closes it after', async () => {
  // A client holding connections longer than the sandbox's Keep-Alive hint (Go and Java ignore it).
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    assert.equal((await get(agent)).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    const second = await get(agent);
    assert.equal(second.status, 200);
    assert.ok(second.reused, 'the second request went on the same connection');
  } finally {
    agent.destroy();
  }
});

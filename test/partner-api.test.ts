// The examples' partner back end (examples/server/src/partner-api.ts) is the token endpoint
// partners copy: what it answers decides what the elements tell the member.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SANDBOX_SECRET_KEY } from '@jiagong/contract';
import { startSandbox, type RunningSandbox } from '@jiagong/sandbox';
import { partnerApi, type PartnerApiOptions } from '../examples/server/src/partner-api.js';

let sandbox: RunningSandbox;
before(async () => {
  sandbox = await startSandbox({ memory: true, port: 0, quiet: true });
});
after(() => sandbox?.close());

const mint = (
  secretKey: string,
  query = '',
  signedInMember?: PartnerApiOptions['signedInMember'],
) =>
  partnerApi({ apiBase: sandbox.url, secretKey, signedInMember }).request(
    `/jiagong-session${query}`,
    { method: 'POST' },
  );

/** Whose session a token is: the member GET /v1/me answers with it. */
const memberOf = async (res: Response) => {
  const { token } = (await res.json()) as { token: string };
  const me = await fetch(`${sandbox.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  return ((await me.json()) as { id: string }).id;
};

describe('the reference token endpoint', () => {
  it('mints a session for the signed-in member', async () => {
    const res = await mint(SANDBOX_SECRET_KEY);
    assert.equal(res.status, 200);
    assert.match(((await res.json()) as { token: string }).token, /^st_/);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });

  it('answers 502, not 401, when the API refuses the back end itself', async () => {
    // A wrong or rotated secret key: the API's 401 is this back end's failure. Passed on as a
    // 401 the elements read it as a signed-out member (登录已失效，请重新打开本页面), which
    // reopening the page never mends; a 502 shows as a service failure with its retry.
    const wrongKey = await mint('sk_test_rotated');
    assert.equal(wrongKey.status, 502);
    assert.equal(wrongKey.headers.get('cache-control'), 'no-store');
    // A member the API does not know is the back end's failure too, not a sign-out.
    assert.equal((await mint(SANDBOX_SECRET_KEY, '', () => 'm_99999')).status, 502);
  });

  it('answers 503, not 429, when the API says to try again later', async () => {
    // Passed on as a 429, the elements read the endpoint's answer as a signed-out member (only a
    // 5xx is a failed back end): 登录已失效，请重新打开本页面 for a rate limit. The API here is the
    // sandbox behind a proxy that asks it for its rate_limited answer (Jiagong-Simulate-Error).
    const simulate = (error: string): Promise<Server> =>
      new Promise((resolve) => {
        const proxy = createServer((req, res) => {
          const chunks: Buffer[] = [];
          req.on('data', (chunk: Buffer) => chunks.push(chunk));
          req.on('end', () => {
            const headers = new Headers(req.headers as Record<string, string>);
            headers.set('jiagong-simulate-error', error);
            headers.delete('host');
            void fetch(`${sandbox.url}${req.url}`, {
              method: req.method!,
              headers,
              body: chunks.length ? Buffer.concat(chunks) : null,
            }).then(async (answer) => {
              res.writeHead(answer.status, Object.fromEntries(answer.headers));
              res.end(Buffer.from(await answer.arrayBuffer()));
            });
          });
        });
        proxy.listen(0, '127.0.0.1', () => resolve(proxy));
      });
    for (const [error, status] of [
      ['rate_limited', 503],
      ['service_unavailable', 503],
      ['internal_error', 502],
    ] as const) {
      const proxy = await simulate(error);
      try {
        const apiBase = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
        const res = await partnerApi({ apiBase, secretKey: SANDBOX_SECRET_KEY }).request(
          '/jiagong-session',
          { method: 'POST' },
        );
        assert.equal(res.status, status, error);
        assert.equal(res.headers.get('cache-control'), 'no-store');
      } finally {
        proxy.close();
      }
    }
  });

  it("mints for the member its login names, never one the request's URL asks for", async () => {
    // It took ?member= (a gallery convenience) before its login: a partner who copied it
    // minted a session for any member id anyone put in the URL.
    const asked = await mint(SANDBOX_SECRET_KEY, '?member=m_1002');
    assert.equal(asked.status, 200);
    assert.equal(await memberOf(asked), 'm_1001', 'the URL picked the member');
    assert.equal(await memberOf(await mint(SANDBOX_SECRET_KEY, '', () => 'm_1002')), 'm_1002');
    // Nobody signed in: 401, the elements' signed-out state.
    const nobody = await mint(SANDBOX_SECRET_KEY, '', () => undefined);
    assert.equal(nobody.status, 401);
    assert.equal(nobody.headers.get('cache-control'), 'no-store');
  });
});

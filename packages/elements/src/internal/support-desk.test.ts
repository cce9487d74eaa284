// The path of a member's phone call to the partner's hotline (docs/troubleshooting.md): the error
// state shows the request id the member reads out, the page's jg-error carries it with the code
// and status (and never the member's session token), and the page can read every answer's
// X-Request-Id across origins, successes included (the sandbox exposes it through CORS).
import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@jiagong/client';
import '../provider/index.js';
import '../member-card/index.js';
import { PUBLISHABLE_KEY, sandboxUrl, waitUntil } from '../../test/support/test-helpers.js';

describe('from a member’s call to the request', function () {
  this.timeout(30_000);

  it('the page reads the request id of a success and of a failure across origins', async () => {
    expect(new URL(sandboxUrl()).origin).not.to.equal(location.origin);
    const seen: (string | undefined)[] = [];
    const client = createClient({
      baseUrl: sandboxUrl(),
      publishableKey: PUBLISHABLE_KEY,
      retry: 0,
      hooks: { afterResponse: ({ requestId }) => void seen.push(requestId) },
    });
    await client.services.list();
    expect(seen[0]).to.match(/^req_[0-9a-f]{20}$/);
    const error = (await client.mall.products.get('prd_missing').catch((e: unknown) => e)) as {
      requestId?: string;
    };
    // The header (what the hooks read) and the error body name the same request.
    expect(seen[1]).to.match(/^req_/);
    expect(error.requestId).to.equal(seen[1]);
  });

  it('a refused session: 问题编号 on screen, and jg-error with code, status and id, no token', async () => {
    const token = 'st_refused_by_the_api_0123456789';
    const errors: unknown[] = [];
    const listener = (event: Event) =>
      errors.push({
        error: (event as CustomEvent<{ error: unknown }>).detail.error,
        from: (event.composedPath()[0] as Element).localName,
      });
    document.addEventListener('jg-error', listener);
    try {
      const provider = await fixture(
        html`<jg-provider
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
          .getSessionToken=${async () => ({ token })}
          ><jg-member-card></jg-member-card
        ></jg-provider>`,
      );
      const card = provider.querySelector('jg-member-card')!;
      await waitUntil(() => errors.length > 0, 'no jg-error', { timeout: 15_000 });
      const { error, from } = errors[0] as {
        error: { name: string; code: string; status: number; requestId: string };
        from: string;
      };
      expect(from).to.equal('jg-member-card');
      expect(error.name).to.equal('AuthError');
      expect(error.status).to.equal(401);
      expect(error.code).to.be.a('string').and.not.equal('');
      expect(error.requestId).to.match(/^req_[0-9a-f]{20}$/);
      await waitUntil(() => card.shadowRoot!.textContent!.includes(`问题编号：${error.requestId}`));
      // Whatever a reporter serialises of the error holds no credential.
      const own = Object.getOwnPropertyNames(error).map((key) =>
        String((error as unknown as Record<string, unknown>)[key]),
      );
      expect(JSON.stringify(error) + own.join(' ')).not.to.contain(token);
      expect(JSON.stringify(error) + own.join(' ')).not.to.contain(PUBLISHABLE_KEY);
    } finally {
      document.removeEventListener('jg-error', listener);
    }
  });
});

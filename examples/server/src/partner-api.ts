// The partner back end every example talks to: what a bank or an employer runs next to its web
// app. It holds the secret key, identifies the member its own way (here: a demo cookie set by
// the member picker) and mints a 15-minute member session for the browser. The browser only
// ever sees the publishable key and that session token.
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { createServerClient, isApiError } from '@jiagong/client';

export const DEMO_MEMBER_COOKIE = 'jg_demo_member';
export const DEFAULT_MEMBER = 'm_1001';
const MEMBER_ID = /^m_\d{1,8}$/;

export interface PartnerApiOptions {
  /** The Jiagong API (the sandbox) this back end calls. */
  apiBase: string;
  /** The partner's secret key; never sent to a browser. */
  secretKey: string;
  /**
   * The Jiagong member id of the user signed in to the partner's app, from the partner's own
   * login (its session, its user record); undefined when nobody is. Never from the request's
   * URL or body, which anyone can write. The demo's login is the member picker's cookie.
   */
  signedInMember?: (c: Context) => string | undefined;
}

/** The demo's stand-in for a login: the member picker's httpOnly cookie, else m_1001. */
export const demoMember = (c: Context): string => {
  const picked = getCookie(c, DEMO_MEMBER_COOKIE);
  return picked && MEMBER_ID.test(picked) ? picked : DEFAULT_MEMBER;
};

export function partnerApi({
  apiBase,
  secretKey,
  signedInMember = demoMember,
}: PartnerApiOptions): Hono {
  const jiagong = createServerClient({ baseUrl: apiBase, secretKey });
  const api = new Hono();

  /** The `token-endpoint` of the examples: `{ token, expiresAt }` for the signed-in member. */
  api.on(['GET', 'POST'], '/jiagong-session', async (c) => {
    const memberId = signedInMember(c);
    // Nobody signed in: the elements show their signed-out state.
    if (!memberId) return c.json({ error: 'not signed in' }, 401, { 'cache-control': 'no-store' });
    try {
      const { token, expiresAt } = await jiagong.sessions.create({ memberId });
      return c.json({ token, expiresAt }, 200, { 'cache-control': 'no-store' });
    } catch (error) {
      // The API refusing this back end (a wrong or rotated secret key: 401, a module not enabled:
      // 403) is the back end's failure, not the member's: answered as is, the elements would
      // read it as a signed-out member (登录已失效，请重新打开本页面), which reopening the page
      // never mends. A 5xx is a failed back end: the member sees 系统繁忙，请稍后再试 with 重试,
      // and this endpoint's logs and the elements' jg-error (`token endpoint answered 502 without
      // a token`) say what failed. The API's "try again later" (429 too, which the elements
      // would also take for a sign-out) is a 503; anything else a 502.
      const status = isApiError(error) && [429, 503].includes(error.status) ? 503 : 502;
      return c.json({ error: 'could not mint a session' }, status, {
        'cache-control': 'no-store',
      });
    }
  });

  /** The sandbox's test members, for the demo member picker. */
  api.get('/members', async (c) => {
    const members = await jiagong.sandbox.members();
    const current = getCookie(c, DEMO_MEMBER_COOKIE) ?? DEFAULT_MEMBER;
    return c.json({ current, members: members.data }, 200, { 'cache-control': 'no-store' });
  });

  /** The member picker "signs in" as a test member: the demo's stand-in for a login. */
  api.post('/demo-member', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { memberId?: unknown };
    const memberId = typeof body.memberId === 'string' ? body.memberId : '';
    if (!MEMBER_ID.test(memberId)) return c.json({ error: 'memberId like m_1001 expected' }, 400);
    setCookie(c, DEMO_MEMBER_COOKIE, memberId, { path: '/', httpOnly: true, sameSite: 'Lax' });
    return c.json({ memberId });
  });

  return api;
}

import { expect, html } from '@open-wc/testing';
import '../provider/index.js';
import '../courses/index.js';
import type { JgCourses } from '../courses/courses.js';
import {
  clientFixture,
  guardWebStorage,
  heldFetch,
  sandboxClient,
  waitUntil,
} from '../../test/support/test-helpers.js';

const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const card = (el: Element, title: string) =>
  parts(el, 'course').find((c) => text(c.querySelector('[part~="title"]')) === title)!;

const POLICY = '新嘉兴人子女入学政策解读';

describe('Pages (content-shared)', function () {
  this.timeout(30_000);

  guardWebStorage({ resetSandbox: true });

  it('appends a load more onto the list as it is when it lands, not as it was when pressed', async () => {
    // 加载更多 on a slow network, then 报名 on a course above, answered first: the seats and
    // 已报名 it brought must stay once the next page comes in.
    const network = heldFetch((request) => new URL(request.url).searchParams.has('cursor'));
    const el = await clientFixture<JgCourses>(
      sandboxClient('m_1002', { fetch: network }),
      html`<jg-courses page-size="5"></jg-courses>`,
    );
    await waitUntil(() => !!card(el, POLICY), 'the first page');
    const seats = () => text(card(el, POLICY).querySelector('[part~="seats"]'));
    const before = seats();
    parts(el, 'load-more')[0]!.click();
    await waitUntil(() => network.held() === 1, 'the next page asked');
    card(el, POLICY).querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!.click();
    await waitUntil(() => !!card(el, POLICY).querySelector('[part~="signed-up"]'), '已报名');
    const after = seats();
    expect(after).to.not.equal(before);
    network.release();
    await waitUntil(() => parts(el, 'course').length === 10, 'the next page');
    await el.updateComplete;
    // Without the fix: back to 报名 and the seats before the sign-up.
    expect(card(el, POLICY).querySelector('[part~="signed-up"]'), '已报名').to.not.equal(null);
    expect(seats()).to.equal(after);
  });
});

import { leaveAndComeBack } from '../../test/support/page-visibility.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { expectNoZoomingFields, expectWithin } from '../../test/support/phone-layout.js';
import { applyForcedColorRules, systemColor } from '../../test/support/forced-colors.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ClientOptions } from '@jiagong/client';
import type { Order, Product } from '@jiagong/contract';
import '../provider/index.js';
import './index.js';
import './en.js';
import type { JgMallProduct } from './mall-product.js';
import type { JgRedeemDetail } from './events.js';
import {
  clientFixture,
  expectFocusKeptElsewhereDuringRetry,
  guardWebStorage,
  heldFetch,
  isLoading,
  lostFirstOrderAnswer,
  offlineThenSlow,
  providerFixture,
  rewritingFetch,
  sandboxClient,
  sandboxControl,
  shadowText,
  sleep,
  switchableNetwork,
  waitUntil,
} from '../../test/support/test-helpers.js';

const root = (el: Element) => el.shadowRoot!;
const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  root(el).querySelector<E>(`[part~="${name}"]`);
const dialog = (el: Element) => root(el).querySelector('dialog')!;
const field = (el: Element, id: string) =>
  root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
const errorOf = (el: Element, id: string) => shadowText(el, `#${id}-error`);

async function balanceOf(memberId: string): Promise<number> {
  return (await sandboxClient(memberId).me.points.get()).balance;
}

async function ordersOf(memberId: string): Promise<Order[]> {
  return (await sandboxClient(memberId).me.orders.list({ limit: 100 })).data;
}

/** A product view for a member, with a client whose requests the test can see. */
async function productFor(
  memberId: string,
  productId: string,
  options: Partial<ClientOptions> = {},
  template = html`<jg-mall-product product-id=${productId}></jg-mall-product>`,
) {
  const client = sandboxClient(memberId, options);
  const el = await clientFixture<JgMallProduct>(client, template);
  await waitUntil(() => part(el, 'name') || part(el, 'error') || part(el, 'empty'), 'loaded');
  // The balance arrives with the product; wait for the form to know it.
  await waitUntil(() => el.balance !== undefined || !!part(el, 'error') || !!part(el, 'empty'));
  await el.updateComplete;
  return { el, client };
}

function setValue(el: Element, id: string, value: string) {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
}

/** The address in its parts, and the one string the API receives. */
const ADDRESS = [
  ['province', '浙江省'],
  ['city', '嘉兴市'],
  ['district', '南湖区'],
  ['address', '测试路 1 号'],
] as const;
const FULL_ADDRESS = '浙江省嘉兴市南湖区测试路 1 号';

async function fillDelivery(el: JgMallProduct, mobile = '13800138000') {
  setValue(el, 'recipient', '测试人');
  setValue(el, 'mobile', mobile);
  for (const [id, value] of ADDRESS) setValue(el, id, value);
  await el.updateComplete;
}

async function openConfirmation(el: JgMallProduct) {
  part<HTMLButtonElement>(el, 'redeem-button')!.click();
  await waitUntil(() => dialog(el).open, 'confirmation open');
  await el.updateComplete;
}

const orderPosts = (requests: string[]) => requests.filter((r) => r === 'POST /v1/me/orders');

describe('jg-mall-product', function () {
  this.timeout(60_000);

  guardWebStorage({ resetSandbox: true });

  it('keeps the mobile number after a right-to-left recipient name in the confirmation', async () => {
    // An Arabic or Hebrew name pulls the digits after it into its right-to-left run: the
    // confirmation showed the number before the name (13800138000 · سارة).
    const { el } = await productFor('m_1001', 'prd_0001');
    await fillDelivery(el);
    setValue(el, 'recipient', 'سارة');
    await el.updateComplete;
    await openConfirmation(el);
    const row = [...dialog(el).querySelectorAll('dd')].find((dd) =>
      dd.textContent!.includes('سارة'),
    )!;
    /** The left edges of the characters of `text` in the row. */
    const lefts = (text: string) => {
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue!.indexOf(text);
        if (at < 0) continue;
        return [...text].map((_, i) => {
          const range = document.createRange();
          range.setStart(node, at + i);
          range.setEnd(node, at + i + 1);
          return range.getBoundingClientRect().left;
        });
      }
      throw new Error(`"${text}" is not in the row`);
    };
    expect(Math.min(...lefts('13800138000')), row.textContent!).to.be.greaterThan(
      Math.max(...lefts('سارة')),
    );
  });

  describe('detail', () => {
    it('shows images, name, price, stock, limit, fulfilment and the description', async () => {
      const { el } = await productFor('m_1001', 'prd_0001');
      expect(shadowText(el, '[part="name"]')).to.equal('嘉工卡定制保温杯 500ml');
      expect(shadowText(el, '[part="price"]')).to.contain('1,200');
      const facts = shadowText(el, '[part="facts"]');
      expect(facts).to.contain('库存 200');
      expect(facts).to.contain('每人限兑 2');
      expect(facts).to.contain('快递配送');
      expect(shadowText(el, '[part="description"]')).to.contain('兑换成功后 3 个工作日内发货');
      const image = part<HTMLImageElement>(el, 'image')!;
      expect(image.alt).to.contain('嘉工卡定制保温杯');
      expect(image.getAttribute('width')).to.equal('800');
      expect(image.getAttribute('height')).to.equal('600');
      await expect(el).to.be.accessible();
    });

    it('switches images with thumbnail buttons', async () => {
      // Find a product with several images.
      const page = await sandboxClient(null).mall.products.list({ limit: 100 });
      const product = page.data.find((p) => p.images.length > 1)!;
      const { el } = await productFor('m_1001', product.id);
      const thumbnails = [...root(el).querySelectorAll<HTMLButtonElement>('[part="thumbnail"]')];
      expect(thumbnails.length).to.equal(product.images.length);
      expect(thumbnails[0]!.getAttribute('aria-pressed')).to.equal('true');
      expect(thumbnails[1]!.getAttribute('aria-label')).to.equal(
        `查看第 2 张图片，共 ${product.images.length} 张`,
      );
      thumbnails[1]!.click();
      await el.updateComplete;
      expect(part<HTMLImageElement>(el, 'image')!.src).to.equal(product.images[1]);
      expect(thumbnails[1]!.getAttribute('aria-pressed')).to.equal('true');
      // In forced colours (Windows high contrast) the shown picture's frame is the highlight, not
      // a primary border drawn like every other thumbnail's.
      applyForcedColorRules(root(el));
      const fill = (node: Element) => getComputedStyle(node).backgroundColor;
      expect(fill(thumbnails[1]!)).to.equal(systemColor('Highlight'));
      expect(fill(thumbnails[0]!)).not.to.equal(systemColor('Highlight'));
    });

    it('drops the previous picture at once when a thumbnail is tapped on a slow network', async () => {
      const page = await sandboxClient(null).mall.products.list({ limit: 100 });
      const product = page.data.find((p) => p.images.length > 1)!;
      const { el } = await productFor('m_1001', product.id);
      const image = () => part<HTMLImageElement>(el, 'image')!;
      const first = image();
      await waitUntil(() => first.complete && first.naturalWidth > 0, 'first picture shown');
      root(el).querySelectorAll<HTMLButtonElement>('[part="thumbnail"]')[1]!.click();
      await el.updateComplete;
      // An <img> whose src changes keeps painting its picture until the new one has arrived (the
      // HTML "pending request"): on a slow network the tap seemed to do nothing. A new element
      // shows its placeholder at once.
      expect(image()).not.to.equal(first);
      expect(first.isConnected).to.equal(false);
      expect(image().getAttribute('src')).to.equal(product.images[1]);
      expect(root(el).querySelectorAll('[part="image"]')).to.have.length(1);
    });

    it('shows the whole focus ring of a thumbnail inside their scroller', async () => {
      const page = await sandboxClient(null).mall.products.list({ limit: 100 });
      const product = page.data.find((p) => p.images.length > 1)!;
      const { el } = await productFor('m_1001', product.id);
      part(el, 'back-button')!.focus();
      await sendKeys({ press: 'Tab' });
      const thumbnail = root(el).activeElement as HTMLElement;
      expect(thumbnail.getAttribute('part')).to.equal('thumbnail');
      const style = getComputedStyle(thumbnail);
      const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      expect(ring).to.be.greaterThan(0);
      const box = thumbnail.getBoundingClientRect();
      const port = thumbnail.parentElement!.getBoundingClientRect();
      expect(box.top - ring, 'top').to.be.at.least(port.top);
      expect(box.bottom + ring, 'bottom').to.be.at.most(port.bottom);
      expect(box.left - ring, 'left').to.be.at.least(port.left);
    });

    it('shows points + cash and a sold-out product that cannot be redeemed', async () => {
      const { el } = await productFor('m_1001', 'prd_0005');
      expect(shadowText(el, '[part="price"]')).to.contain('¥99.00');
      const { el: soldOut } = await productFor('m_1001', 'prd_0003');
      const button = part<HTMLButtonElement>(soldOut, 'redeem-button')!;
      expect(button.disabled).to.equal(true);
      expect(button.textContent!.trim()).to.equal('已兑完');
      expect(part(soldOut, 'quantity')).to.equal(null);
      await expect(soldOut).to.be.accessible();
    });

    it('renders the description as text, never as HTML', async () => {
      const { el } = await productFor('m_1001', 'prd_0002', {
        fetch: rewritingFetch((path, body) =>
          path === '/v1/mall/products/prd_0002'
            ? {
                ...(body as Product),
                description: '<img src=x onerror="window.__pwned=1"><b>粗体</b>\n第二行',
              }
            : undefined,
        ),
      });
      const description = part(el, 'description')!;
      expect(description.querySelector('img, b')).to.equal(null);
      expect(description.textContent).to.contain('<b>粗体</b>');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('wraps a name longer than a phone is wide instead of widening the view', async () => {
      const name = `Jiagong${'X'.repeat(120)}`;
      const { el } = await productFor(
        'm_1001',
        'prd_0002',
        {
          fetch: rewritingFetch((path, body) =>
            path === '/v1/mall/products/prd_0002' ? { ...(body as Product), name } : undefined,
          ),
        },
        html`<jg-mall-product product-id="prd_0002" style="width: 320px"></jg-mall-product>`,
      );
      expect(part(el, 'name')!.textContent).to.equal(name);
      const right = el.getBoundingClientRect().right;
      for (const name of ['name', 'facts', 'redeem-button']) {
        expect(part(el, name)!.getBoundingClientRect().right, name).to.be.at.most(right);
      }
      // The confirmation repeats the name.
      await openConfirmation(el);
      const box = dialog(el).getBoundingClientRect();
      expect(dialog(el).scrollWidth).to.be.at.most(dialog(el).clientWidth);
      // Its edge is a shadow, which forced colours (Windows high contrast) drop: an outline,
      // transparent until they paint it, keeps it apart from the page there.
      const edge = getComputedStyle(dialog(el));
      expect([edge.outlineStyle, edge.outlineWidth]).to.deep.equal(['solid', '1px']);
      expect(part(el, 'confirm-button')!.getBoundingClientRect().right).to.be.at.most(box.right);
    });

    it('keeps the quantity stepper inside a 320 or 360 px mall on a wide page', async () => {
      // A wide page shows the product in two columns, each half of a narrow mall: the stepper
      // (two 40 px buttons and a five-character field) must fit half of 320 or 360 px.
      await setViewport({ width: 1024, height: 768 });
      try {
        for (const width of [320, 360]) {
          for (const senior of [false, true]) {
            const { el } = await productFor(
              'm_1001',
              'prd_0001',
              {},
              html`<jg-mall-product
                product-id="prd_0001"
                ?senior=${senior}
                style="width: ${width}px"
              ></jg-mall-product>`,
            );
            expect(part(el, 'quantity')!.getBoundingClientRect().width, `${width}`).to.be.above(0);
            expectWithin(el);
          }
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('limits the quantity to stock and the per-member limit', async () => {
      const { el } = await productFor('m_1001', 'prd_0001');
      const [minus, plus] = [...part(el, 'quantity')!.querySelectorAll('button')];
      expect(minus!.disabled).to.equal(true);
      plus!.click();
      await el.updateComplete;
      expect(field(el, 'quantity').value).to.equal('2');
      expect(plus!.disabled).to.equal(true);
      setValue(el, 'quantity', '5');
      await el.updateComplete;
      expect(errorOf(el, 'quantity')).to.equal('兑换数量应为 1 到 2 之间的整数');
      expect(field(el, 'quantity').getAttribute('aria-invalid')).to.equal('true');
    });

    // The range read 可兑换 1–2 件: Chinese speech (TalkBack's TTS) does not read the en dash
    // as a range, so a member listening heard 一 二 with nothing between; English, 'one two'.
    it('says how many may be redeemed, in words a screen reader says as a range', async () => {
      const two = (await productFor('m_1001', 'prd_0001')).el;
      expect(shadowText(two, '#quantity-hint')).to.equal('可兑换 1 到 2 件');
      const twoEn = (
        await productFor(
          'm_1001',
          'prd_0001',
          {},
          html`<jg-mall-product product-id="prd_0001" locale="en"></jg-mall-product>`,
        )
      ).el;
      expect(shadowText(twoEn, '#quantity-hint')).to.equal('You can redeem 1 to 2');
      const one = (await productFor('m_1001', 'prd_0005')).el;
      expect(shadowText(one, '#quantity-hint')).to.equal('限兑 1 件');
      const en = (
        await productFor(
          'm_1001',
          'prd_0005',
          {},
          html`<jg-mall-product product-id="prd_0005" locale="en"></jg-mall-product>`,
        )
      ).el;
      expect(shadowText(en, '#quantity-hint')).to.equal('You can redeem 1');
    });

    it('lines the quantity box up with its − and + buttons', async () => {
      const { el } = await productFor('m_1001', 'prd_0001');
      const [minus, plus] = [...part(el, 'quantity')!.querySelectorAll('button')];
      const box = field(el, 'quantity').getBoundingClientRect();
      for (const button of [minus!, plus!]) {
        const { top, bottom } = button.getBoundingClientRect();
        expect(box.top).to.be.closeTo(top, 0.5);
        expect(box.bottom).to.be.closeTo(bottom, 0.5);
      }
    });
  });

  describe('delivery details', () => {
    it('sets its quantity and delivery fields at 16 px at least, which iOS does not zoom into', async () => {
      const { el } = await productFor('m_1001', 'prd_0006');
      // The quantity, recipient, mobile number and the address's four parts.
      expectNoZoomingFields(root(el), 7);
    });

    it('shows inline messages, focuses the first invalid field and validates the mobile number', async () => {
      const { el } = await productFor('m_1001', 'prd_0006');
      part<HTMLButtonElement>(el, 'redeem-button')!.click();
      await el.updateComplete;
      await sleep(20);
      expect(dialog(el).open).to.equal(false);
      expect(errorOf(el, 'recipient')).to.equal('请填写此项');
      expect(errorOf(el, 'mobile')).to.equal('请填写手机号');
      expect(errorOf(el, 'province')).to.equal('请填写此项');
      expect(errorOf(el, 'city')).to.equal('请填写此项');
      // Some cities (东莞市, 中山市) have no district.
      expect(errorOf(el, 'district')).to.equal('');
      expect(errorOf(el, 'address')).to.equal('请填写此项');
      const recipient = field(el, 'recipient');
      expect(root(el).activeElement).to.equal(recipient);
      expect(recipient.getAttribute('aria-invalid')).to.equal('true');
      expect(recipient.getAttribute('aria-describedby')).to.equal('recipient-error');
      await expect(el).to.be.accessible();

      await fillDelivery(el, '12345');
      expect(errorOf(el, 'mobile')).to.equal('手机号应为 11 位数字');
      setValue(el, 'mobile', '12345678901');
      await el.updateComplete;
      expect(errorOf(el, 'mobile')).to.equal('手机号格式不正确');
      setValue(el, 'mobile', '+86 138-0013-8000');
      await el.updateComplete;
      expect(errorOf(el, 'mobile')).to.equal('');
      await openConfirmation(el);
      // The confirmation shows the normalised number and the balance after redemption.
      const summary = shadowText(el, 'dialog .summary-list');
      expect(summary).to.contain('13800138000');
      expect(summary).to.contain(FULL_ADDRESS);
      expect(summary).to.contain('兑换后积分 12,300');
      expect(summary).to.contain('当前积分 12,800');
      await expect(el).to.be.accessible();
    });

    it('takes a mobile number pasted from a chat whole, with its label and note', async () => {
      const { el } = await productFor('m_1001', 'prd_0006');
      await fillDelivery(el, '');
      const box = field(el, 'mobile');
      box.focus();
      // A paste is one edit, which maxlength cuts short (a 20 cut this one at …0013 80).
      document.execCommand('insertText', false, '手机号码：+86 138 0013 8000（微信同号）');
      box.dispatchEvent(new Event('blur'));
      await el.updateComplete;
      expect(box.value).to.equal('手机号码：+86 138 0013 8000（微信同号）');
      expect(errorOf(el, 'mobile')).to.equal('');
      await openConfirmation(el);
      expect(shadowText(el, 'dialog .summary-list')).to.contain('13800138000');
    });

    it('takes details a password manager filled in without keys (change, no input)', async () => {
      const { el } = await productFor('m_1001', 'prd_0006');
      // Chrome's autofill sends `input` and `change`; password managers and some keyboards'
      // suggestions only `change`.
      for (const [id, value] of [
        ['recipient', '测试人'],
        ['mobile', '13800138000'],
        ...ADDRESS,
      ] as const) {
        const box = field(el, id);
        box.value = value;
        box.dispatchEvent(new Event('change', { bubbles: true }));
        box.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      }
      await el.updateComplete;
      for (const id of ['recipient', 'mobile', 'province', 'city', 'address']) {
        expect(errorOf(el, id)).to.equal('');
      }
      part<HTMLButtonElement>(el, 'redeem-button')!.click();
      await el.updateComplete;
      expect(errorOf(el, 'recipient')).to.equal('');
      await waitUntil(() => dialog(el).open, 'confirmation open');
      await el.updateComplete;
      expect(shadowText(el, 'dialog .summary-list')).to.contain('测试人');
    });

    it('orders to the whole address when the browser autofills a saved Chinese address', async () => {
      // What Chrome's address autofill does with a saved 浙江省 嘉兴市 南湖区 中山路 1 号 profile:
      // each box gets the part its autocomplete token names, then `input` and `change`. A lone
      // street-address box got 中山路 1 号 alone, and the order shipped without 省/市/区.
      const profile: Record<string, string> = {
        name: '沈嘉禾',
        'tel-national': '13957300001',
        'address-level1': '浙江省',
        'address-level2': '嘉兴市',
        'address-level3': '南湖区',
        'street-address': '中山路 1 号',
      };
      const { el } = await productFor('m_1001', 'prd_0006');
      const boxes = root(el).querySelectorAll<HTMLInputElement>('[part~="field"]');
      for (const box of boxes) {
        const value = profile[box.autocomplete];
        if (value === undefined) continue;
        box.value = value;
        box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
      await el.updateComplete;
      await openConfirmation(el);
      expect(shadowText(el, 'dialog .summary-list')).to.contain('浙江省嘉兴市南湖区中山路 1 号');
      // The body about to be sent (cancelled: no order is placed).
      let sent: JgRedeemDetail | undefined;
      el.addEventListener('jg-redeem', (e) => {
        sent = e.detail;
        e.preventDefault();
      });
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => sent, 'jg-redeem');
      expect(sent!.delivery!.address).to.equal('浙江省嘉兴市南湖区中山路 1 号');
      // Read aloud and tabbed through in the order the address is written.
      expect([...boxes].map((box) => box.id)).to.deep.equal([
        'recipient',
        'mobile',
        'province',
        'city',
        'district',
        'address',
      ]);
      expect(root(el).querySelector('#province')!.closest('fieldset')!.textContent).to.contain(
        '收货地址',
      );
    });
  });

  describe('redemption', () => {
    it('redeems once, then shows the order and updates balance and stock', async () => {
      const { el, client } = await productFor('m_1001', 'prd_0006');
      await fillDelivery(el);
      await openConfirmation(el);
      setTimeout(() => part<HTMLButtonElement>(el, 'confirm-button')!.click());
      const { detail } = await oneEvent(el, 'jg-order-created');
      expect(detail.order.productId).to.equal('prd_0006');
      expect(detail.order.pointsTotal).to.equal(500);
      expect(detail.order.balanceAfter).to.equal(12_300);
      expect(detail.order.delivery?.mobileMasked).to.equal('138****8000');
      await waitUntil(() => part(el, 'success'), 'success panel');
      expect(shadowText(el, '[part="success"]')).to.contain('已消耗 500 积分，剩余 12,300 积分');
      expect(root(el).activeElement?.id).to.equal('success-title');
      expect(el.balance).to.equal(12_300);
      expect(shadowText(el, '[part="facts"]')).to.contain('库存 299');
      expect(dialog(el).open).to.equal(false);
      expect(orderPosts(client.requests)).to.have.length(1);
      expect(await balanceOf('m_1001')).to.equal(12_300);
      await expect(el).to.be.accessible();
    });

    it('shows the redemption code of a virtual product', async () => {
      const { el } = await productFor('m_1002', 'prd_0002');
      await openConfirmation(el);
      expect(shadowText(el, 'dialog .summary-list')).to.contain('兑换后积分 100');
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => part(el, 'success'), 'success');
      expect(shadowText(el, '[part="success"] .code')).to.match(/兑换码: \d{12}/);
    });

    it('fires a cancelable jg-redeem with the attempt before submitting', async () => {
      const { el, client } = await productFor('m_1001', 'prd_0002');
      await openConfirmation(el);
      el.addEventListener('jg-redeem', (event) => event.preventDefault(), { once: true });
      setTimeout(() => part<HTMLButtonElement>(el, 'confirm-button')!.click());
      const event = await oneEvent(el, 'jg-redeem');
      expect(event.cancelable).to.equal(true);
      expect(event.detail).to.include({ productId: 'prd_0002', quantity: 1, pointsTotal: 100 });
      expect(event.detail.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
      await sleep(100);
      expect(orderPosts(client.requests)).to.have.length(0);
      expect(dialog(el).open).to.equal(true);
      expect(await balanceOf('m_1001')).to.equal(12_800);
    });

    it('charges once on a double click', async () => {
      const keys: string[] = [];
      const { el, client } = await productFor('m_1001', 'prd_0002', {
        hooks: {
          beforeRequest: (request) => {
            if (request.method === 'POST') keys.push(request.headers['idempotency-key']!);
          },
        },
      });
      await openConfirmation(el);
      const confirm = part<HTMLButtonElement>(el, 'confirm-button')!;
      confirm.click();
      confirm.click();
      confirm.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
      // While in flight the button is disabled.
      await el.updateComplete;
      expect(confirm.disabled).to.equal(true);
      await waitUntil(() => part(el, 'success'), 'success');
      expect(orderPosts(client.requests)).to.have.length(1);
      expect(keys).to.have.length(1);
      expect(await balanceOf('m_1001')).to.equal(12_700);
      expect((await ordersOf('m_1001')).filter((o) => o.productId === 'prd_0002')).to.have.length(
        1,
      );
    });

    it('keeps focus in the confirmation when a submit fails, on 重试', async () => {
      const { el } = await productFor('m_1001', 'prd_0002', {
        retry: 0,
        fetch: (input, init) =>
          new Request(input, init).method === 'POST'
            ? // Long enough in flight for the page to render the disabled button.
              sleep(300).then(() => Promise.reject(new TypeError('Failed to fetch')))
            : fetch(input, init),
      });
      await openConfirmation(el);
      const confirm = part<HTMLButtonElement>(el, 'confirm-button')!;
      confirm.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'failure'), 'failure shown');
      await el.updateComplete;
      await sleep(50);
      const focused = root(el).activeElement;
      expect(focused?.getAttribute('part'), 'focus').to.equal('confirm-button');
      expect(focused!.textContent!.trim()).to.equal('重试');
      expect(await balanceOf('m_1001')).to.equal(12_800);
    });

    it('retries a submit whose answer was lost with the same key and charges once', async () => {
      // The server does create the order; the member's phone never hears back.
      const { keys, fetch: losing } = lostFirstOrderAnswer();
      const { el } = await productFor('m_1001', 'prd_0002', { retry: 0, fetch: losing });
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => dialog(el).querySelector('[part="failure"]'), 'failure shown');
      expect(shadowText(el, 'dialog [part="failure"]')).to.contain('未能确认兑换结果');
      const retry = part<HTMLButtonElement>(el, 'confirm-button')!;
      expect(retry.textContent!.trim()).to.equal('重试');
      expect(await balanceOf('m_1001')).to.equal(12_700);
      await expect(el).to.be.accessible();

      // Closing and reopening the same redemption keeps the attempt and its key.
      root(el).querySelector<HTMLButtonElement>('.dialog-actions .jg-button:not([part])')!.click();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => part(el, 'success'), 'success after retry');
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(await balanceOf('m_1001')).to.equal(12_700);
      expect((await ordersOf('m_1001')).filter((o) => o.productId === 'prd_0002')).to.have.length(
        1,
      );

      // A new redemption is a new attempt with a new key.
      part<HTMLButtonElement>(el, 'success')!.querySelectorAll('button')[1]!.click();
      await el.updateComplete;
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => part(el, 'success'), 'second success');
      expect(keys).to.have.length(3);
      expect(keys[2]).not.to.equal(keys[0]);
      expect(await balanceOf('m_1001')).to.equal(12_600);
    });

    it('keeps the key of a lost answer when the member reopens the confirmation twice before retrying', async () => {
      const { keys, fetch: losing } = lostFirstOrderAnswer();
      const { el } = await productFor('m_1001', 'prd_0002', { retry: 0, fetch: losing });
      const cancel = async () => {
        root(el)
          .querySelector<HTMLButtonElement>('.dialog-actions .jg-button:not([part])')!
          .click();
        await el.updateComplete;
        expect(dialog(el).open).to.equal(false);
      };
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => dialog(el).querySelector('[part="failure"]'), 'failure shown');
      expect(await balanceOf('m_1001')).to.equal(12_700);
      // An older member unsure what happened: 取消, 立即兑换, 取消 again, then 立即兑换 and confirm.
      await cancel();
      await openConfirmation(el);
      await cancel();
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => part(el, 'success'), 'success after retry');
      expect(keys).to.have.length(2);
      expect(keys[1], 'the same attempt').to.equal(keys[0]);
      expect(await balanceOf('m_1001')).to.equal(12_700);
      expect((await ordersOf('m_1001')).filter((o) => o.productId === 'prd_0002')).to.have.length(
        1,
      );
    });

    it('explains insufficient points and refreshes the balance', async () => {
      const { el } = await productFor('m_1001', 'prd_0006');
      await fillDelivery(el);
      // The balance changed elsewhere after the page loaded.
      await sandboxControl('members/m_1001/points', { balance: 100 });
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => dialog(el).querySelector('[part="failure"]'), 'failure');
      const failure = dialog(el).querySelector('[part="failure"]')!;
      expect(failure.getAttribute('data-code')).to.equal('insufficient_points');
      expect(failure.getAttribute('role')).to.equal('alert');
      expect(failure.textContent).to.contain('积分不足');
      expect(part(el, 'confirm-button')).to.equal(null);
      await waitUntil(() => el.balance === 100, 'balance refreshed');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.dialog-actions .jg-button')!.click();
      await el.updateComplete;
      expect(part<HTMLButtonElement>(el, 'redeem-button')!.disabled).to.equal(true);
      expect(shadowText(el, '.warning')).to.equal('积分不足，暂时无法兑换');
      expect(await balanceOf('m_1001')).to.equal(100);
    });

    it('explains out of stock and refreshes the stock', async () => {
      // prd_0004 has 5 left; someone takes them all after the page loaded.
      const { el } = await productFor('m_1001', 'prd_0004');
      expect(shadowText(el, '[part="facts"]')).to.contain('库存 5');
      await sandboxClient('m_1001').me.orders.create({ productId: 'prd_0004', quantity: 5 });
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => dialog(el).querySelector('[part="failure"]'), 'failure');
      expect(shadowText(el, 'dialog [part="failure"]')).to.contain('库存不足');
      await waitUntil(() => shadowText(el, '[part="facts"]').includes('已兑完'), 'stock refreshed');
      expect(await balanceOf('m_1001')).to.equal(12_800 - 1500);
    });

    it('explains the per-member limit', async () => {
      // prd_0001 allows 2 per member; m_1001 already has 2.
      await sandboxClient('m_1001').me.orders.create({
        productId: 'prd_0001',
        quantity: 2,
        delivery: {
          recipient: '沈嘉禾',
          mobile: '13800138000',
          address: '浙江省嘉兴市南湖区 1 号',
        },
      });
      const { el } = await productFor('m_1001', 'prd_0001');
      await fillDelivery(el);
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => dialog(el).querySelector('[part="failure"]'), 'failure');
      expect(dialog(el).querySelector('[part="failure"]')!.getAttribute('data-code')).to.equal(
        'limit_exceeded',
      );
      expect(shadowText(el, 'dialog [part="failure"]')).to.contain(
        '已超过每人限兑数量。 每人限兑 2 件，您已兑换 2 件，不能再兑换',
      );
      expect(await balanceOf('m_1001')).to.equal(12_800 - 2400);
    });

    it('explains an inactive card', async () => {
      // m_1003's card is suspended (3,500 points).
      const { el } = await productFor('m_1003', 'prd_0002');
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => dialog(el).querySelector('[part="failure"]'), 'failure');
      expect(shadowText(el, 'dialog [part="failure"]')).to.contain(
        '您的会员卡已停用或已过期，暂时不能兑换。请联系所属工会。',
      );
      expect(await balanceOf('m_1003')).to.equal(3500);
    });
  });

  describe('the same member in another tab or on another phone', () => {
    it('shows the stock and balance of now when the member comes back to the page', async () => {
      // prd_0004 (300 points, 5 left) open here; meanwhile the member redeems 2 elsewhere.
      const { el, client } = await productFor('m_1001', 'prd_0004');
      expect(shadowText(el, '[part="facts"]')).to.contain('库存 5');
      const before = client.requests.length;
      await leaveAndComeBack(async () => {
        await sandboxClient('m_1001').me.orders.create({ productId: 'prd_0004', quantity: 2 });
        expect(client.requests.length, 'nothing asked while the page is hidden').to.equal(before);
      });
      await waitUntil(() => shadowText(el, '[part="facts"]').includes('库存 3'), 'stock of now');
      await waitUntil(() => el.balance === 12_800 - 600, 'balance of now');
      await openConfirmation(el);
      expect(shadowText(el, 'dialog .summary-list')).to.contain('当前积分 12,200');
    });

    it('says how many are still possible after redeeming on another phone', async () => {
      // prd_0001 allows 2 per member. Open here; one is redeemed on the other phone meanwhile.
      const { el } = await productFor('m_1001', 'prd_0001');
      await sandboxClient('m_1001').me.orders.create({
        productId: 'prd_0001',
        quantity: 1,
        delivery: {
          recipient: '沈嘉禾',
          mobile: '13800138000',
          address: '浙江省嘉兴市南湖区 1 号',
        },
      });
      root(el).querySelector<HTMLButtonElement>('[aria-label="增加数量"]')!.click();
      await fillDelivery(el);
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => dialog(el).querySelector('[part="failure"]'), 'failure');
      // Not "no more of this product": one more is possible, and the member is told so.
      expect(shadowText(el, 'dialog [part="failure"]')).to.contain(
        '每人限兑 2 件，您已兑换 1 件，最多还能兑换 1 件',
      );
      expect(shadowText(el, 'dialog [part="failure"]')).not.to.contain('无法再兑换');
    });

    it('shows the stock left when another phone took some meanwhile', async () => {
      // prd_0004 has 5 left; 2 wanted here, 4 taken on the other phone meanwhile.
      const { el } = await productFor('m_1001', 'prd_0004');
      root(el).querySelector<HTMLButtonElement>('[aria-label="增加数量"]')!.click();
      await sandboxClient('m_1001').me.orders.create({ productId: 'prd_0004', quantity: 4 });
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => dialog(el).querySelector('[part="failure"]'), 'failure');
      expect(shadowText(el, 'dialog [part="failure"]')).to.contain('库存只剩 1 件');
    });

    it('keeps what it shows, without jg-error, when that refresh fails', async () => {
      let offline = false;
      let failed = 0;
      const { el } = await productFor('m_1001', 'prd_0004', {
        retry: 0,
        fetch: (input, init) => {
          if (!offline) return fetch(input, init);
          failed++;
          return Promise.reject(new TypeError('Failed to fetch'));
        },
      });
      let errors = 0;
      el.addEventListener('jg-error', () => errors++);
      offline = true;
      await leaveAndComeBack();
      // The product and the member's own balance were asked for, and both failed.
      await waitUntil(() => failed >= 2, 'refresh tried');
      expect(errors).to.equal(0);
      expect(shadowText(el, '[part="facts"]')).to.contain('库存 5');
      expect(part(el, 'error')).to.equal(null);
    });
  });

  describe('another member', () => {
    /** The app signs 陆小溪 (m_1002) in by handing the provider a client with her session. */
    const signInHer = (el: Element) =>
      ((el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1002'));

    it("keeps none of the previous member's details or confirmation once another signs in", async () => {
      // A shared phone: 沈嘉禾 (m_1001) typed his delivery details and opened the confirmation.
      const { el } = await productFor('m_1001', 'prd_0006');
      await fillDelivery(el);
      await openConfirmation(el);
      signInHer(el);
      // By the next frame: nothing of his is painted with her session.
      await new Promise(requestAnimationFrame);
      expect(dialog(el).open, 'his confirmation').to.equal(false);
      for (const id of ['recipient', 'mobile', 'province', 'city', 'district', 'address']) {
        expect(field(el, id).value, id).to.equal('');
      }
      // Then her balance (200 points: too few for this product), not his.
      await waitUntil(() => el.balance === 200, 'her balance');
      expect(dialog(el).open).to.equal(false);
      expect(field(el, 'recipient').value).to.equal('');
    });

    it("does not show the previous member's order when its answer comes after the switch", async () => {
      const network = heldFetch((request) => request.method == 'POST');
      const { el } = await productFor('m_1001', 'prd_0002', { fetch: network });
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await el.updateComplete;
      signInHer(el);
      await waitUntil(() => el.balance === 200, 'her balance');
      network.release();
      await sleep(500);
      expect(part(el, 'success'), 'his order').to.equal(null);
      expect(el.balance, 'her balance').to.equal(200);
      expect(shadowText(el, 'form')).not.to.contain('12,700');
    });

    it('keeps the details typed when the language switches', async () => {
      const el = await providerFixture<JgMallProduct>(
        'm_1001',
        html`<jg-mall-product product-id="prd_0006"></jg-mall-product>`,
      );
      await waitUntil(() => part(el, 'name'), 'loaded');
      await fillDelivery(el);
      (el.parentElement as HTMLElement & { locale: string }).locale = 'en';
      await waitUntil(
        () => shadowText(el, '[part="back-button"]') == 'Back to products',
        'English',
      );
      await sleep(300);
      expect(field(el, 'recipient').value).to.equal('测试人');
      expect(field(el, 'address').value).to.equal('测试路 1 号');
    });

    it('sends a lost order again with its key after a language switch, from a view opened anew', async () => {
      // A language switch brings new clients (one per locale) for the same member: the lost
      // order's key must be found from the product opened again after it, or she pays twice.
      await sandboxControl('members/m_1001/points', { balance: 12_800 });
      // The provider's clients call the page's fetch: the server takes the order, the phone
      // never hears back (nor for the client's own retries of it, which carry the same key).
      const realFetch = window.fetch;
      const keys: string[] = [];
      let losing = true;
      window.fetch = async (input, init) => {
        const request = new Request(input, init);
        const isOrder = request.method === 'POST' && request.url.endsWith('/v1/me/orders');
        if (isOrder) keys.push(request.headers.get('idempotency-key')!);
        const response = await realFetch(request);
        if (isOrder && losing) throw new TypeError('Failed to fetch');
        return response;
      };
      try {
        const el = await providerFixture<JgMallProduct>(
          'm_1001',
          html`<jg-mall-product product-id="prd_0002"></jg-mall-product>`,
        );
        await openConfirmation(el);
        part<HTMLButtonElement>(el, 'confirm-button')!.click();
        await waitUntil(() => dialog(el).querySelector('[part="failure"]'), 'failure shown', {
          timeout: 20_000,
        });
        losing = false;
        const provider = el.parentElement as HTMLElement & { locale: string };
        provider.locale = 'en';
        await waitUntil(() => shadowText(el, '[part="back-button"]') == 'Back to products', 'en');
        // Unsure, she goes back to the products and opens the same one again: a new view.
        el.remove();
        const again = document.createElement('jg-mall-product') as JgMallProduct;
        again.productId = 'prd_0002';
        provider.append(again);
        await waitUntil(() => part(again, 'redeem-button'), 'the product again');
        await openConfirmation(again);
        part<HTMLButtonElement>(again, 'confirm-button')!.click();
        await waitUntil(() => part(again, 'success'), 'success');
        expect(new Set(keys).size, 'one attempt, one key').to.equal(1);
        expect(await balanceOf('m_1001')).to.equal(12_700);
      } finally {
        window.fetch = realFetch;
      }
    });
    it("keeps a lost order's key when the host's router shows another product before its answer", async () => {
      // A host page whose router reuses one <jg-mall-product> for every product URL: Back (from
      // 提交中…) to the product before sets product-id while the order is on its way, and its
      // answer is lost (the server took it). Opened again, the same order must go with its key.
      await sandboxControl('members/m_1001/points', { balance: 12_800 });
      const keys: string[] = [];
      const orders = heldFetch(
        (request) => request.method == 'POST' && request.url.endsWith('/v1/me/orders'),
        {
          before: true,
          send: async (request) => {
            keys.push(request.headers.get('idempotency-key')!);
            const response = await fetch(request);
            if (keys.length > 1) return response;
            throw new TypeError('Failed to fetch');
          },
        },
      );
      const { el } = await productFor('m_1001', 'prd_0002', { retry: 0, fetch: orders });
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => orders.held() == 1, 'the order on its way');
      el.productId = 'prd_0004';
      await waitUntil(
        () => shadowText(el, '[part="name"]').includes('桂花糕'),
        'the other product',
      );
      orders.release();
      await waitUntil(() => keys.length == 1, 'the order sent');
      // Forward to the first product again: she redeems it again.
      el.productId = 'prd_0002';
      await waitUntil(
        () => shadowText(el, '[part="name"]').includes('话费充值'),
        'the product again',
      );
      await openConfirmation(el);
      part<HTMLButtonElement>(el, 'confirm-button')!.click();
      await waitUntil(() => orders.held() == 1, 'sent again');
      orders.release();
      await waitUntil(() => part(el, 'success'), 'success');
      expect(new Set(keys).size, 'one attempt, one key').to.equal(1);
      expect(await balanceOf('m_1001')).to.equal(12_700);
    });
  });

  describe('keyboard', () => {
    it('submits the form with Enter and closes the confirmation with Escape', async () => {
      const { el, client } = await productFor('m_1001', 'prd_0002');
      field(el, 'quantity').focus();
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open, 'confirmation open');
      expect(shadowText(el, 'dialog .summary-list')).to.contain('数量 2');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      expect(orderPosts(client.requests)).to.have.length(0);
    });

    it('reaches the confirm button with Tab and redeems with Enter', async () => {
      const { el } = await productFor('m_1001', 'prd_0002');
      await openConfirmation(el);
      // The dialog focuses its first button (cancel): the safe default.
      expect(root(el).activeElement?.textContent?.trim()).to.equal('取消');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(part(el, 'confirm-button'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'success'), 'success');
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading', async () => {
      const client = sandboxClient('m_1001', { fetch: () => new Promise<Response>(() => {}) });
      const el = await clientFixture<JgMallProduct>(
        client,
        html`<jg-mall-product product-id="prd_0001"></jg-mall-product>`,
        { wait: false },
      );
      await el.updateComplete;
      expect(isLoading(el)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('says when a product does not exist', async () => {
      const { el } = await productFor('m_1001', 'prd_9999');
      expect(shadowText(el, '[part="empty"]')).to.contain('商品不存在或已下架');
      await expect(el).to.be.accessible();
    });

    it('shows an error with a retry that recovers', async () => {
      let fail = true;
      const { el } = await productFor('m_1001', 'prd_0001', {
        retry: 0,
        fetch: (input, init) =>
          fail ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
      });
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
      fail = false;
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await waitUntil(() => part(el, 'name'), 'loaded after retry');
    });

    it('puts the focus on the name when the retry loads it, on the notice when it is gone', async () => {
      for (const [id, target] of [
        ['prd_0001', 'name'],
        ['prd_9999', 'empty'],
      ] as const) {
        const net = switchableNetwork();
        const el = await clientFixture<JgMallProduct>(
          sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
          html`<jg-mall-product product-id=${id}></jg-mall-product>`,
        );
        await waitUntil(() => part(el, 'retry-button'), 'the error');
        part(el, 'retry-button')!.focus();
        net.down = false;
        part(el, 'retry-button')!.click();
        // Without: on the page's start (the retry left with the error).
        await waitUntil(
          () => part(el, target) && root(el).activeElement === part(el, target),
          `focus on ${target}`,
        );
      }
    });

    it('leaves the focus where the member put it while the retry was loading', async () => {
      const net = offlineThenSlow((request) => request.url.includes('/mall/products/prd_0001'));
      const el = await clientFixture<JgMallProduct>(
        sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
        html`<jg-mall-product product-id="prd_0001"></jg-mall-product>`,
      );
      // Without: on the name.
      await expectFocusKeptElsewhereDuringRetry(el, net, () => part(el, 'name'));
    });

    it('fires jg-navigate from the back button', async () => {
      const { el } = await productFor('m_1001', 'prd_0001');
      setTimeout(() => part<HTMLButtonElement>(el, 'back-button')!.click());
      const event = await oneEvent(el, 'jg-navigate');
      expect(event.detail).to.deep.equal({ view: 'grid' });
    });

    it('speaks English and is accessible in dark senior mode', async () => {
      const { el } = await productFor(
        'm_1001',
        'prd_0001',
        {},
        html`<jg-mall-product
          product-id="prd_0001"
          locale="en"
          theme="dark"
          senior
        ></jg-mall-product>`,
      );
      expect(shadowText(el, '[part="facts"]')).to.contain('Limit per member');
      expect(shadowText(el, '[part="redeem-button"]')).to.equal('Redeem now');
      await expect(el).to.be.accessible();
      await fillDelivery(el);
      await openConfirmation(el);
      expect(shadowText(el, 'dialog h2')).to.equal('Confirm redemption');
      expect(shadowText(el, 'dialog .summary-list')).to.contain('Balance after redemption 11,600');
      await expect(el).to.be.accessible();
    });
  });
});

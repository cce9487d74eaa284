import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { enterPicks, ime, spell } from '../../test/support/ime.js';
import '../provider/index.js';
import './index.js';
// The picker's entry is inputs, whose English also holds the form base's (the required mark).
import '../inputs/en.js';
import type { JgUnionPicker } from './union-picker.js';
import {
  clientFixture,
  PUBLISHABLE_KEY,
  sandboxClient,
  sandboxUrl,
  storageIsEmpty,
  waitForLoad,
  waitUntil,
} from '../../test/support/test-helpers.js';

const input = (el: JgUnionPicker) => el.shadowRoot!.querySelector('input')!;
const options = (el: JgUnionPicker) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]'));
const optionNames = (el: JgUnionPicker) =>
  options(el).map((o) => o.querySelector('.name')!.textContent!.trim());
const activeName = (el: JgUnionPicker) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id)!.querySelector('.name')!.textContent!.trim() : '';
};
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

/** Resolves when the union tree has loaded (a closed picker shows no loading state). */
async function treeLoaded(el: JgUnionPicker) {
  const tree = (el as unknown as { _tree: { value?: unknown } })._tree;
  await waitUntil(() => tree.value !== undefined, 'union tree loaded', {
    timeout: 10_000,
  });
  await el.updateComplete;
}

async function inForm(extra = html``) {
  const form = await fixture<HTMLFormElement>(html`
    <jg-provider api-base=${sandboxUrl()} publishable-key=${PUBLISHABLE_KEY}>
      <form @submit=${(e: Event) => e.preventDefault()}>
        <label for="union">所属工会</label>
        <jg-union-picker id="union" name="union" required></jg-union-picker>
        ${extra}
        <button type="submit">提交</button>
      </form>
    </jg-provider>
  `);
  const picker = form.querySelector('jg-union-picker')!;
  await treeLoaded(picker);
  return { form: form.querySelector('form')!, picker };
}

describe('jg-union-picker', function () {
  this.timeout(30_000);

  afterEach(() => {
    expect(storageIsEmpty(), 'nothing written to Web Storage').to.equal(true);
  });

  describe('as a form field', () => {
    it('is labelled by <label for> and focuses its input from the label', async () => {
      const { form, picker } = await inForm();
      expect(input(picker).getAttribute('aria-label')).to.equal('所属工会');
      expect(input(picker).getAttribute('role')).to.equal('combobox');
      expect(picker.labels).to.have.length(1);
      form.querySelector('label')!.click();
      expect(picker.shadowRoot!.activeElement).to.equal(input(picker));
      await expect(picker).to.be.accessible();
    });

    it('is invalid while empty and required, with a localized message', async () => {
      const { form, picker } = await inForm();
      expect(picker.form).to.equal(form);
      expect(picker.checkValidity()).to.equal(false);
      expect(picker.validity.valueMissing).to.equal(true);
      expect(picker.validationMessage).to.equal('请选择所属工会');
      expect(form.checkValidity()).to.equal(false);
      expect(new FormData(form).has('union')).to.equal(false);
      // Not shown before the member touched it or submitted.
      expect(part(picker, 'feedback')!.textContent!.trim()).to.equal('');
      setTimeout(() => form.requestSubmit());
      await oneEvent(picker, 'invalid');
      await picker.updateComplete;
      expect(part(picker, 'feedback')!.textContent).to.contain('请选择所属工会');
      expect(input(picker).getAttribute('aria-invalid')).to.equal('true');
      expect(picker.hasAttribute('data-user-invalid')).to.equal(true);
      await expect(picker).to.be.accessible();
    });

    it('submits the chosen union id, fires change and jg-union-change, and resets', async () => {
      const { form, picker } = await inForm();
      const events: string[] = [];
      picker.addEventListener('change', () => events.push('change'));
      setTimeout(() => {
        picker.value = '';
        input(picker).focus();
        void (async () => {
          await sendKeys({ press: 'ArrowDown' }); // open: the county level
          await sendKeys({ press: 'ArrowRight' }); // 南湖区 → its towns
          await sendKeys({ press: 'Enter' }); // 建设街道 (has lower levels) → its unions
          await sendKeys({ press: 'Enter' }); // the first grassroots union
        })();
      });
      const { detail } = await oneEvent(picker, 'jg-union-change');
      expect(detail.value).to.equal('u_330402_01_01');
      expect(detail.union!.level).to.equal(4);
      expect(detail.path.map((u: { id: string }) => u.id)).to.deep.equal([
        'u_330400',
        'u_330402',
        'u_330402_01',
        'u_330402_01_01',
      ]);
      expect(events).to.deep.equal(['change']);
      expect(picker.value).to.equal('u_330402_01_01');
      expect(new FormData(form).get('union')).to.equal('u_330402_01_01');
      expect(picker.checkValidity()).to.equal(true);
      await picker.updateComplete;
      expect(input(picker).value).to.equal(detail.union!.name);
      expect(part(picker, 'path')!.textContent).to.contain(
        '嘉兴市总工会 / 南湖区总工会 / 建设街道总工会',
      );
      expect(input(picker).getAttribute('aria-expanded')).to.equal('false');
      await expect(picker).to.be.accessible();

      form.reset();
      await picker.updateComplete;
      expect(picker.value).to.equal('');
      expect(input(picker).value).to.equal('');
      expect(new FormData(form).has('union')).to.equal(false);
    });

    it('restores the value attribute on form.reset()', async () => {
      const { form, picker } = await inForm();
      picker.setAttribute('value', 'u_330421_03_01');
      expect(picker.value).to.equal('u_330421_03_01');
      picker.value = 'u_330402_01_01';
      form.reset();
      await picker.updateComplete;
      expect(picker.value).to.equal('u_330421_03_01');
      expect(picker.selectedUnion!.id).to.equal('u_330421_03_01');
      expect(new FormData(form).get('union')).to.equal('u_330421_03_01');
    });

    it('is left out of the form and not editable when disabled (itself or by a fieldset)', async () => {
      const { form, picker } = await inForm();
      picker.value = 'u_330402_01_01';
      picker.disabled = true;
      await picker.updateComplete;
      expect(input(picker).disabled).to.equal(true);
      expect(new FormData(form).has('union')).to.equal(false);
      await expect(picker).to.be.accessible();
      picker.disabled = false;
      await picker.updateComplete;
      expect(new FormData(form).get('union')).to.equal('u_330402_01_01');

      const fieldset = document.createElement('fieldset');
      picker.before(fieldset);
      fieldset.append(picker);
      fieldset.disabled = true;
      await picker.updateComplete;
      expect(input(picker).disabled).to.equal(true);
      expect(new FormData(form).has('union')).to.equal(false);
      fieldset.disabled = false;
      await picker.updateComplete;
      expect(input(picker).disabled).to.equal(false);
    });

    it('shows a custom (server) error until another union is chosen', async () => {
      const { picker } = await inForm();
      picker.value = 'u_330402_01_01';
      picker.setCustomValidity('该工会暂不支持线上申请');
      await picker.updateComplete;
      expect(picker.validity.customError).to.equal(true);
      expect(part(picker, 'feedback')!.textContent).to.contain('该工会暂不支持线上申请');
      input(picker).focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await picker.updateComplete;
      expect(picker.value).not.to.equal('u_330402_01_01');
      expect(picker.checkValidity()).to.equal(true);
      expect(part(picker, 'feedback')!.textContent!.trim()).to.equal('');
    });

    it('submits the form on Enter while the list is closed', async () => {
      const { form, picker } = await inForm();
      picker.value = 'u_330402_01_01';
      await picker.updateComplete;
      input(picker).focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      await oneEvent(form, 'submit');
      // A page that takes Enter itself (to move to the next field) prevents it, as it would in a
      // native field.
      let submits = 0;
      form.addEventListener('submit', () => submits++);
      form.addEventListener('keydown', (event) => event.preventDefault());
      await sendKeys({ press: 'Enter' });
      expect(submits).to.equal(0);
    });

    it('shows the validation message after the member leaves it empty', async () => {
      const { picker } = await inForm(html`<input aria-label="next" />`);
      input(picker).focus();
      await sendKeys({ press: 'Tab' });
      await picker.updateComplete;
      expect(part(picker, 'feedback')!.textContent).to.contain('请选择所属工会');
    });
  });

  describe('keyboard (combobox)', () => {
    it('searches what a pinyin IME commits, not the pinyin being composed', async () => {
      const { form, picker } = await inForm();
      let submits = 0;
      form.addEventListener('submit', () => submits++);
      const status = () => picker.shadowRoot!.querySelector('[role="status"]')!.textContent!;
      input(picker).focus();
      await ime(...spell('xitang'));
      await picker.updateComplete;
      expect(input(picker).value).to.equal('xitang');
      // No "nothing matches" said or shown for letters the member has not finished typing.
      expect(status()).not.to.contain('没有匹配的工会');
      expect(part(picker, 'popup-note')).to.equal(null);
      // Enter picks the candidate: it neither submits the form nor chooses a union.
      await ime(...enterPicks('西塘'));
      await picker.updateComplete;
      expect(submits).to.equal(0);
      expect(picker.value).to.equal('');
      expect(optionNames(picker)[0]).to.equal('西塘镇总工会');
      expect(optionNames(picker).every((name) => name.includes('西塘'))).to.equal(true);
      expect(status()).to.match(/\d/);
    });

    it('ignores the Enter that picked a candidate when Safari reports it after the composition', async () => {
      // Safari (and WeChat on iOS) ends the composition first, then sends the Enter as keyCode 229.
      const { picker } = await inForm();
      input(picker).focus();
      await ime(...spell('xitang'), ['commit', '西塘']);
      await picker.updateComplete;
      expect(activeName(picker)).to.equal('西塘镇总工会');
      await ime(['keydown', 'Enter'], ['keyup', 'Enter']);
      await picker.updateComplete;
      // Still the search results: 西塘镇总工会 was not opened.
      expect(input(picker).value).to.equal('西塘');
      expect(optionNames(picker)[0]).to.equal('西塘镇总工会');
      await sendKeys({ press: 'Enter' });
      await picker.updateComplete;
      expect(input(picker).value).to.equal('');
    });

    it('browses the tree level by level with the arrows', async () => {
      const { picker } = await inForm();
      input(picker).focus();
      await sendKeys({ press: 'ArrowDown' });
      await picker.updateComplete;
      expect(input(picker).getAttribute('aria-expanded')).to.equal('true');
      expect(optionNames(picker)).to.deep.equal([
        '南湖区总工会',
        '秀洲区总工会',
        '嘉善县总工会',
        '海盐县总工会',
        '海宁市总工会',
        '平湖市总工会',
        '桐乡市总工会',
      ]);
      expect(activeName(picker)).to.equal('南湖区总工会');
      await sendKeys({ press: 'ArrowDown' });
      expect(activeName(picker)).to.equal('秀洲区总工会');
      await sendKeys({ press: 'End' });
      expect(activeName(picker)).to.equal('桐乡市总工会');
      await sendKeys({ press: 'ArrowDown' }); // wraps
      expect(activeName(picker)).to.equal('南湖区总工会');
      await sendKeys({ press: 'ArrowUp' });
      expect(activeName(picker)).to.equal('桐乡市总工会');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      await picker.updateComplete;
      const listbox = picker.shadowRoot!.querySelector('[role="listbox"]')!;
      expect(listbox.getAttribute('aria-label')).to.equal('\u2068南湖区总工会\u2069的下级工会');
      expect(optionNames(picker)[0]).to.equal('返回上级：\u2068嘉兴市总工会\u2069');
      expect(activeName(picker)).to.equal('建设街道总工会');
      expect(picker.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
        '\u2068南湖区总工会\u2069：6 个下级工会',
      );
      await expect(picker).to.be.accessible();
      await sendKeys({ press: 'ArrowLeft' });
      await picker.updateComplete;
      expect(optionNames(picker)).to.have.length(7);
      // Back where we came from.
      expect(activeName(picker)).to.equal('南湖区总工会');
      await sendKeys({ press: 'Escape' });
      await picker.updateComplete;
      expect(input(picker).getAttribute('aria-expanded')).to.equal('false');
      expect(options(picker)).to.have.length(0);
      expect(picker.value).to.equal('');
    });

    it('reopens at the chosen union', async () => {
      const { picker } = await inForm();
      picker.value = 'u_330424_02_01';
      await picker.updateComplete;
      input(picker).focus();
      await sendKeys({ press: 'ArrowDown' });
      await picker.updateComplete;
      const active = options(picker).find((o) => o.getAttribute('aria-selected') === 'true')!;
      expect(active.getAttribute('part')).to.contain('option-selected');
      expect(active.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.equal(
        '当前所选',
      );
      expect(picker.selectedPath.map((u) => u.level)).to.deep.equal([1, 2, 3, 4]);
    });

    it('searches every level as the member types; a branch opens, a leaf is chosen', async () => {
      const { picker } = await inForm();
      input(picker).focus();
      await sendKeys({ type: '西塘' });
      await picker.updateComplete;
      const names = optionNames(picker);
      expect(names[0]).to.equal('西塘镇总工会');
      expect(names.every((name) => name.includes('西塘'))).to.equal(true);
      expect(part(picker, 'match')!.textContent).to.equal('西塘');
      expect(part(picker, 'option-detail')!.textContent).to.contain('嘉善县总工会');
      await expect(picker).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await picker.updateComplete;
      // 西塘镇总工会 has lower levels: its unions are listed to choose from.
      expect(input(picker).value).to.equal('');
      expect(
        picker.shadowRoot!.querySelector('[role="listbox"]')!.getAttribute('aria-label'),
      ).to.equal('\u2068西塘镇总工会\u2069的下级工会');
      await sendKeys({ press: 'Enter' });
      await picker.updateComplete;
      expect(picker.selectedUnion!.parentId).to.equal('u_330421_03');
    });

    it('says when nothing matches', async () => {
      const { picker } = await inForm();
      input(picker).focus();
      await sendKeys({ type: 'zzzz' });
      await picker.updateComplete;
      expect(options(picker)).to.have.length(0);
      expect(input(picker).getAttribute('aria-expanded')).to.equal('false');
      expect(part(picker, 'popup-note')!.textContent).to.contain('没有匹配的工会');
      expect(picker.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
        '没有匹配的工会',
      );
      await expect(picker).to.be.accessible();
    });

    it('lets branches be chosen with allow-branches', async () => {
      const { picker } = await inForm();
      picker.allowBranches = true;
      input(picker).focus();
      await sendKeys({ type: '南湖区' });
      await sendKeys({ press: 'Enter' });
      await picker.updateComplete;
      expect(picker.value).to.equal('u_330402');
      // Browsing offers "选择本级" for the level shown.
      picker.value = '';
      await picker.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowRight' });
      await picker.updateComplete;
      expect(optionNames(picker).slice(0, 2)).to.deep.equal([
        '返回上级：\u2068嘉兴市总工会\u2069',
        '选择本级：\u2068南湖区总工会\u2069',
      ]);
    });

    it('limits the tree to a root', async () => {
      const { picker } = await inForm();
      picker.root = 'u_330483';
      input(picker).focus();
      await sendKeys({ press: 'ArrowDown' });
      await picker.updateComplete;
      expect(optionNames(picker)).to.deep.equal([
        '梧桐街道总工会',
        '凤鸣街道总工会',
        '乌镇镇总工会',
        '濮院镇总工会',
        '崇福镇总工会',
        '洲泉镇总工会',
      ]);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ type: '南湖' });
      await picker.updateComplete;
      expect(options(picker)).to.have.length(0);
    });
  });

  describe('pointer', () => {
    it('cascades on click and keeps focus in the input', async () => {
      const { picker } = await inForm();
      input(picker).focus();
      input(picker).click();
      await picker.updateComplete;
      options(picker)[1]!.click(); // 秀洲区总工会
      await picker.updateComplete;
      expect(optionNames(picker)[1]).to.equal('新城街道总工会');
      options(picker)[1]!.click();
      await picker.updateComplete;
      setTimeout(() => options(picker)[1]!.click());
      await oneEvent(picker, 'change');
      expect(picker.selectedUnion!.parentId).to.equal('u_330411_01');
      expect(picker.shadowRoot!.activeElement).to.equal(input(picker));
      // The clear button empties it.
      setTimeout(() => (part(picker, 'clear-button') as HTMLButtonElement).click());
      const { detail } = await oneEvent(picker, 'jg-union-change');
      expect(detail).to.deep.equal({ value: '', union: null, path: [] });
    });

    it('lets the second tap of a double tap choose nothing in the level the first opened', async () => {
      const { picker } = await inForm();
      // The second click of a double click or tap counts 2 (detail), as browsers report it.
      const click = async (target: Element, detail: number) => {
        target.dispatchEvent(new MouseEvent('click', { detail, bubbles: true, composed: true }));
        await picker.updateComplete;
      };
      const tap = (index: number, detail: number) => click(options(picker)[index]!, detail);
      input(picker).focus();
      await click(input(picker), 1);
      await click(input(picker), 2);
      expect(part(picker, 'popup')!.hasAttribute('hidden'), 'closed by the second tap').to.equal(
        false,
      );
      await tap(1, 1); // 秀洲区总工会
      expect(optionNames(picker)[1]).to.equal('新城街道总工会');
      await tap(1, 2);
      expect(optionNames(picker)[1], 'the second tap opened a level').to.equal('新城街道总工会');
      await tap(1, 1);
      const street = optionNames(picker);
      await tap(1, 2);
      expect(optionNames(picker)).to.deep.equal(street);
      expect(picker.value, 'the second tap chose a union').to.equal('');
    });
  });

  describe('states', () => {
    it('shows a skeleton in the list while the tree loads', async () => {
      const client = sandboxClient(null, { fetch: () => new Promise<Response>(() => {}) });
      const picker = await clientFixture<JgUnionPicker>(
        client,
        html`<jg-union-picker label="所属工会"></jg-union-picker>`,
        { wait: false },
      );
      await picker.updateComplete;
      input(picker).focus();
      await sendKeys({ press: 'ArrowDown' });
      await picker.updateComplete;
      expect(part(picker, 'skeleton')).to.not.equal(null);
      await expect(picker).to.be.accessible();
    });

    it('shows a localized error with a retry, and recovers', async () => {
      let fail = true;
      const client = sandboxClient(null, {
        retry: 0,
        fetch: (input, init) =>
          fail ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
      });
      const errors: unknown[] = [];
      const onError = (event: Event) => errors.push((event as CustomEvent).detail.error);
      document.addEventListener('jg-error', onError);
      const picker = await clientFixture<JgUnionPicker>(
        client,
        html`<jg-union-picker label="所属工会"></jg-union-picker>`,
        { wait: false },
      );
      await waitUntil(() => part(picker, 'error'), 'error state');
      document.removeEventListener('jg-error', onError);
      expect(errors.map((error) => (error as Error).name)).to.deep.equal(['NetworkError']);
      expect(part(picker, 'error')!.textContent).to.contain('网络连接失败');
      await expect(picker).to.be.accessible();
      fail = false;
      (part(picker, 'retry-button') as HTMLButtonElement).click();
      await waitUntil(() => !part(picker, 'error'), 'recovered');
      // The error leaves when the retry starts; the options exist once the tree has arrived.
      await treeLoaded(picker);
      input(picker).focus();
      await sendKeys({ press: 'ArrowDown' });
      await picker.updateComplete;
      expect(options(picker)).to.have.length(7);
    });

    it('shows an empty state for a root without unions below it', async () => {
      const { picker } = await inForm();
      picker.root = 'u_330402_01_01';
      input(picker).focus();
      await sendKeys({ press: 'ArrowDown' });
      await picker.updateComplete;
      expect(part(picker, 'empty')!.textContent).to.contain('暂无可选的工会');
      await expect(picker).to.be.accessible();
    });

    it('speaks English, in dark and senior mode too', async () => {
      const picker = await fixture<JgUnionPicker>(
        html`<jg-union-picker
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
          label="Union"
          locale="en"
          theme="dark"
          senior
          required
        ></jg-union-picker>`,
      );
      await waitForLoad(picker);
      await treeLoaded(picker);
      expect(input(picker).placeholder).to.equal('Search or choose a union');
      expect(picker.validationMessage).to.equal('Choose your union');
      input(picker).focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowRight' });
      await picker.updateComplete;
      expect(optionNames(picker)[0]).to.equal('Back to \u2068嘉兴市总工会\u2069');
      await expect(picker).to.be.accessible();
    });
  });
});

// The Chromium checks of @jiagong/react, run once per React version (react18.test.ts and
// react19.test.ts) against a harness bundle that holds that React, the wrappers and the elements
// (packages/react/test/support/react-harness.mjs builds and serves it). A test page holds one
// harness only: two would define the elements twice.
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import type * as Harness from '../../support/react-entry.browser.js';

export type ReactHarness = typeof Harness;

declare const describe: Mocha.SuiteFunction;
declare const it: Mocha.TestFunction;
declare const afterEach: Mocha.HookFunction;

const globals = globalThis as unknown as {
  JG_SANDBOX_URL?: string;
  JG_PUBLISHABLE_KEY?: string;
  JG_TOKEN_ENDPOINT?: string;
};

type Props = Record<string, unknown>;
type LitLike = Element & { updateComplete: Promise<unknown> };
type Wrapper = ComponentType<Props>;
type Client = NonNullable<ComponentProps<ReactHarness['wrappers']['JgProvider']>['client']>;

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function waitFor<T>(what: string, probe: () => T | undefined | null, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function describeWrappers(version: '18' | '19', harness: ReactHarness): void {
  const { React, createRoot, hydrateRoot, flushSync, wrappers, elements, eventPropName } = harness;
  const components = wrappers as unknown as Record<string, Wrapper>;
  const present = elements.filter((e) => e.className in components);

  // Every test renders into its own container, unmounted afterwards.
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.reverse()) cleanup();
    cleanups = [];
  });

  function mount() {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    cleanups.push(() => {
      root.unmount();
      container.remove();
    });
    /** Renders synchronously, layout effects (where @lit/react sets properties) included. */
    const render = (node: ReactNode) => flushSync(() => root.render(node));
    return { container, render };
  }

  /** Runs `fn` while recording console.error: React reports warnings there. */
  function consoleErrors(fn: () => void): string[] {
    const original = console.error;
    const logged: string[] = [];
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      fn();
    } finally {
      console.error = original;
    }
    return logged;
  }

  describe(`@jiagong/react in React ${version} (Chromium)`, function () {
    this.timeout(30_000);

    it(`runs React ${version}`, () => {
      assert(React.version.startsWith(`${version}.`), `React ${React.version}`);
      assert(
        harness.reactDomVersion.startsWith(`${version}.`),
        `react-dom ${harness.reactDomVersion}`,
      );
      assert(present.length > 0, 'no wrapper in the harness');
    });

    for (const element of present) {
      it(`<${element.tag}> as ${element.className}: the element, attributes, ref and every on… event prop`, () => {
        const Component = components[element.className]!;
        const { container, render } = mount();
        // The detail tells the events this test dispatches from any the element sends on its
        // own (a data element without a provider reports jg-error). It carries an order because
        // the points mall handles its children's jg-order-created/-cancelled itself.
        const marker = { test: element.tag, order: { productId: 'prd_0001', quantity: 1 } };
        const received = new Map<string, Event[]>(element.events.map((e) => [e, []]));
        const handlers = Object.fromEntries(
          element.events.map((name) => [
            eventPropName(name),
            (event: Event) => {
              if ((event as CustomEvent).detail === marker) received.get(name)!.push(event);
            },
          ]),
        );
        const ref = React.createRef<HTMLElement>();
        const attributes = { id: `x-${element.tag}`, className: 'jg-test', 'data-test': 'y' };
        const errors = consoleErrors(() =>
          render(React.createElement(Component, { ref, ...attributes, ...handlers })),
        );
        assert(!errors.some((e) => /Warning|React/.test(e)), `React logged: ${errors.join('\n')}`);

        const el = container.firstElementChild as HTMLElement;
        assert(el?.localName === element.tag, `rendered ${el?.outerHTML.slice(0, 80)}`);
        const elementClass = customElements.get(element.tag);
        assert(elementClass && el instanceof elementClass, `<${element.tag}> is not defined`);
        assert(ref.current === el, 'ref is not the element');
        assert(el.id === attributes.id, 'id');
        assert(el.getAttribute('class') === 'jg-test', `class="${el.getAttribute('class')}"`);
        assert(el.dataset.test === 'y', 'data-test');
        for (const attribute of el.getAttributeNames()) {
          assert(!/^on/i.test(attribute), `a handler became the attribute ${attribute}`);
        }

        for (const name of element.events) {
          el.dispatchEvent(
            new CustomEvent(name, { detail: marker, bubbles: true, composed: true }),
          );
          assert(received.get(name)!.length === 1, `${eventPropName(name)} did not get ${name}`);
          assert(received.get(name)![0]!.target === el, `${name}: another target`);
        }
        // Without the props the listeners go.
        render(React.createElement(Component, { ref, ...attributes }));
        for (const name of element.events) {
          el.dispatchEvent(
            new CustomEvent(name, { detail: marker, bubbles: true, composed: true }),
          );
          assert(received.get(name)!.length === 1, `${eventPropName(name)} still listens`);
        }
      });
    }

    it('sets element properties (functions, objects) as properties, not attributes', () => {
      const { JgProvider, JgPhoneInput } = wrappers;
      assert(
        'JgProvider' in wrappers && 'JgPhoneInput' in wrappers,
        'no JgProvider or JgPhoneInput wrapper',
      );
      const { container, render } = mount();
      const first = async () => ({ token: 'a' });
      const second = async () => ({ token: 'b' });
      // React 18 alone would turn these into attributes ("[object Object]", the function's source).
      const client = { stand: 'in for createClient()' } as unknown as Client;
      const tree = (getSessionToken: () => Promise<{ token: string }>, locale: 'en' | 'zh-CN') =>
        React.createElement(
          JgProvider,
          { getSessionToken, client, locale, apiBase: 'http://127.0.0.1:9', publishableKey: 'pk' },
          React.createElement(JgPhoneInput, { name: 'phone', value: '13800138000' }),
        );
      render(tree(first, 'en'));
      const provider = container.querySelector('jg-provider')!;
      assert(provider.getSessionToken === first, 'getSessionToken was not set as a property');
      assert(provider.client === client, 'client was not set as a property');
      for (const name of ['getsessiontoken', 'client']) {
        assert(!provider.hasAttribute(name), `${name} became an attribute`);
      }
      assert(provider.locale === 'en', `locale ${String(provider.locale)}`);
      const input = container.querySelector('jg-phone-input')!;
      assert(input.value === '13800138000', `value ${String(input.value)}`);
      render(tree(second, 'zh-CN'));
      assert(provider.getSessionToken === second, 'getSessionToken was not updated');
      assert((provider.locale as string) === 'zh-CN', 'locale was not updated');
      assert(container.querySelector('jg-provider') === provider, 'the provider was replaced');
    });

    it('translate="no" and draggable="false" reach the element as written, as on a native element', () => {
      // @lit/react assigned them to the element's boolean properties, where 'no' and 'false'
      // are true: translate="yes" (a page translator then rewrote the member's card) and draggable.
      const { JgMemberCard, JgPhoneInput } = wrappers;
      const { container, render } = mount();
      const tree = (translate: 'yes' | 'no', draggable: 'true' | 'false') =>
        React.createElement(
          'div',
          null,
          React.createElement(JgMemberCard, { translate, draggable }),
          React.createElement(JgPhoneInput, { translate, draggable }),
          React.createElement('div', { translate, draggable }),
        );
      const attributes = () =>
        Array.from(
          container.firstElementChild!.children,
          (el) => `${el.localName} ${el.getAttribute('translate')} ${el.getAttribute('draggable')}`,
        ).join(', ');
      render(tree('no', 'false'));
      assert(
        attributes() === 'jg-member-card no false, jg-phone-input no false, div no false',
        attributes(),
      );
      render(tree('yes', 'true'));
      assert(
        attributes() === 'jg-member-card yes true, jg-phone-input yes true, div yes true',
        attributes(),
      );
    });

    it('runs the cleanup a ref callback returns (React 19) instead of calling it with null', () => {
      const { JgMemberCard, JgPhoneInput } = wrappers;
      const calls: string[] = [];
      // React 19's form: a ref that subscribes, and returns its unsubscription.
      const subscribe = (name: string) => (el: HTMLElement | null) => {
        calls.push(`${name}: ${el ? el.localName : 'null'}`);
        if (!el) return undefined;
        const listener = () => {};
        el.addEventListener('jg-card-reveal', listener);
        return () => {
          calls.push(`${name}: cleanup`);
          el.removeEventListener('jg-card-reveal', listener);
        };
      };
      // And a ref without a cleanup, which gets null as before.
      const plain = (el: HTMLElement | null) => {
        calls.push(`plain: ${el ? el.localName : 'null'}`);
      };
      const { render } = mount();
      const tree = (show: boolean) =>
        React.createElement(
          'div',
          null,
          show ? React.createElement(JgMemberCard, { ref: subscribe('card') }) : null,
          show ? React.createElement(JgPhoneInput, { ref: plain }) : null,
        );
      render(tree(true));
      const errors = consoleErrors(() => render(tree(false)));
      assert(errors.length === 0, `unmounting logged: ${errors.join('\n')}`);
      assert(
        calls.join(', ') ===
          'card: jg-member-card, plain: jg-phone-input, card: cleanup, plain: null',
        calls.join(', '),
      );
    });

    it('form="id" puts an input outside the form in it, as on a native input', async () => {
      const { JgPhoneInput, JgAmountInput } = wrappers;
      const { container, render } = mount();
      const tree = (form: string | undefined) =>
        React.createElement(
          'div',
          null,
          React.createElement('form', { id: 'loan-form' }),
          React.createElement(JgPhoneInput, { form, name: 'phone', value: '13800138000' }),
          React.createElement(JgAmountInput, { form, name: 'amount', valueAsFen: 500000 }),
        );
      // Before, @lit/react assigned the id to the element's read-only `form` and React threw.
      const errors = consoleErrors(() => render(tree('loan-form')));
      assert(errors.length === 0, `rendering logged: ${errors.join('\n')}`);
      const form = container.querySelector('form')!;
      const phone = container.querySelector('jg-phone-input')!;
      assert(phone.form === form, 'the phone input is not in the form');
      await Promise.all(
        Array.from(
          container.querySelectorAll('div > [name]'),
          (el) => (el as LitLike).updateComplete,
        ),
      );
      const data = new FormData(form);
      assert(data.get('phone') === '13800138000', `phone ${String(data.get('phone'))}`);
      assert(data.get('amount') === '500000', `amount ${String(data.get('amount'))}`);
      render(tree(undefined));
      assert(phone.form === null && !phone.hasAttribute('form'), 'still in the form');
    });

    it('defaultValue prefills an uncontrolled input, stays while the member types and is what reset restores', async () => {
      const { JgPhoneInput } = wrappers;
      const { container, render } = mount();
      const tree = (note: string) =>
        React.createElement(
          'form',
          { 'data-note': note },
          React.createElement(JgPhoneInput, { name: 'phone', defaultValue: '13800138000' }),
        );
      render(tree('a'));
      const phone = container.querySelector('jg-phone-input')!;
      const value = () => phone.value;
      await (phone as unknown as LitLike).updateComplete;
      // Before, React passed it on as an attribute the element does not read: an empty field.
      assert(value() === '13800138000', `prefilled ${value()}`);
      const box = phone.shadowRoot!.querySelector('input')!;
      box.value = '13900139000';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      render(tree('b'));
      await (phone as unknown as LitLike).updateComplete;
      assert(value() === '13900139000', `a render replaced the typed value: ${value()}`);
      container.querySelector('form')!.reset();
      assert(value() === '13800138000', `reset to ${value()}`);
    });

    it('a form reset keeps a controlled input at its value, as React keeps a native one (React 19 resets a form after its action)', async () => {
      // React keeps a controlled <input>'s value attribute at its value, so form.reset() leaves
      // it; the wrappers did not, and the reset emptied the field while the state held its value.
      const { JgPhoneInput, JgAmountInput } = wrappers;
      const submitted: unknown[] = [];
      function Form() {
        const [phone, setPhone] = React.useState('13800138000');
        const [fen, setFen] = React.useState<number | null>(500000);
        const [note, setNote] = React.useState('abc');
        // React 19's form action (then it resets the form); React 18 ignores a function here.
        const action = async (data: FormData) => void submitted.push(data.get('phone'));
        return React.createElement(
          'form',
          version === '19' ? ({ action } as Props) : null,
          React.createElement(JgPhoneInput, {
            name: 'phone',
            value: phone,
            onInput: (e) => setPhone(e.currentTarget.value),
          }),
          React.createElement(JgAmountInput, {
            name: 'amount',
            valueAsFen: fen,
            onInput: (e) => setFen(e.currentTarget.valueAsFen),
          }),
          React.createElement('input', {
            name: 'note',
            value: note,
            onChange: (e) => setNote(e.currentTarget.value),
          }),
          React.createElement('button', null, 'OK'),
        );
      }
      const { container, render } = mount();
      render(React.createElement(Form));
      const form = container.querySelector('form')!;
      const phone = container.querySelector('jg-phone-input') as unknown as LitLike & {
        value: string;
      };
      const amount = container.querySelector('jg-amount-input') as unknown as LitLike & {
        valueAsFen: number | null;
      };
      const values = () =>
        `${phone.value} ${String(amount.valueAsFen)} ${form.querySelector('input')!.value}`;
      await Promise.all([phone.updateComplete, amount.updateComplete]);
      form.reset();
      await Promise.all([phone.updateComplete, amount.updateComplete]);
      assert(values() === '13800138000 500000 abc', `after form.reset(): ${values()}`);
      if (version === '19') {
        container.querySelector('button')!.click();
        await waitFor('the action', () => submitted.length > 0);
        await new Promise((resolve) => setTimeout(resolve, 100));
        assert(submitted[0] === '13800138000', `submitted ${String(submitted[0])}`);
        assert(values() === '13800138000 500000 abc', `after the action: ${values()}`);
      }
    });

    it('a defaultValue arriving after the member typed leaves what they typed, as on a native input', async () => {
      // defaultValue={profile?.name}, the profile loading while the member types: the element
      // takes its value attribute as its value, so the wrapper replaced 李明 with 王芳 mid-word.
      const { JgNameInput, JgPhoneInput } = wrappers;
      const { container, render } = mount();
      const tree = (name?: string, phone?: string) =>
        React.createElement(
          'form',
          null,
          React.createElement(JgNameInput, { name: 'name', defaultValue: name }),
          React.createElement(JgPhoneInput, { name: 'phone', defaultValue: phone }),
          React.createElement('input', { name: 'native', defaultValue: name }),
        );
      render(tree());
      const [nameInput, phone] = ['jg-name-input', 'jg-phone-input'].map(
        (tag) => container.querySelector(tag) as unknown as LitLike & { value: string },
      ) as [LitLike & { value: string }, LitLike & { value: string }];
      await Promise.all([nameInput.updateComplete, phone.updateComplete]);
      const box = (nameInput as unknown as Element).shadowRoot!.querySelector('input')!;
      box.focus();
      box.value = '李明';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      const native = container.querySelector<HTMLInputElement>('input[name="native"]')!;
      native.value = '李明';
      render(tree('王芳', '13800138000'));
      await Promise.all([nameInput.updateComplete, phone.updateComplete]);
      assert(native.value === '李明', `the native input: ${native.value}`);
      assert(nameInput.value === '李明', `the prefill replaced what was typed: ${nameInput.value}`);
      assert(box.value === '李明', `the box: ${box.value}`);
      // The field the member had not touched takes it, as before.
      assert(phone.value === '13800138000', `phone: ${phone.value}`);
      box.blur();
    });

    it('value={undefined} leaves the input to the member, as on a native input, through renders of its parent', async () => {
      // A prefill not known yet (value={profile.phone}, undefined): each render of the parent (the
      // member typing in another, controlled field) set it to '' and emptied what was typed.
      const { JgAmountInput, JgPhoneInput } = wrappers;
      const { container, render } = mount();
      const tree = (note: string) =>
        React.createElement(
          'form',
          { 'data-note': note },
          React.createElement(JgPhoneInput, { name: 'phone', value: undefined }),
          React.createElement(JgAmountInput, { name: 'amount', valueAsFen: undefined }),
        );
      render(tree('a'));
      const typed = async (tag: string, text: string) => {
        const el = container.querySelector(tag)!;
        await (el as unknown as LitLike).updateComplete;
        const box = el.shadowRoot!.querySelector('input')!;
        box.value = text;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        return el as unknown as { value: string };
      };
      const phone = await typed('jg-phone-input', '13900139000');
      const amount = await typed('jg-amount-input', '12.5');
      render(tree('b'));
      render(tree('c'));
      await (phone as unknown as LitLike).updateComplete;
      assert(phone.value === '13900139000', `a render emptied the phone: '${phone.value}'`);
      assert(amount.value === '1250', `a render emptied the amount: '${amount.value}'`);
    });

    it('a property the element changed itself stays through renders of its parent, as on a native element', async () => {
      // @lit/react assigned every element property at every render: <JgMerchantList
      // county="330402"> undid the member's pick of another county at the parent's next render,
      // and <JgPointsMall view="orders" onJgNavigate={(e) => setLast(e.detail.view)}> (a handler
      // that renders) turned the member's tap on 商品 into nothing. React writes a native
      // element's property only when its prop changed (<details open>).
      const { JG_SANDBOX_URL, JG_PUBLISHABLE_KEY, JG_TOKEN_ENDPOINT = '/__jg/token' } = globals;
      assert(JG_SANDBOX_URL, 'no sandbox: run the browser tests with npm test');
      const { JgProvider, JgMerchantList, JgPointsMall } = wrappers;
      const getSessionToken = async () =>
        (await (await fetch(`${JG_TOKEN_ENDPOINT}?member=m_1001`)).json()) as { token: string };
      const navigated: string[] = [];
      function Page({ county }: { county: string }) {
        const [last, setLast] = React.useState('');
        return React.createElement(
          JgProvider,
          { apiBase: JG_SANDBOX_URL, publishableKey: JG_PUBLISHABLE_KEY, getSessionToken },
          React.createElement('output', null, last),
          React.createElement(JgMerchantList, { county, pageSize: 3 }),
          React.createElement(JgPointsMall, {
            view: 'orders',
            onJgNavigate: (e: HTMLElementEventMap['jg-navigate']) => {
              navigated.push(e.detail.view);
              setLast(e.detail.view);
            },
          }),
        );
      }
      const { container, render } = mount();
      render(React.createElement(Page, { county: '330402' }));
      const mall = container.querySelector('jg-points-mall')!;
      const list = container.querySelector('jg-merchant-list')!;
      const products = await waitFor('the mall', () =>
        mall.shadowRoot?.querySelector<HTMLButtonElement>('[part~="nav-item"]'),
      );
      products.click();
      await waitFor('jg-navigate', () => navigated.length > 0);
      await waitFor('the parent rendered', () => container.querySelector('output')?.textContent);
      await (mall as unknown as LitLike).updateComplete;
      assert(mall.view === 'grid', `the tap on 商品 was undone: view ${mall.view}`);
      const select = await waitFor('the counties', () => {
        const found = list.shadowRoot?.querySelector<HTMLSelectElement>('[part~="county-select"]');
        return found && found.options.length > 2 ? found : undefined;
      });
      const other = [...select.options].find((o) => o.value && o.value !== '330402')!.value;
      select.value = other;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      assert(list.county === other, `the pick did not reach the element: ${list.county}`);
      render(React.createElement(Page, { county: '330402' }));
      assert(list.county === other, `a render of the parent undid the pick: ${list.county}`);
      assert(mall.view === 'grid', `a render of the parent undid the view: ${mall.view}`);
      // A prop that changes still reaches the element.
      render(React.createElement(Page, { county: '' }));
      assert(list.county === '', `a new county prop did not reach it: ${list.county}`);
    });

    it("says so once when an input has a value but no onInput (React's value + onChange idiom)", async () => {
      // onChange is the element's change event (the member leaving the field): with only it, a
      // render while the member types put the old value back over the text, without a word.
      const { JgIdInput, JgNameInput, JgUsccInput, JgUnionPicker } = wrappers;
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const { render } = mount();
        const tree = (note: string) =>
          React.createElement(
            'form',
            { 'data-note': note },
            React.createElement(JgIdInput, { value: '', onChange: () => {} }),
            React.createElement(JgNameInput, { value: '', onInput: () => {} }),
            React.createElement(JgNameInput, { value: undefined, onChange: () => {} }),
            // Nothing to type: a disabled field (as React's own warning), and the union picker,
            // whose value is chosen (change). Its advice, onInput, lost the picker's choice.
            React.createElement(JgUsccInput, { value: '91330402MA2B3C4D5E', disabled: true }),
            React.createElement(JgUnionPicker, { value: '', onJgUnionChange: () => {} }),
          );
        render(tree('a'));
        render(tree('b'));
      } finally {
        console.warn = original;
      }
      const ours = warnings.filter((w) => w.startsWith('[jiagong]'));
      assert(ours.length === 1, `warnings: ${JSON.stringify(ours)}`);
      assert(
        ours[0]!.includes('<JgIdInput> has a value but no onInput') &&
          ours[0]!.includes('onInput={(e) => setV(e.currentTarget.value)}'),
        ours[0]!,
      );
    });

    it('controlled inputs keep what the member types (value={v} onInput={(e) => setV(e.currentTarget.value)})', async () => {
      const { JgAmountInput, JgNameInput, JgPhoneInput } = wrappers;
      const state: Record<string, unknown> = {};
      let reset: () => void = () => {};
      function Form() {
        const [fen, setFen] = React.useState<string>('');
        const [fenNumber, setFenNumber] = React.useState<number | null>(null);
        const [name, setName] = React.useState('');
        const [phone, setPhone] = React.useState('');
        Object.assign(state, { fen, fenNumber, name, phone });
        reset = () => {
          setFen('');
          setFenNumber(null);
          setName('');
          setPhone('');
        };
        return React.createElement(
          'form',
          null,
          React.createElement(JgAmountInput, {
            id: 'fen',
            value: fen,
            onInput: (e) => setFen(e.currentTarget.value),
          }),
          React.createElement(JgAmountInput, {
            id: 'fen-number',
            valueAsFen: fenNumber,
            onInput: (e) => setFenNumber(e.currentTarget.valueAsFen),
          }),
          React.createElement(JgNameInput, {
            id: 'name',
            value: name,
            onInput: (e) => setName(e.currentTarget.value),
          }),
          React.createElement(JgPhoneInput, {
            id: 'phone',
            value: phone,
            onInput: (e) => setPhone(e.currentTarget.value),
          }),
        );
      }
      const { container, render } = mount();
      render(React.createElement(Form));
      await Promise.all(
        Array.from(container.querySelectorAll('form > *'), (el) => (el as LitLike).updateComplete),
      );
      const box = (id: string) =>
        container.querySelector(`#${id}`)!.shadowRoot!.querySelector('input')!;
      /** Types into the inner input key by key, letting React render after each. */
      async function type(id: string, text: string) {
        const input = box(id);
        input.focus();
        for (const char of text) {
          input.value += char;
          input.dispatchEvent(
            new InputEvent('input', {
              data: char,
              inputType: 'insertText',
              bubbles: true,
              composed: true,
            }),
          );
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        input.blur();
      }
      await type('fen', '1234.5');
      await type('fen-number', '1234.5');
      await type('name', 'Li Ming');
      await type('phone', '138 0013 8000');
      // Before, each render wrote the value's text back: 1 → 1.00, and the 2 made 1.002.
      assert(state.fen === '123450', `amount value ${String(state.fen)}`);
      assert(state.fenNumber === 123450, `amount valueAsFen ${String(state.fenNumber)}`);
      assert(state.name === 'Li Ming', `name ${String(state.name)}`);
      assert(state.phone === '13800138000', `phone ${String(state.phone)}`);
      assert(box('fen').value === '1,234.50', `amount box ${box('fen').value}`);
      // A value from the app still replaces the text.
      flushSync(() => reset());
      await Promise.all(
        Array.from(container.querySelectorAll('form > *'), (el) => (el as LitLike).updateComplete),
      );
      for (const id of ['fen', 'fen-number', 'name', 'phone']) {
        assert(box(id).value === '', `#${id} not reset: ${box(id).value}`);
      }
    });

    it(`hydrates server-rendered wrappers (Next.js), the elements defined before React ${version} hydrates`, async () => {
      // What react-dom/server renders (react.test.ts): the tags with their plain attributes. The
      // page's script defines the elements, which upgrade with no configuration, before React
      // hydrates and sets their properties and listeners.
      const { JG_SANDBOX_URL, JG_PUBLISHABLE_KEY, JG_TOKEN_ENDPOINT = '/__jg/token' } = globals;
      assert(JG_SANDBOX_URL, 'no sandbox: run the browser tests with npm test');
      const { JgProvider, JgMemberCard, JgPhoneInput } = wrappers;
      const container = document.createElement('div');
      container.innerHTML =
        '<jg-provider class="jg"><jg-member-card id="card"></jg-member-card>' +
        '<jg-phone-input translate="no"></jg-phone-input></jg-provider>';
      document.body.append(container);
      const card = container.querySelector('jg-member-card')!;
      const reveals: boolean[] = [];
      const getSessionToken = async () =>
        (await (await fetch(`${JG_TOKEN_ENDPOINT}?member=m_1001`)).json()) as { token: string };
      let root: ReturnType<typeof hydrateRoot> | undefined;
      cleanups.push(() => {
        root?.unmount();
        container.remove();
      });
      const errors = consoleErrors(() => {
        root = hydrateRoot(
          container,
          React.createElement(
            JgProvider,
            {
              className: 'jg',
              apiBase: JG_SANDBOX_URL,
              publishableKey: JG_PUBLISHABLE_KEY,
              getSessionToken,
            },
            React.createElement(JgMemberCard, {
              id: 'card',
              onJgCardReveal: (e) => reveals.push(e.detail.revealed),
            }),
            React.createElement(JgPhoneInput, { translate: 'no', name: 'phone', required: true }),
          ),
        );
        flushSync(() => {});
      });
      const button = await waitFor('the member card to load', () =>
        card.shadowRoot?.querySelector<HTMLButtonElement>('[part~="reveal-button"]'),
      );
      assert(errors.length === 0, `hydrating logged: ${errors.join('\n')}`);
      assert(container.querySelector('jg-member-card') === card, 'the card was replaced');
      const phone = container.querySelector('jg-phone-input')!;
      assert(phone.name === 'phone' && phone.required, 'the input did not get its properties');
      assert(
        phone.getAttribute('translate') === 'no',
        `translate=${phone.getAttribute('translate')}`,
      );
      button.click();
      await waitFor('jg-card-reveal', () => reveals.length > 0);
    });

    it(`in StrictMode (React ${version}'s double effects and refs): one request per endpoint, one event per prop`, async () => {
      // The React example (examples/react-app) and most apps run in StrictMode: effects and (in
      // 19) ref callbacks run twice on mount. The elements stay in the page meanwhile, so each
      // must load once, add one listener and leave its ref callback's subscriptions balanced.
      const { JG_SANDBOX_URL, JG_PUBLISHABLE_KEY, JG_TOKEN_ENDPOINT = '/__jg/token' } = globals;
      assert(JG_SANDBOX_URL, 'no sandbox: run the browser tests with npm test');
      const { JgProvider, JgMemberCard, JgCardBenefits, JgLoanApplication, JgConsents } = wrappers;
      const getSessionToken = async () =>
        (await (await fetch(`${JG_TOKEN_ENDPOINT}?member=m_1001`)).json()) as { token: string };
      const reveals: boolean[] = [];
      let subscribed = 0;
      const subscribe = (el: HTMLElement | null) => {
        if (!el) return undefined;
        subscribed++;
        return () => void subscribed--;
      };
      performance.clearResourceTimings();
      const { container, render } = mount();
      render(
        React.createElement(
          React.StrictMode,
          null,
          React.createElement(
            JgProvider,
            { apiBase: JG_SANDBOX_URL, publishableKey: JG_PUBLISHABLE_KEY, getSessionToken },
            React.createElement(JgMemberCard, {
              ref: subscribe,
              onJgCardReveal: (e) => reveals.push(e.detail.revealed),
            }),
            React.createElement(JgCardBenefits),
            React.createElement(JgLoanApplication),
            React.createElement(JgConsents, { channel: '嘉兴银行手机银行' }),
          ),
        ),
      );
      const card = container.querySelector('jg-member-card')!;
      const button = await waitFor('the member card to load', () =>
        card.shadowRoot?.querySelector<HTMLButtonElement>('[part~="reveal-button"]'),
      );
      button.click();
      await waitFor('jg-card-reveal', () => reveals.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const requests = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === new URL(JG_SANDBOX_URL).origin)
        .map((url) => url.pathname + url.search)
        .filter((path) => path.startsWith('/v1/'));
      const twice = requests.filter((path, i) => requests.indexOf(path) !== i);
      assert(requests.includes('/v1/me/loan-draft'), `requests: ${requests.join(', ')}`);
      assert(twice.length === 0, `requested twice: ${twice.join(', ')}`);
      assert(reveals.length === 1, `jg-card-reveal reached its prop ${reveals.length} times`);
      assert(subscribed === 1, `${subscribed} subscriptions from the ref callback`);
    });

    it(`calls no on… prop once React ${version} unmounted it, as for a native element (an answer arriving after the member left)`, async () => {
      // A member leaves the page (the app routes elsewhere) while an element still waits for an
      // answer: its event arrives on the removed element. React never calls a native element's
      // handler after unmounting it; a late onJgError (or onJgOrderCreated: navigate('/orders'))
      // would act on a page the member left.
      const { JG_SANDBOX_URL, JG_PUBLISHABLE_KEY } = globals;
      assert(JG_SANDBOX_URL, 'no sandbox: run the browser tests with npm test');
      const { JgProvider, JgMemberCard } = wrappers;
      let answer!: (token: null) => void;
      const getSessionToken = () => new Promise<null>((resolve) => (answer = resolve));
      const late: string[] = [];
      const { container, render } = mount();
      const page = (shown: boolean) =>
        React.createElement(
          JgProvider,
          { apiBase: JG_SANDBOX_URL, publishableKey: JG_PUBLISHABLE_KEY, getSessionToken },
          shown
            ? React.createElement(JgMemberCard, {
                onJgError: (event) => late.push(String(event.detail.error)),
              })
            : null,
        );
      render(page(true));
      const card = container.querySelector('jg-member-card')!;
      await waitFor('the card to ask for a session', () => answer);
      // The card's own listener sees the event, so it did arrive.
      const arrived: Event[] = [];
      card.addEventListener('jg-error', (event) => arrived.push(event));
      render(page(false));
      assert(!card.isConnected, 'the card is still in the page');
      answer(null);
      await waitFor('the late jg-error', () => arrived.length > 0);
      assert(late.length === 0, `onJgError was called after unmount: ${late.join(', ')}`);

      // Mounted, it is called as before.
      render(page(true));
      const again = container.querySelector('jg-member-card')!;
      again.dispatchEvent(new CustomEvent('jg-error', { detail: { error: 'now' } }));
      assert(late.join() === 'now', `onJgError got ${late.join(', ')}`);
    });

    it(`a React ${version} app shows the member card from the sandbox and handles jg-card-reveal`, async () => {
      const { JG_SANDBOX_URL, JG_PUBLISHABLE_KEY, JG_TOKEN_ENDPOINT = '/__jg/token' } = globals;
      assert(JG_SANDBOX_URL, 'no sandbox: run the browser tests with npm test');
      const { JgProvider, JgMemberCard } = wrappers;
      assert(
        'JgProvider' in wrappers && 'JgMemberCard' in wrappers,
        'no JgProvider or JgMemberCard wrapper',
      );
      const getSessionToken = async () => {
        const response = await fetch(`${JG_TOKEN_ENDPOINT}?member=m_1001`);
        if (!response.ok) throw new Error(`token endpoint: ${response.status}`);
        return (await response.json()) as { token: string; expiresAt?: string };
      };
      function App() {
        const [last, setLast] = React.useState('none');
        return React.createElement(
          JgProvider,
          { apiBase: JG_SANDBOX_URL, publishableKey: JG_PUBLISHABLE_KEY, getSessionToken },
          React.createElement(JgMemberCard, {
            onJgCardReveal: (event) => setLast(`revealed: ${event.detail.revealed}`),
          }),
          React.createElement('output', null, last),
        );
      }
      const { container, render } = mount();
      render(React.createElement(App));
      const card = container.querySelector('jg-member-card')!;
      const button = await waitFor('the member card to load', () =>
        card.shadowRoot?.querySelector<HTMLButtonElement>('[part~="reveal-button"]'),
      );
      assert(/沈/.test(card.shadowRoot!.textContent ?? ''), 'not m_1001’s card');
      button.click();
      await waitFor('React to render the event', () =>
        container.querySelector('output')?.textContent === 'revealed: true' ? true : undefined,
      );
    });
  });
}

// Properties with a default given "unset" the ways a partner's page does it: React sets an
// element's property to undefined (`search={undefined}`, a prop the parent may not have), and a
// framework binding an attribute to null removes it (Lit's converter then sets null). Either
// must behave as the default: the element loads, throws nothing and shows no "undefined".
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider/index.js';
import '../../src/merchant-list/index.js';
import '../../src/points-mall/index.js';
import '../../src/model-workers/index.js';
import '../../src/courses/index.js';
import '../../src/inputs/index.js';
import type { JgPhoneInput } from '../../src/inputs/index.js';
import {
  PUBLISHABLE_KEY,
  sandboxUrl,
  tokenFor,
  waitForLoad,
  waitUntil,
} from '../support/test-helpers.js';

/** The elements' search field, wherever the element keeps it. */
const searchBox = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"], [part="search"]')!;

describe('properties with a default, unset', function () {
  this.timeout(30_000);

  for (const tag of [
    'jg-merchant-list',
    'jg-mall-product-grid',
    'jg-model-workers',
    'jg-courses',
  ]) {
    it(`<${tag}> lists with search undefined (React) or its attribute removed (null)`, async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onRejection);
      try {
        const provider = await fixture(
          html`<jg-provider
            api-base=${sandboxUrl()}
            publishable-key=${PUBLISHABLE_KEY}
            .getSessionToken=${() => tokenFor('m_1001')}
          ></jg-provider>`,
        );
        const fromReact = Object.assign(document.createElement(tag), { search: undefined });
        const removed = document.createElement(tag);
        removed.setAttribute('search', '茶');
        provider.append(fromReact, removed);
        removed.removeAttribute('search');
        for (const el of [fromReact, removed]) {
          await waitForLoad(el);
          expect(searchBox(el).value, `${tag}'s search box`).to.equal('');
          expect(el.shadowRoot!.textContent, tag).not.to.match(/undefined|null/);
          await waitUntil(
            () => el.shadowRoot!.querySelector('li, [part~="product"]'),
            `${tag} lists`,
          );
        }
        expect(errors).to.deep.equal([]);
      } finally {
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onRejection);
      }
    });
  }

  it('checks a form input with validators undefined (React) as one without', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><jg-phone-input name="m" value="13812345678"></jg-phone-input></form>`,
    );
    const el = form.firstElementChild as JgPhoneInput;
    el.validators = undefined;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(new FormData(form).get('m')).to.equal('13812345678');
  });
});

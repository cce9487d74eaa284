// Its own page: a page in English that imported the English texts of some families but not of
// the service menu. The menu shows its own texts in Chinese (with one warning) and waits for
// them; removed, it must not stay in memory, however many a long session mounts.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../provider/index.js';
import '../service-menu/index.js';
import '../card-benefits/en.js';
import { PUBLISHABLE_KEY, sandboxUrl, sleep } from '../../test/support/test-helpers.js';

interface Memory {
  nodes: number;
  listeners: number;
}
const measure = async () => {
  await sleep(300);
  return executeServerCommand('jg-memory') as Promise<Memory>;
};

describe('elements waiting for texts that never come', function () {
  this.timeout(60_000);

  it('are not kept once removed', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const provider = await fixture(
        html`<jg-provider
          locale="en"
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
        ></jg-provider>`,
      );
      const cycle = async () => {
        const el = document.createElement('jg-service-menu');
        provider.append(el);
        for (let i = 0; !el.shadowRoot?.querySelector('[part~="tile"], [part~="error"]'); i++) {
          if (i > 300) throw new Error('the service menu did not load');
          await sleep(20);
        }
        expect(el.getAttribute('lang'), 'the page asks for English').to.equal('en');
        el.remove();
      };
      await cycle();
      await cycle();
      const before = await measure();
      for (let i = 0; i < 6; i++) await cycle();
      const after = await measure();
      // Each menu kept is some 380 nodes and 20 listeners.
      expect(after.nodes - before.nodes, 'nodes').to.be.at.most(20);
      expect(after.listeners - before.listeners, 'listeners').to.be.at.most(2);
    } finally {
      console.warn = warn;
    }
  });
});

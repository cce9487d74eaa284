import { expect, fixture, html } from '@open-wc/testing';
import '../../src/provider/index.js';
import '../../src/points-mall/index.js';

// web-test-runner.config.mjs loads test/support/readable-failures.ts before each test file: a
// failed comparison of two nodes must carry text, not the nodes (whose object graphs froze the
// page as the runner sent them to Node).
/** What chai's AssertionError carries for the runner's report. */
type Failure = Error & { actual: unknown; expected: unknown };

describe('a failed check between DOM nodes', () => {
  async function failureOf(check: () => void): Promise<Failure> {
    try {
      check();
    } catch (error) {
      return error as Failure;
    }
    throw new Error('the check passed');
  }

  it('names the nodes in text', async () => {
    const mall = await fixture(
      html`<jg-points-mall api-base="http://127.0.0.1:9"></jg-points-mall>`,
    );
    const button = document.createElement('button');
    button.setAttribute('part', 'retry-button');
    const error = await failureOf(() => expect(mall).to.equal(button));
    expect(error).to.be.instanceOf(Error);
    expect(error.actual).to.match(/^<jg-points-mall api-base="http:\/\/127.0.0.1:9"/);
    expect(error.expected).to.equal('<button part="retry-button">');
    expect(error.message).to.be.a('string');
  });

  it('names a text node and a missing one, and leaves other values alone', async () => {
    const text = document.createTextNode('重试');
    expect((await failureOf(() => expect(text).to.equal(null))).actual).to.equal('#text "重试"');
    const numbers = await failureOf(() => expect(1).to.equal(2));
    expect([numbers.actual, numbers.expected]).to.deep.equal([1, 2]);
  });

  it("still has @open-wc/testing's fixture cleanup, which the setup must not turn off", () => {
    // The first test's mall: the setup once imported @open-wc/testing before mocha was there, so
    // its afterEach cleanup was never registered and every fixture stayed on the page.
    expect(document.querySelector('jg-points-mall')).to.equal(null);
  });
});

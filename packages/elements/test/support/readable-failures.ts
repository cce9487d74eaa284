// Loaded by every browser test page before its test file (web-test-runner.config.mjs).
//
// A failed `expect(a).to.equal(b)` between two DOM nodes (the usual focus check:
// `expect(root.activeElement).to.equal(button)`) froze the test page: the runner sends an
// assertion's `actual` and `expected` to Node, walking each element's whole object graph (its
// client, its virtualizer, its parents …), and the run ended only at testsFinishTimeout, 20
// minutes later, with "browser disconnected" and no message. Nodes now travel as a short text
// that says which node it was, so the failure reads like any other.
// The pure entry: the main one, loaded here before mocha, would find no afterEach and never
// register the fixture cleanup for the test file that imports it next (the same module).
// Its types leave out the chai it exports.
import * as pure from '@open-wc/testing/pure';

const { chai } = pure as unknown as { chai: Chai.ChaiStatic };

/** `<button part="retry-button" aria-label="…">` for an element; `#text "…"` for other nodes. */
export function describeNode(node: Node): string {
  if (!(node instanceof Element)) return `${node.nodeName} ${JSON.stringify(node.textContent)}`;
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`);
  return `<${node.localName}${attributes.join('')}>`;
}

const readable = (value: unknown) => (value instanceof Node ? describeNode(value) : value);

for (const key of ['actual', 'expected'] as const) {
  // chai's AssertionError copies these onto itself with `this[key] = value`; an accessor on the
  // prototype sees that assignment first and keeps a description in place of a node.
  Object.defineProperty(chai.AssertionError.prototype, key, {
    configurable: true,
    set(this: object, value: unknown) {
      Object.defineProperty(this, key, {
        value: readable(value),
        enumerable: true,
        writable: true,
      });
    },
  });
}

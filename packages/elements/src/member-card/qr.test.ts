import { expect } from '@open-wc/testing';
import { generate } from 'lean-qr/nano';
import { qrPath } from './qr.js';

/** The dark modules a path draws, as a set of `x,y`. */
function paintedModules(d: string): Set<string> {
  const painted = new Set<string>();
  for (const [, x, y, width] of d.matchAll(/M(\d+) (\d+)h(\d+)v1H\d+z/g)) {
    for (let i = 0; i < Number(width); i++) painted.add(`${Number(x) + i},${y}`);
  }
  return painted;
}

describe('member code QR path', () => {
  it('paints exactly the dark modules of the symbol', () => {
    for (const text of ['7', '123456789012345678', '会员码 Jiagong', 'x'.repeat(100)]) {
      const code = generate(text);
      const { size, d } = qrPath(text);
      expect(size).to.equal(code.size);
      const expected = new Set<string>();
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) if (code.get(x, y)) expected.add(`${x},${y}`);
      }
      expect([...paintedModules(d)].sort()).to.deep.equal([...expected].sort());
    }
  });

  it('draws one rectangle per horizontal run of dark modules', () => {
    const { d } = qrPath('123456789012345678');
    // The top row starts with the top-left finder pattern's 7 dark modules, in one run.
    expect(d.startsWith('M0 0h7v1H0z')).to.equal(true);
  });
});

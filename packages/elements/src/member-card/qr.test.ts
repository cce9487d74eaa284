import { expect } from '@open-wc/testing';
import { correction, generate, mode, type Mask } from 'lean-qr';
import { qrModules, qrPath } from './qr.js';

/** The symbol lean-qr (a complete encoder) makes for `text` in byte mode, level L, `mask`. */
function reference(text: string, mask: Mask): string {
  const code = generate(mode.bytes(new TextEncoder().encode(text)), {
    minCorrectionLevel: correction.L,
    maxCorrectionLevel: correction.L,
    mask,
  });
  return Array.from({ length: code.size ** 2 }, (_, i) =>
    code.get(i % code.size, Math.floor(i / code.size)) ? '1' : '0',
  ).join('');
}

const samples = [
  '',
  '7',
  '123456789012345678', // a sandbox member code: version 2
  '会员码 Jiagong',
  // Every length up to the largest version's capacity: versions 1–5, every padding case.
  ...Array.from({ length: 106 }, (_, n) =>
    Array.from({ length: n + 1 }, (_, i) => String.fromCharCode(33 + ((i * 7 + n) % 90))).join(''),
  ),
];

describe('member code QR encoder', () => {
  it('draws exactly the modules lean-qr draws, for every version and mask', () => {
    for (const text of samples) {
      for (let mask = 0; mask < 8; mask++) {
        expect(qrModules(text, mask).modules, `${JSON.stringify(text)} mask ${mask}`).to.equal(
          reference(text, mask as Mask),
        );
      }
    }
  });

  it('picks one of the eight masks by penalty', () => {
    const chosen = qrModules('123456789012345678').modules;
    const candidates = Array.from(
      { length: 8 },
      (_, mask) => qrModules('123456789012345678', mask).modules,
    );
    expect(candidates).to.include(chosen);
  });

  it('draws the dark modules as a path of horizontal runs', () => {
    const { size, d } = qrPath('123456789012345678');
    expect(size).to.equal(25);
    // The top row starts with the top-left finder's 7 dark modules.
    expect(d.startsWith('M0 0h7v1H0z')).to.equal(true);
    const dark = qrModules('123456789012345678').modules.replace(/0/g, '').length;
    const area = [...d.matchAll(/h(\d+)/g)].reduce((sum, [, n]) => sum + Number(n), 0);
    expect(area).to.equal(dark);
  });

  it('refuses a code longer than version 5 holds', () => {
    expect(() => qrModules('x'.repeat(107))).to.throw(RangeError);
  });
});

/**
 * A QR code encoder cut to what the member code needs (ISO/IEC 18004): byte mode, error
 * correction level L, versions 1–5, so up to 106 bytes in one Reed–Solomon block and no block
 * interleaving (a member code is a few dozen characters at most; the sandbox's are 18 digits).
 * The mask is chosen by the standard's penalty rules, as full encoders do. qr.test.ts checks it
 * module for module against lean-qr for every version and mask.
 */

/** Data and error-correction codewords of versions 1–5 at level L. */
const DATA_CODEWORDS = [19, 34, 55, 80, 108];
const EC_CODEWORDS = [7, 10, 15, 20, 26];

/** The eight mask patterns: a module at column x, row y is inverted where the result is 0. */
const MASKS: ((x: number, y: number) => number)[] = [
  (x, y) => (x + y) % 2,
  (_, y) => y % 2,
  (x) => x % 3,
  (x, y) => (x + y) % 3,
  (x, y) => (Math.floor(x / 3) + (y >> 1)) % 2,
  (x, y) => ((x * y) % 2) + ((x * y) % 3),
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2,
];

/** Product in GF(2^8) modulo the QR polynomial x^8 + x^4 + x^3 + x^2 + 1. */
function multiply(a: number, b: number): number {
  let product = 0;
  for (let bit = 7; bit >= 0; bit--) {
    product = (product << 1) ^ ((product >> 7) * 0x11d);
    product ^= ((b >> bit) & 1) * a;
  }
  return product;
}

/** The Reed–Solomon error-correction codewords of `data`. */
function errorCorrection(data: number[], count: number): number[] {
  // The generator polynomial (x − α^0)…(x − α^(count−1)), highest power first, its leading 1 left out.
  const generator = Array<number>(count).fill(0);
  generator[count - 1] = 1;
  for (let i = 0, root = 1; i < count; i++, root = multiply(root, 2)) {
    for (let j = 0; j < count; j++) {
      generator[j] = multiply(generator[j]!, root) ^ (generator[j + 1] ?? 0);
    }
  }
  const remainder = Array<number>(count).fill(0);
  for (const codeword of data) {
    const factor = codeword ^ remainder.shift()!;
    remainder.push(0);
    for (let j = 0; j < count; j++) remainder[j]! ^= multiply(generator[j]!, factor);
  }
  return remainder;
}

/**
 * The standard's penalty of a masked symbol (`'1'` dark, row after row): the mask with the
 * lowest one reads best.
 */
function penalty(modules: string, size: number): number {
  const rows = modules.match(new RegExp(`.{${size}}`, 'g'))!;
  const columns = rows.map((_, x) => rows.map((row) => row[x]).join(''));
  let score = 0;
  for (const line of [...rows, ...columns]) {
    // Runs of five or more modules of one colour.
    for (const run of line.match(/0{5,}|1{5,}/g) ?? []) score += run.length - 2;
    // Finder-like patterns (1:1:3:1:1) with four light modules on one side and light on the
    // other; outside the symbol counts as light.
    score += 40 * (`0000${line}0000`.match(/(?=000010111010|010111010000)/g)?.length ?? 0);
  }
  // 2×2 blocks of one colour.
  rows.forEach((row, y) => {
    for (let x = 1; y && x < size; x++) {
      if (/^(0000|1111)$/.test(rows[y - 1]!.slice(x - 1, x + 1) + row.slice(x - 1, x + 1))) {
        score += 3;
      }
    }
  });
  // Far from half dark.
  const total = size * size;
  const dark = modules.replace(/0/g, '').length;
  return score + 10 * (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1);
}

/**
 * The modules of the QR symbol of `text`, row after row (`'1'` dark), and its side. `mask`
 * forces a mask pattern (for tests); by default the one with the lowest penalty.
 */
export function qrModules(text: string, mask?: number): { size: number; modules: string } {
  const bytes = new TextEncoder().encode(text);
  const version = DATA_CODEWORDS.findIndex((capacity) => capacity - 2 >= bytes.length);
  if (version < 0) throw new RangeError('The member code is too long for its QR code');
  const size = 21 + 4 * version;

  // Mode 0100 (bytes), an 8-bit length, the bytes, a 0000 terminator: all shifted by a nibble.
  const data = [0x40 | (bytes.length >> 4)];
  let previous = bytes.length;
  for (const byte of [...bytes, 0]) {
    data.push(((previous & 15) << 4) | (byte >> 4));
    previous = byte;
  }
  for (let pad = 0xec; data.length < DATA_CODEWORDS[version]!; pad ^= 0xec ^ 0x11) data.push(pad);
  const codewords = [...data, ...errorCorrection(data, EC_CODEWORDS[version]!)];

  // One entry per module, row after row: bit 0 dark, bit 1 part of a fixed pattern.
  const grid = new Uint8Array(size * size);
  const set = (x: number, y: number, on: unknown) => (grid[y * size + x] = on ? 3 : 2);
  /** A square pattern centred on (cx, cy), dark where `on(ring)`; clipped at the edges. */
  const square = (cx: number, cy: number, radius: number, on: (ring: number) => boolean) => {
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) {
          set(x, y, on(Math.max(Math.abs(dx), Math.abs(dy))));
        }
      }
    }
  };
  // The 15 format bits (level L, the mask) in their two places, and the always-dark module.
  const format = (mask: number) => {
    let bits = 8 | mask;
    for (let i = 0; i < 10; i++) bits = (bits << 1) ^ ((bits >> 9) * 0x537);
    bits = (((8 | mask) << 10) | bits) ^ 0x5412;
    for (let i = 0; i < 15; i++) {
      const on = (bits >> i) & 1;
      set(8, i < 6 ? i : i < 8 ? i + 1 : size - 15 + i, on);
      set(i < 8 ? size - 1 - i : i < 9 ? 7 : 14 - i, 8, on);
    }
    set(8, size - 8, 1);
  };

  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 == 0);
    set(i, 6, i % 2 == 0);
  }
  square(3, 3, 4, (ring) => ring != 2 && ring != 4);
  square(size - 4, 3, 4, (ring) => ring != 2 && ring != 4);
  square(3, size - 4, 4, (ring) => ring != 2 && ring != 4);
  if (version) square(size - 7, size - 7, 2, (ring) => ring != 1);
  format(0); // reserves the format modules before the data goes around them

  // The codewords' bits in two-module-wide columns, zigzagging up and down from the right.
  let bit = 0;
  for (let right = size - 1; right > 0; right -= 2) {
    if (right == 6) right = 5; // the vertical timing pattern
    for (let vertical = 0; vertical < size; vertical++) {
      for (let j = 0; j < 2; j++) {
        const i = ((right + 1) & 2 ? vertical : size - 1 - vertical) * size + right - j;
        if (!grid[i] && bit < codewords.length * 8) {
          grid[i] = (codewords[bit >> 3]! >> (7 - (bit & 7))) & 1;
          bit++;
        }
      }
    }
  }

  let best = '';
  let lowest = Infinity;
  for (let m = 0; m < 8; m++) {
    if (mask !== undefined && m != mask) continue;
    format(m);
    const modules = Array.from(grid, (module, i) =>
      module & 2 || MASKS[m]!(i % size, Math.floor(i / size)) ? module & 1 : module ^ 1,
    ).join('');
    const score = mask === undefined ? penalty(modules, size) : 0;
    if (score < lowest) [best, lowest] = [modules, score];
  }
  return { size, modules: best };
}

/** A QR symbol drawn as one SVG path of its dark modules, and its side in modules. */
export interface QrPath {
  size: number;
  d: string;
}

/**
 * The QR symbol of `text` as one SVG path (a rectangle per horizontal run of dark modules), to
 * draw in a Lit `svg` template: no canvas data URL, no innerHTML, nothing a strict CSP refuses.
 */
export function qrPath(text: string): QrPath {
  const { size, modules } = qrModules(text);
  let d = '';
  modules.match(new RegExp(`.{${size}}`, 'g'))!.forEach((row, y) => {
    for (const run of row.matchAll(/1+/g))
      d += `M${run.index} ${y}h${run[0].length}v1H${run.index}z`;
  });
  return { size, d };
}

import { generate } from 'lean-qr/nano';

/** A QR symbol drawn as one SVG path of its dark modules, and its side in modules. */
export interface QrPath {
  size: number;
  d: string;
}

/**
 * The QR symbol of `text` (encoded by lean-qr, its smallest entry) as one SVG path, a rectangle
 * per horizontal run of dark modules, to draw in a Lit `svg` template: no canvas data URL, no
 * innerHTML, nothing a strict CSP refuses.
 */
export function qrPath(text: string): QrPath {
  const code = generate(text);
  const { size } = code;
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!code.get(x, y)) continue;
      const start = x;
      // (lean-qr answers false past the edge.)
      while (code.get(x + 1, y)) x++;
      d += `M${start} ${y}h${x + 1 - start}v1H${start}z`;
    }
  }
  return { size, d };
}

import { generate } from 'lean-qr/nano';
import { svg, type SVGTemplateResult } from 'lit';

/** Modules of light margin around the symbol, as ISO/IEC 18004 asks. */
const QUIET_ZONE = 4;

/**
 * The QR symbol of `text` as one SVG path (one `h` run per row of dark modules). Drawn as a
 * Lit `svg` template: no canvas data URL, no innerHTML, nothing a strict CSP refuses.
 */
export function qrPath(text: string): { size: number; d: string } {
  const code = generate(text);
  const { size } = code;
  let d = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && code.get(x, y)) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return { size, d };
}

/** The `<svg>` content (light background + dark modules) for a QR code of `text`. */
export function qrSvg(text: string): { viewBox: string; content: SVGTemplateResult } {
  const { size, d } = qrPath(text);
  const full = size + QUIET_ZONE * 2;
  return {
    viewBox: `${-QUIET_ZONE} ${-QUIET_ZONE} ${full} ${full}`,
    content: svg`<rect x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${full} height=${full} fill="#fff"></rect><path d=${d} fill="#000"></path>`,
  };
}

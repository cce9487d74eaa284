/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Splits a name into at most `maxLines` lines of about `perLine` characters. */
function wrap(text: string, perLine: number, maxLines: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length && lines.length < maxLines; i += perLine) {
    lines.push(chars.slice(i, i + perLine).join(''));
  }
  if (chars.length > perLine * maxLines && lines.length > 0) {
    const last = [...(lines[lines.length - 1] ?? '')];
    lines[lines.length - 1] = `${last.slice(0, -1).join('')}…`;
  }
  return lines;
}

const FONT = `-apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif`;

/**
 * A product picture drawn from its data: a coloured backdrop, a simple motif and the name as
 * escaped <text>. No network, no image files, and no markup from data ever reaches the SVG.
 */
export function productSvg(options: {
  name: string;
  category: string;
  hue: number;
  variant: number;
}): string {
  const hue = (options.hue + options.variant * 47) % 360;
  const lines = wrap(options.name, 9, 3);
  const text = lines
    .map(
      (line, i) =>
        `<text x="200" y="${292 + i * 34}" text-anchor="middle" font-size="26" font-weight="600" fill="#fff">${escapeXml(line)}</text>`,
    )
    .join('');
  const motif =
    options.variant % 3 === 0
      ? `<circle cx="200" cy="150" r="78" fill="hsl(${hue} 70% 88%)" opacity=".9"/><circle cx="200" cy="150" r="46" fill="hsl(${hue} 60% 60%)"/>`
      : options.variant % 3 === 1
        ? `<rect x="124" y="74" width="152" height="152" rx="28" fill="hsl(${hue} 70% 88%)" opacity=".9"/><rect x="164" y="114" width="72" height="72" rx="14" fill="hsl(${hue} 60% 60%)"/>`
        : `<path d="M200 70 L286 226 H114 Z" fill="hsl(${hue} 70% 88%)" opacity=".9"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="${escapeXml(options.name)}">`,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 65% 52%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 70% 38%)"/></linearGradient></defs>`,
    `<rect width="400" height="400" fill="url(#g)"/>`,
    motif,
    `<g font-family="${escapeXml(FONT)}">`,
    `<text x="24" y="40" font-size="18" fill="#fff" opacity=".85">${escapeXml(options.category)}</text>`,
    text,
    `</g></svg>`,
  ].join('');
}

/** A round merchant logo with the first character of its name. */
export function merchantSvg(options: { name: string; hue: number }): string {
  const initial = [...options.name][0] ?? '?';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96" role="img" aria-label="${escapeXml(options.name)}">`,
    `<circle cx="48" cy="48" r="48" fill="hsl(${options.hue} 60% 45%)"/>`,
    `<text x="48" y="62" text-anchor="middle" font-size="40" font-family="${escapeXml(FONT)}" fill="#fff">${escapeXml(initial)}</text>`,
    `</svg>`,
  ].join('');
}

import { html, type TemplateResult } from 'lit';

/** One icon's drawing: the `d` of one stroked SVG path on a 24×24 grid (one of the `icon…` below). */
export type IconPath = string;

// Stroke icons on a 24×24 grid, drawn with currentColor by `icon()`. Each is ONE path (circles
// and rectangles written as path data): several sibling elements would lose all but the first
// once the published build minifies the markup (`<circle …>` without its `/` opens an element
// the next one nests inside, and nested shapes are not drawn). Plain strings, rendered through an
// attribute binding: no external assets, no innerHTML, nothing a strict CSP or Trusted Types
// would refuse, and a bundle keeps only the icons its elements draw (an unused constant is dropped).
export const iconBook: IconPath = 'M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2zM4 21V5M19 19v2H6';
export const iconSchool: IconPath = 'M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v6';
export const iconHeart: IconPath =
  'M12 20s-7-4.4-9-9a4.8 4.8 0 0 1 9-3 4.8 4.8 0 0 1 9 3c-2 4.6-9 9-9 9z';
export const iconScales: IconPath =
  'M12 3v18M7 21h10M4 7h16M4 7l-2.5 6a3 3 0 0 0 5 0zM20 7l-2.5 6a3 3 0 0 0 5 0z';
export const iconBriefcase: IconPath =
  'M5 7h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2zM9 7V5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2M3 13h18';
export const iconTools: IconPath =
  'M14.5 6.5a4 4 0 0 0 5 5l-8.5 8.5a2.1 2.1 0 0 1-3-3l8.5-8.5a4 4 0 0 0-2-2zM4 4l4 4';
export const iconStore: IconPath =
  'M3 9l1.5-5h15L21 9M3 9h18M3 9a3 3 0 0 0 6 0 3 3 0 0 0 6 0 3 3 0 0 0 6 0M5 12v8h14v-8M10 20v-5h4v5';
export const iconGift: IconPath =
  'M4 8h16a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1zM5 13v8h14v-8M12 8v13M12 8c-2-4-6-4-6-1.5S9 8 12 8c3 0 6 0 6-1.5S14 4 12 8z';
export const iconBank: IconPath = 'M3 10l9-6 9 6M5 10v8M9.5 10v8M14.5 10v8M19 10v8M3 21h18';
export const iconQuiz: IconPath =
  'M3 12a9 9 0 1 0 18 0 9 9 0 1 0-18 0zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7M12 17h.01';
export const iconMedal: IconPath =
  'M7 15a5 5 0 1 0 10 0 5 5 0 1 0-10 0zM8.5 11.5L6 3h4l2 5 2-5h4l-2.5 8.5M12 13v4';
export const iconQr: IconPath =
  'M3 3h7v7H3zM14 3h7v7H14zM3 14h7v7H3zM14 14h3v3h-3zM20 14v.01M14 20h.01M17 20h4v-3';
export const iconCard: IconPath =
  'M4 5h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2zM2 10h20M6 15h4';
export const iconChevron: IconPath = 'M9 6l6 6-6 6';
export const iconChevronLeft: IconPath = 'M15 6l-6 6 6 6';
export const iconChevronDown: IconPath = 'M6 9l6 6 6-6';
export const iconCheck: IconPath = 'M5 12.5l4.5 4.5L19 7.5';
export const iconCheckCircle: IconPath = 'M3 12a9 9 0 1 0 18 0 9 9 0 1 0-18 0zM8 12.5l3 3 5-6';
export const iconBan: IconPath = 'M3 12a9 9 0 1 0 18 0 9 9 0 1 0-18 0zM5.6 5.6l12.8 12.8';
export const iconClock: IconPath = 'M3 12a9 9 0 1 0 18 0 9 9 0 1 0-18 0zM12 7v5l3 2';
export const iconAlert: IconPath = 'M12 3l10 18H2zM12 10v4M12 17.5h.01';
export const iconInfo: IconPath = 'M3 12a9 9 0 1 0 18 0 9 9 0 1 0-18 0zM12 11v6M12 7.5h.01';
export const iconClose: IconPath = 'M6 6l12 12M18 6L6 18';
export const iconRefresh: IconPath = 'M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7';
export const iconEye: IconPath =
  'M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12zM9 12a3 3 0 1 0 6 0 3 3 0 1 0-6 0z';
export const iconEyeOff: IconPath =
  'M3 3l18 18M10.6 6.1A10 10 0 0 1 12 6c6.4 0 10 6 10 6a17 17 0 0 1-3 3.6M6.6 6.6C3.8 8.3 2 12 2 12s3.6 7 10 7a9.6 9.6 0 0 0 5.4-1.6M9.9 9.9a3 3 0 0 0 4.2 4.2';
export const iconShield: IconPath = 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM9 12l2 2 4-4';
export const iconUser: IconPath = 'M8 8a4 4 0 1 0 8 0 4 4 0 1 0-8 0zM4 21a8 8 0 0 1 16 0';
export const iconSearch: IconPath = 'M4 11a7 7 0 1 0 14 0 7 7 0 1 0-14 0zM20 20l-4-4';
export const iconCart: IconPath =
  'M7.5 20a1.5 1.5 0 1 0 3 0 1.5 1.5 0 1 0-3 0zM16.5 20a1.5 1.5 0 1 0 3 0 1.5 1.5 0 1 0-3 0zM2 3h3l2.6 12.4a1 1 0 0 0 1 .8h9.7a1 1 0 0 0 1-.8L21 7H6';
export const iconInbox: IconPath = 'M3 13l3-8h12l3 8v6H3zM3 13h5l1.5 2h5L16 13h5';
export const iconExternal: IconPath =
  'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5';
export const iconPlus: IconPath = 'M12 5v14M5 12h14';
export const iconMinus: IconPath = 'M5 12h14';
export const iconCoins: IconPath =
  'M3 7a6 3 0 1 0 12 0 6 3 0 1 0-12 0zM3 7v5c0 1.7 2.7 3 6 3s6-1.3 6-3V7M9 15v2c0 1.7 2.7 3 6 3s6-1.3 6-3v-5c0-1.5-2-2.7-4.8-3';
export const iconHandHeart: IconPath =
  'M3 14h3l4 3h6a1.5 1.5 0 0 0 0-3h-4M6 14v6H3M16 17l4-2.5a1.5 1.5 0 0 1 1.6 2.5L15 21H8M15 10.5s-3-1.9-3-4a1.7 1.7 0 0 1 3-1 1.7 1.7 0 0 1 3 1c0 2.1-3 4-3 4z';
export const iconLocation: IconPath =
  'M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11zM9.5 10a2.5 2.5 0 1 0 5 0 2.5 2.5 0 1 0-5 0z';
export const iconPhone: IconPath =
  'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z';
export const iconStar: IconPath =
  'M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3 6.5 20.2l1-6.2L3 9.6l6.2-.9z';
export const iconDocument: IconPath = 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6';

/**
 * An icon as an inline `<svg>`. Decorative (`aria-hidden`) unless `label` is given, in which
 * case it is announced as an image with that name.
 */
export function icon(path: IconPath, label?: string): TemplateResult {
  return label
    ? html`<svg class="jg-icon" part="icon" viewBox="0 0 24 24" role="img" aria-label=${label}>
        <path d=${path}></path>
      </svg>`
    : html`<svg
        class="jg-icon"
        part="icon"
        viewBox="0 0 24 24"
        aria-hidden="true"
        focusable="false"
      >
        <path d=${path}></path>
      </svg>`;
}

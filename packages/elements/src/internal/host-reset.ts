import { css } from 'lit';

/**
 * What a host page must not change inside an element, listed after `baseStyles`. Inherited CSS
 * crosses into shadow roots: an intranet's `body { text-align: center; white-space: nowrap;
 * text-transform: uppercase; letter-spacing: 1px; word-break: break-all }`, a rich-text editor's
 * `<p style="text-indent: 2em">` or a `<label>`/`<th>`'s bold around an element would centre,
 * uppercase, indent, embolden or run its text off the screen, and a `dir="rtl"` page would
 * reverse it. Rules a partner writes for the element itself still win (a `:host` rule loses to
 * the page's rules for the host).
 * Its own module, not in `baseStyles`: the entries at their size budget (the loan form with its
 * inputs and union picker, the points mall) cannot carry it; their own `:host` rules set only the
 * part that breaks their layout or colours (`text-align`, `text-indent`, `white-space`,
 * `-webkit-text-fill-color`) and docs/theming.md tells partners what to set for the rest. The
 * merchant list carries it (its size row rose by the cost), and so does `<jg-member-code>`, which
 * partners also place on its own (1 B: the sheet is already in its entry).
 */
export const hostResetStyles = css`
  :host {
    font: var(--jg-font-size-md) / var(--jg-line-height) var(--jg-font-family);
    /* Their texts are Chinese or English: in a right-to-left page the masked card number and
       name read backwards (0012 **** **** ****, **沈). */
    direction: ltr;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    -webkit-text-fill-color: currentColor;
  }
`;

import { html, nothing } from 'lit';
import { fenToChineseUppercase, fenToWanHint, formatFen, parseYuanToFen } from '@jiagong/contract';
import { JgFormControl, type Parsed } from './form-control.js';
import { amountTexts } from './messages.js';

// Integer fen to the yuan text a member edits (`123456` → `1234.56`), by string slicing: no
// float division anywhere near money.
function fenToYuanText(value: string): string {
  if (!/^\d+$/.test(value)) return value;
  const digits = value.replace(/^0+(?=\d{3})/, '').padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Amounts from ¥10,000 up get the 万元 reading aid; below that it only adds noise. */
const WAN_HINT_FROM_FEN = 1_000_000;

/**
 * Money input in yuan (`1234.56`, `1,234.56`, `12.5万`, `50万元`, `50000元整`, full-width digits,
 * `1234。56` from a Chinese IME's punctuation) whose
 * `value` — and form value — is integer fen as a string (`123456`), like the API. Shows the
 * amount in Chinese financial uppercase (大写) and in 万元 as the member types, and checks
 * `min`/`max` (also in fen). Parsing uses the contract's BigInt-based `parseYuanToFen`.
 *
 * @tag jg-amount-input
 * @summary Form-associated yuan amount input submitting integer fen, with 大写 and 万元 hints.
 *
 * @csspart form-control - The wrapper of label, field, hint and feedback.
 * @csspart label - The label (from the `label` attribute).
 * @csspart base - The box around the input.
 * @csspart input - The native input.
 * @csspart currency - The `¥` before the input.
 * @csspart unit - The `元` after the input.
 * @csspart hint - Help text, with the 大写 and 万元 hints.
 * @csspart uppercase - The amount in 大写.
 * @csspart wan - The amount in 万元.
 * @csspart feedback - The validation message (a polite live region).
 *
 * @cssprop --jg-input-border-color - Border of the box (default `--jg-color-text-muted`: 3:1 or more, WCAG 1.4.11).
 * @cssprop --jg-input-radius - Corner radius of the box (default `--jg-radius-md`).
 * @cssprop --jg-input-background - Background of the box (default `--jg-color-surface`).
 * @cssprop --jg-input-gap - Space under the control (default `--jg-space-4`).
 *
 * @event input - The text changed (from the inner input).
 * @event change - The member committed a change.
 * @event invalid - The form found the value invalid on submit.
 */
export class JgAmountInput extends JgFormControl {
  static override properties = {
    min: { type: Number },
    max: { type: Number },
    // Listed (Lit wraps the accessor below) so that a value set before the element was defined,
    // on a page that loads it lazily, reaches the setter rather than hiding it as an own property.
    valueAsFen: { attribute: false },
  };

  /** Smallest accepted amount in fen (e.g. a loan product's `minAmountFen`). */
  min: number | undefined;

  /** Largest accepted amount in fen (e.g. a loan product's `maxAmountFen`). */
  max: number | undefined;

  protected override fieldInputMode = 'decimal';
  protected override fieldMessages = amountTexts;

  /** The value as a number of fen, or null when empty or unreadable. */
  get valueAsFen(): number | null {
    return /^\d+$/.test(this.value) ? Number(this.value) : null;
  }
  set valueAsFen(fen: number | null) {
    this.value = Number.isSafeInteger(fen) && fen! >= 0 ? String(fen) : '';
  }

  protected override parse(text: string): Parsed {
    const result = parseYuanToFen(text);
    if (!result.ok) return this._read(result, '', 'badInput');
    const fen = result.value;
    const { min, max } = this;
    const m = this.messages;
    // Limits that are not safe integers (a typo in an attribute) are ignored.
    return {
      value: String(fen),
      invalid:
        Number.isSafeInteger(min) && fen < min!
          ? { flag: 'rangeUnderflow', message: m.rangeUnderflow(formatFen(min!)) }
          : Number.isSafeInteger(max) && fen > max!
            ? { flag: 'rangeOverflow', message: m.rangeOverflow(formatFen(max!)) }
            : undefined,
    };
  }

  protected override toEditText(value: string): string {
    return fenToYuanText(value);
  }

  protected override toDisplayText(text: string, valid: boolean): string {
    const fen = this.valueAsFen;
    return valid && fen != null ? formatFen(fen).slice(1) : text;
  }

  protected override transformTyping(text: string): string {
    return text.normalize('NFKC');
  }

  protected override renderPrefix(): unknown {
    return html`<span class="affix" part="currency" aria-hidden="true"
      >${this.messages.currency}</span
    >`;
  }

  protected override renderSuffix(): unknown {
    return html`<span class="affix" part="unit" aria-hidden="true">${this.messages.yuan}</span>`;
  }

  protected override renderExtraHint(): unknown {
    const fen = this.valueAsFen;
    if (fen == null) return nothing;
    return html`<span part="uppercase">${this.messages.uppercase(fenToChineseUppercase(fen))}</span
      >${fen >= WAN_HINT_FROM_FEN ? html`<span part="wan">${fenToWanHint(fen)}</span>` : nothing}`;
  }
}

import { validateUscc } from '@jiagong/contract';
import { JgFormControl, type Parsed } from './form-control.js';
import { usccTexts } from './messages.js';

/**
 * 统一社会信用代码 input (GB 32100-2015) for an employer: uppercases as the member types,
 * reads a pasted code with its label, grouping spaces or invisible characters, and checks the charset (no I O S V Z) and the check character, which may be a letter.
 *
 * @tag jg-uscc-input
 * @summary Form-associated unified social credit code input.
 *
 * @csspart form-control - The wrapper of label, field, hint and feedback.
 * @csspart label - The label (from the `label` attribute).
 * @csspart base - The box around the input.
 * @csspart input - The native input.
 * @csspart hint - Help text.
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
export class JgUsccInput extends JgFormControl {
  protected override fieldMessages = usccTexts;

  protected override parse(text: string): Parsed {
    return this._read(validateUscc(text), this.transformTyping(text.trim()));
  }

  protected override transformTyping(text: string): string {
    return text.normalize('NFKC').toUpperCase();
  }
}

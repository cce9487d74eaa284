import { maskMobile, validateMobile } from '@jiagong/contract';
import { JgFormControl, type Parsed } from './form-control.js';
import { mobileTexts } from './messages.js';

/**
 * Mainland mobile number 手机号 input: accepts `+86 138-0013-8000`, `0086…`, full-width digits
 * and spaces, and a number copied with a label (`手机：`), en dashes or the invisible marks iOS
 * Contacts puts around it, submits the 11 digits (`13800138000`), and is masked (`138****8000`) whenever the
 * field does not have focus.
 *
 * @tag jg-phone-input
 * @summary Form-associated mainland mobile number input with masking.
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
export class JgPhoneInput extends JgFormControl {
  protected override fieldType = 'tel';
  protected override fieldInputMode = 'tel';
  protected override fieldAutocomplete = 'tel-national';
  protected override sensitive = true;
  protected override fieldMessages = mobileTexts;

  protected override parse(text: string): Parsed {
    return this._read(validateMobile(text), text.normalize('NFKC').replace(/[\s\-()]/g, ''));
  }

  protected override transformTyping(text: string): string {
    return text.normalize('NFKC');
  }

  protected override toDisplayText(text: string): string {
    return maskMobile(text);
  }
}

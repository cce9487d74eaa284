import { validateName } from '@jiagong/contract';
import { JgFormControl, type Parsed } from './form-control.js';
import { nameTexts } from './messages.js';

/**
 * Personal name 姓名 input: 2–20 characters, all Han (with the 间隔号 `·` of names such as
 * 阿沛·阿旺晋美; look-alike dots and dashes are unified) or all Latin letters. A pasted name
 * loses its label (`姓名：`), invisible characters and the spaces a spreadsheet aligns names
 * with (`王  芳` → `王芳`). Not masked while editing;
 * review screens mask it.
 *
 * @tag jg-name-input
 * @summary Form-associated personal name input.
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
export class JgNameInput extends JgFormControl {
  protected override fieldAutocomplete = 'name';
  protected override sensitive = true;
  protected override fieldMessages = nameTexts;

  protected override parse(text: string): Parsed {
    return this._read(validateName(text), text.normalize('NFC').trim().replace(/\s+/g, ' '));
  }
}

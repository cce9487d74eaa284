import { html, nothing } from 'lit';
import { ageOn, maskResidentId, shanghaiToday, validateResidentId } from '@jiagong/contract';
import { JgFormControl, type Parsed } from './form-control.js';
import { residentIdTexts } from './messages.js';

interface Derived {
  birthDate: string;
  sex: 'male' | 'female';
}

/**
 * 居民身份证号码 input (GB 11643-1999): normalises full-width characters and `x` → `X` as the
 * member types, reads a pasted number with what came with it (a label such as `身份证号：`,
 * grouping spaces or dashes, invisible characters from a chat or an OCR app), checks the region prefix, birth date and check digit with the contract's
 * `validateResidentId`, and derives the birth date and sex. The number is masked
 * (`110***********002X`) whenever the field does not have focus.
 *
 * @tag jg-id-input
 * @summary Form-associated resident ID number input with masking, birth date and sex.
 *
 * @csspart form-control - The wrapper of label, field, hint and feedback.
 * @csspart label - The label (from the `label` attribute).
 * @csspart base - The box around the input.
 * @csspart input - The native input.
 * @csspart hint - Help text (and the derived birth date and sex while focused).
 * @csspart derived - The birth date and sex read from the number, shown while the field has focus.
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
export class JgIdInput extends JgFormControl {
  static override properties = {
    minAge: { type: Number, attribute: 'min-age' },
    maxAge: { type: Number, attribute: 'max-age' },
    birthDateName: { attribute: 'birth-date-name' },
    sexName: { attribute: 'sex-name' },
  };

  /** Youngest accepted age in completed years (Asia/Shanghai today), e.g. 18 for a loan. */
  minAge: number | undefined;

  /** Oldest accepted age in completed years, e.g. 65 for a loan. */
  maxAge: number | undefined;

  /** When set, the form also receives the birth date (`YYYY-MM-DD`) under this name. */
  birthDateName = '';

  /** When set, the form also receives the sex (`male` / `female`) under this name. */
  sexName = '';

  private _derived: Derived | undefined;

  protected override sensitive = true;
  protected override fieldMessages = residentIdTexts;

  /** Birth date `YYYY-MM-DD` of a valid number, else null. */
  get birthDate(): string | null {
    return this._derived?.birthDate ?? null;
  }

  /** `male` (odd 17th digit) or `female` for a valid number, else null. */
  get sex(): 'male' | 'female' | null {
    return this._derived?.sex ?? null;
  }

  protected override parse(text: string): Parsed {
    const result = validateResidentId(text);
    const parsed = this._read(result, this.transformTyping(text.trim()));
    this._derived = result.ok ? result : undefined;
    if (result.ok) {
      const age = ageOn(result.birthDate, shanghaiToday());
      const { minAge, maxAge } = this;
      const young = minAge != null && age < minAge;
      if (young || (maxAge != null && age > maxAge)) {
        parsed.invalid = {
          flag: young ? 'rangeUnderflow' : 'rangeOverflow',
          message: this.messages.ageRange(minAge ?? undefined, maxAge ?? undefined),
        };
      }
    }
    return parsed;
  }

  protected override transformTyping(text: string): string {
    return text.normalize('NFKC').toUpperCase();
  }

  protected override toDisplayText(text: string): string {
    return maskResidentId(text);
  }

  protected override formValue(value: string, valid: boolean): string | FormData | null {
    const derived = this._derived;
    const { name, birthDateName, sexName } = this;
    if (!value || !valid || !derived || !name || !(birthDateName || sexName)) return value || null;
    const data = new FormData();
    data.append(name, value);
    if (birthDateName) data.append(birthDateName, derived.birthDate);
    if (sexName) data.append(sexName, derived.sex);
    return data;
  }

  protected override renderExtraHint(): unknown {
    // The birth date is part of what masking hides, so it is only spelled out while the full
    // number is visible anyway.
    const derived = this._derived;
    if (!this._focused || !derived || this.parsed.invalid) return nothing;
    return html`<span part="derived"
      >${this.messages.idDerived(derived.birthDate, derived.sex)}</span
    >`;
  }
}

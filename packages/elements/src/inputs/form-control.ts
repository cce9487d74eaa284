import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from './live.js';
import type { ValidationErrorCode } from '@jiagong/contract';
import { JgElement } from '../internal/jg-element.js';
import type { Catalogue } from '../internal/localize.js';
import { baseStyles } from '../internal/theme.js';
import {
  FormAssociated,
  type Feedback,
  type FeedbackLevel,
  type ValidityFlag,
} from './form-associated.js';
import fieldStyles from './field.styles.js';
import { inputMessages, type InputMessages } from './messages.js';

export type { FeedbackLevel, ValidityFlag } from './form-associated.js';

/**
 * An extra rule a partner adds to an input (`input.validators = [...]`), run after the built-in
 * rules pass on a non-empty value. Return the message to show, or null when the value passes.
 *
 * @example
 * ```ts
 * phone.validators = [{ validate: (v) => (v.startsWith('170') ? '暂不支持虚拟运营商号码' : null) }];
 * ```
 */
export interface JgValidator {
  /** Default `error`; other levels only inform and never block the form. */
  level?: FeedbackLevel;
  validate(value: string, control: JgFormControl): string | null | undefined;
}

/** What an input makes of the text in its box. */
export interface Parsed {
  /** The value the form submits (normalised; `''` when the text cannot be read). */
  value: string;
  /** Set when the text breaks a built-in rule. */
  invalid?: { flag: ValidityFlag; message: string };
}

/**
 * The shared base of the `jg-*-input` form controls: a form-associated custom element (see
 * `FormAssociated`) wrapping one native `<input>` in its shadow root. Subclasses read the text
 * (`parse`), and may mask it while the field does not have focus (`toDisplayText`).
 *
 * The message appears once the field was left after a change (or was prefilled), or when the
 * form was submitted — never while the member types the first characters.
 */
export abstract class JgFormControl extends FormAssociated(JgElement) {
  static override styles = [baseStyles, fieldStyles];
  static override properties: PropertyDeclarations = {
    value: {},
    placeholder: {},
    readonly: { type: Boolean, reflect: true },
    validators: { attribute: false },
    _text: { attribute: false },
    _focused: { attribute: false },
    _dirty: { attribute: false },
  };

  /**
   * The current value: what the form submits, normalised (e.g. `…002X`, `13800138000`). The
   * `value` attribute is the default restored by `form.reset()`; the property does not reflect.
   */
  get value(): string {
    return this._value;
  }
  set value(next: string) {
    next = next == null ? '' : String(next);
    // A value set back as the member types (Vue's :value with @input, Angular's [value] with
    // (input), el.value = el.value) is the value already: the text stays as typed (1, not 1.00).
    if (!this._typing && !(this._focused && next == this._value)) {
      this._text = this.toEditText(next);
    }
    this._value = next;
    this._sync();
  }

  /** Placeholder of the inner input. */
  placeholder = '';

  /** Focusable and submitted, but not editable. */
  readonly = false;

  /** Extra rules after the built-in ones (see `JgValidator`). */
  validators: JgValidator[] | undefined = [];

  protected _text = '';
  // Both start unset (falsy), which saves their initializers' bytes in every form.
  protected _focused?: boolean;
  private _dirty?: boolean;

  private _value = '';
  private _typing?: boolean;
  private _composing?: boolean;
  // Set by `_check`, which runs (`willUpdate` → `_sync`) before anything reads it.
  private _parsed!: Parsed;

  /** The inner input's `type`, `inputmode` and `autocomplete` (default `off`); subclasses choose. */
  protected fieldType?: string;
  protected fieldInputMode?: string;
  protected fieldAutocomplete?: string;
  /**
   * The contract's texts of the field's validator (`residentIdTexts` … in `./messages.ts`): one
   * table per input, so a form bundles the texts of its own fields only.
   */
  protected fieldMessages?: Catalogue<Partial<Record<ValidationErrorCode, string>>>;

  /** Reads the text in the box: the value to submit and any broken built-in rule. */
  protected abstract parse(text: string): Parsed;

  /** The text to edit for a value (e.g. fen → `1234.56`). */
  protected toEditText(value: string): string {
    return value;
  }

  /** The text shown while the field does not have focus (masked, grouped …). */
  protected toDisplayText(text: string, _valid: boolean): string {
    return text;
  }

  /** Cleans up what is being typed in place (e.g. `x` → `X`); must keep the length. */
  protected transformTyping(text: string): string {
    return text;
  }

  /** The message for an empty required field. */
  protected requiredMessage(): string {
    return this._message('empty');
  }

  /** The contract's message for a validator's error code, in the element's language. */
  protected _message(code: ValidationErrorCode): string {
    return (this.fieldMessages && this.t.pick(this.fieldMessages)[code]) ?? this.messages.invalid;
  }

  /**
   * A `Parsed` from one of the contract's validators: its normalised value, or `value` (what is
   * kept of rejected text) with the message for its error code.
   */
  protected _read(
    result: { ok: true; value: string } | { ok: false; code: ValidationErrorCode },
    value: string,
    flag: ValidityFlag = 'patternMismatch',
  ): Parsed {
    if (result.ok) return { value: result.value };
    const { code } = result;
    if (code == 'empty') return { value: '' };
    if (code == 'too_short') flag = 'tooShort';
    if (code == 'too_long') flag = 'tooLong';
    return { value, invalid: { flag, message: this._message(code) } };
  }

  /** Extra text under the field (after `hint`), e.g. the 大写 amount. */
  protected renderExtraHint?(): unknown;

  /** Before and after the inner input in its box (e.g. `¥` and `元`). */
  protected renderPrefix?(): unknown;
  protected renderSuffix?(): unknown;

  protected get messages(): InputMessages {
    return this.t.pick(inputMessages);
  }

  /** The parse of the current text, for subclasses' hints. */
  protected get parsed(): Parsed {
    return this._parsed;
  }

  /** The text currently in the box (may differ from `value` while typing). */
  get text(): string {
    return this._text;
  }

  /** Shows the feedback now, as a submit attempt would (used by multi-step forms). */
  showFeedback(): void {
    this._submitted = true;
  }

  /** @internal The form was reset: back to the `value` attribute, feedback hidden. */
  override formResetCallback(): void {
    this._dirty = false;
    super.formResetCallback();
    // The default's text, even focused (a form reset after Enter) and equal to the value.
    this._text = this.toEditText(this._value);
  }

  protected override get _showing(): boolean {
    return this._submitted || (this._touched && (this._dirty || this._text != ''));
  }

  protected override _check(): Feedback | undefined {
    const parsed = (this._parsed = this.parse(this._text));
    if (parsed.value != this._value) {
      const old = this._value;
      this._value = parsed.value;
      this.requestUpdate('value', old);
    }
    // Pinyin being composed is not what the member means: the message stays as it was.
    if (this._composing) return this._feedback;
    if (!this._text.trim()) {
      return this.required ? ['error', this.requiredMessage(), 'valueMissing'] : undefined;
    }
    if (parsed.invalid) return ['error', parsed.invalid.message, parsed.invalid.flag];
    let feedback: Feedback | undefined;
    for (const validator of this.validators ?? []) {
      const message = validator.validate(parsed.value, this);
      const level = validator.level ?? 'error';
      if (message && level == 'error') return [level, message, 'customError'];
      if (message) feedback ??= [level, message];
    }
    return feedback;
  }

  private _onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const transformed = this.transformTyping(input.value);
    // While a pinyin IME composes, the box holds letters not typed yet (`shen'jia`). Rewriting
    // them ends the composition (the IME then types them again), and checking them shows a
    // message about them: both wait for `compositionend`, which comes here too.
    if (
      !(this._composing = (event as InputEvent).isComposing) &&
      transformed != input.value &&
      transformed.length == input.value.length
    ) {
      const { selectionStart, selectionEnd } = input;
      input.value = transformed;
      input.setSelectionRange(selectionStart, selectionEnd);
    }
    // Not dirty while composing: its end then changes a property, which renders the message.
    this._dirty = !this._composing;
    this._customError = '';
    this._text = input.value;
    this._typing = true;
    try {
      this._sync();
    } finally {
      this._typing = false;
    }
  }

  private async _onFocus(): Promise<void> {
    const input = this._input!;
    const masked = input.value != this._text;
    this._focused = true;
    if (!masked) return;
    // The full text replaces the masked one: put the caret at its end.
    await this.updateComplete;
    input.setSelectionRange(input.value.length, input.value.length);
  }

  private _onBlur(): void {
    this._focused = false;
    this._touched = true;
    // A valid value is shown normalised from now on (`+86 138-0013-8000` → `13800138000`).
    if (!this._parsed.invalid && this._text.trim()) {
      this._text = this.toEditText(this._value);
      this._sync();
    }
  }

  protected override render(): TemplateResult {
    const valid = !this._parsed.invalid && !this._customError;
    const text = this._text;
    return this._frame(
      html`<div class="field" part="base">
        ${this.renderPrefix?.()}
        <input
          id="input"
          part="input"
          type=${this.fieldType ?? nothing}
          inputmode=${this.fieldInputMode ?? nothing}
          autocomplete=${this.fieldAutocomplete ?? 'off'}
          spellcheck="false"
          autocapitalize="off"
          autocorrect="off"
          .value=${live(this._focused || !text ? text : this.toDisplayText(text, valid))}
          placeholder=${this.placeholder || nothing}
          aria-label=${this._outerLabel()}
          aria-required=${this.required}
          aria-invalid=${this._shownInvalid}
          aria-describedby="hint feedback"
          ?disabled=${this._disabled}
          ?readonly=${this.readonly}
          @input=${this._onInput}
          @compositionend=${this._onInput}
          @change=${(event: Event) => {
            // Autofill, password managers and some keyboards' suggestions set the text with a
            // `change` and no `input`: read it, or the next render puts the old text back.
            if (this._input!.value != this._text) this._onInput(event);
            // `change` is not composed: the input's is re-dispatched from the host so the page sees it.
            this.dispatchEvent(new Event('change', { bubbles: true }));
          }}
          @keypress=${(event: KeyboardEvent) =>
            // Implicit submission, as Enter (a phone keyboard's 前往 key) in a native text field
            // does: the inner input is in a shadow root, outside the form. On `keypress`, as
            // browsers do it: none comes for an Enter that commits pinyin, nor after a page's
            // `keydown` handler prevented the Enter.
            event.keyCode == 13 && this.form?.requestSubmit()}
          @focus=${this._onFocus}
          @blur=${this._onBlur}
        />
        ${this.renderSuffix?.()}
      </div>`,
      this.renderExtraHint?.(),
    );
  }
}

import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { JgElement } from '../internal/jg-element.js';
import { baseStyles } from '../internal/theme.js';
import { inputMessages, type InputMessages } from './messages.js';
import styles from './form-control.styles.js';

/** How serious a piece of feedback is (Lion's levels): only `error` makes the field invalid. */
export type FeedbackLevel = 'error' | 'warning' | 'info' | 'success';

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

/** The constraint a built-in rule reports (a `ValidityStateFlags` key). */
export type ValidityFlag =
  | 'badInput'
  | 'patternMismatch'
  | 'rangeOverflow'
  | 'rangeUnderflow'
  | 'tooLong'
  | 'tooShort'
  | 'customError';

/** What an input makes of the text in its box. */
export interface Parsed {
  /** The value the form submits (normalised; `''` when the text cannot be read). */
  value: string;
  /** Set when the text breaks a built-in rule. */
  invalid?: { flag: ValidityFlag; message: string };
}

interface Shown {
  level: FeedbackLevel;
  message: string;
}

// CustomStateSet took dashed idents (`:--x`) before `:state(x)` (Chrome < 125); accept both.
function setState(states: CustomStateSet | undefined, name: string, on: boolean): void {
  if (!states) return;
  try {
    if (on) states.add(name);
    else states.delete(name);
  } catch {
    try {
      if (on) states.add(`--${name}`);
      else states.delete(`--${name}`);
    } catch {
      // No custom states at all: the `part` and `data-invalid` hooks still work.
    }
  }
}

/**
 * The shared base of the `jg-*-input` form controls: a form-associated custom element
 * (`ElementInternals`) wrapping one native `<input>` in its shadow root. It submits `value` with
 * the form under `name`, restores the `value` attribute on `form.reset()`, follows a disabled
 * `<fieldset>`, reports validity with localized messages, and can be labelled by a
 * `<label for>` outside or its own `label` attribute.
 *
 * Being invalid and showing it are separate (Lion's feedback condition): the message appears
 * once the field was left after a change (or was prefilled), or when the form was submitted —
 * never while the member types the first characters. It is then linked to the inner input with
 * `aria-describedby`, announced through a polite live region, and exposed as
 * `:state(user-invalid)`.
 */
export abstract class JgFormControl extends JgElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = [baseStyles, styles];

  /** Name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';

  /**
   * The current value: what the form submits, normalised (e.g. `…002X`, `13800138000`). The
   * `value` attribute is the default restored by `form.reset()`; the property does not reflect.
   */
  @property()
  get value(): string {
    return this._value;
  }
  set value(next: string) {
    this._value = next == null ? '' : String(next);
    if (!this._typing) this._text = this.toEditText(this._value);
    this._sync();
  }

  /** Visible label; alternatively point a `<label for>` at this element. */
  @property() label = '';

  /** Help text under the field. */
  @property() hint = '';

  /** Placeholder of the inner input. */
  @property() placeholder = '';

  /** The form cannot be submitted while this is empty. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Not editable, not focusable, not submitted. A disabled `<fieldset>` has the same effect. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Focusable and submitted, but not editable. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Extra rules after the built-in ones (see `JgValidator`). */
  @property({ attribute: false }) validators: JgValidator[] = [];

  @state() protected _text = '';
  @state() protected _focused = false;
  @state() private _touched = false;
  @state() private _dirty = false;
  @state() private _submitted = false;
  @state() private _customError = '';
  @state() private _fieldsetDisabled = false;

  @query('input') protected readonly _input!: HTMLInputElement | null;

  private _value = '';
  private _typing = false;
  private _parsed: Parsed = { value: '' };
  private _feedback: Shown | undefined;
  private readonly _internals: ElementInternals;

  /** The inner input's `type`, `inputmode` and `autocomplete`; subclasses choose. */
  protected fieldType = 'text';
  protected fieldInputMode = 'text';
  protected fieldAutocomplete = 'off';
  /** Sensitive values (ID, phone, name) are not kept for the browser's form restoration. */
  protected sensitive = false;

  constructor() {
    super();
    this._internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      this._submitted = true;
    });
  }

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
  protected abstract requiredMessage(): string;

  /** Entries the form receives; by default `name=value`. */
  protected formValue(value: string, _valid: boolean): string | FormData | null {
    return value === '' ? null : value;
  }

  /** Extra text under the field (after `hint`), e.g. the 大写 amount. */
  protected renderExtraHint(): TemplateResult | string | typeof nothing {
    return nothing;
  }

  protected renderPrefix(): TemplateResult | typeof nothing {
    return nothing;
  }

  protected renderSuffix(): TemplateResult | typeof nothing {
    return nothing;
  }

  protected get messages(): InputMessages {
    return this.t.pick(inputMessages);
  }

  /** The parse of the current text, for subclasses' hints. */
  protected get parsed(): Parsed {
    return this._parsed;
  }

  /** The `<form>` this control belongs to. */
  get form(): HTMLFormElement | null {
    return this._internals.form;
  }

  /** The `<label>` elements pointing at this control. */
  get labels(): NodeList {
    return this._internals.labels;
  }

  get validity(): ValidityState {
    this._sync();
    return this._internals.validity;
  }

  get validationMessage(): string {
    this._sync();
    return this._internals.validationMessage;
  }

  get willValidate(): boolean {
    return this._internals.willValidate;
  }

  /** The text currently in the box (may differ from `value` while typing). */
  get text(): string {
    return this._text;
  }

  checkValidity(): boolean {
    this._sync();
    return this._internals.checkValidity();
  }

  /** Like the native method; also shows the inline message. */
  reportValidity(): boolean {
    this._sync();
    this._submitted = true;
    return this._internals.reportValidity();
  }

  /**
   * Marks the field invalid with `message` (e.g. a server-side rejection) and shows it at once.
   * Unlike the native method, the member editing the value clears it, since the message was
   * about the old value. `''` clears it.
   */
  setCustomValidity(message: string): void {
    this._customError = message;
    if (message) this._submitted = true;
    this._sync();
  }

  /** Shows the feedback now, as a submit attempt would (used by multi-step forms). */
  showFeedback(): void {
    this._submitted = true;
  }

  formResetCallback(): void {
    this._typing = false;
    this._customError = '';
    this.value = this.getAttribute('value') ?? '';
    this._text = this.toEditText(this._value);
    this._touched = false;
    this._dirty = false;
    this._submitted = false;
    this._sync();
  }

  formDisabledCallback(disabled: boolean): void {
    // Kept apart from `disabled`: a fieldset enabling again must not clear the element's own attribute.
    this._fieldsetDisabled = disabled;
  }

  formStateRestoreCallback(restored: string | File | FormData | null): void {
    if (typeof restored === 'string') this.value = restored;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._sync();
  }

  protected override firstUpdated(): void {
    // The anchor for the browser's validation bubble exists now.
    this._sync();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const shown = this._shownInvalid;
    setState(this._internals.states, 'user-invalid', shown);
    setState(this._internals.states, 'user-valid', this._showing && !shown && this._text !== '');
    this.toggleAttribute('data-user-invalid', shown);
  }

  /** Re-reads the text and pushes value and validity to the form. Cheap and idempotent. */
  private _sync(): void {
    const parsed = this.parse(this._text);
    this._parsed = parsed;
    if (parsed.value !== this._value) {
      const old = this._value;
      this._value = parsed.value;
      this.requestUpdate('value', old);
    }
    const empty = this._text.trim() === '';
    let flags: ValidityStateFlags = {};
    let message = '';
    let feedback: Shown | undefined;
    if (this._customError) {
      flags = { customError: true };
      message = this._customError;
    } else if (empty) {
      if (this.required) {
        flags = { valueMissing: true };
        message = this.requiredMessage();
      }
    } else if (parsed.invalid) {
      flags = { [parsed.invalid.flag]: true };
      message = parsed.invalid.message;
    } else {
      for (const validator of this.validators) {
        const text = validator.validate(parsed.value, this);
        if (!text) continue;
        const level = validator.level ?? 'error';
        if (level === 'error') {
          flags = { customError: true };
          message = text;
          break;
        }
        feedback ??= { level, message: text };
      }
    }
    if (message) feedback = { level: 'error', message };
    this._feedback = feedback;
    this._internals.setValidity(flags, message, this._input ?? undefined);
    const formValue = this.formValue(parsed.value, !message);
    // Sensitive values are left out of the browser's session-history state (form restoration).
    if (this.sensitive) this._internals.setFormValue(formValue, null);
    else this._internals.setFormValue(formValue);
  }

  /** Whether feedback may be shown yet (Lion's feedback condition). */
  private get _showing(): boolean {
    return this._submitted || (this._touched && (this._dirty || this._text !== ''));
  }

  private get _shownInvalid(): boolean {
    return this._showing && this._feedback?.level === 'error';
  }

  private get _effectiveDisabled(): boolean {
    return this.disabled || this._fieldsetDisabled;
  }

  /** The outer `<label for>` text, so the inner input has an accessible name too. */
  private _outerLabel(): string | undefined {
    if (this.label) return undefined;
    const own = this.getAttribute('aria-label');
    if (own) return own;
    const text = Array.from(this._internals.labels ?? [], (label) =>
      (label.textContent ?? '').replace(/\s+/g, ' ').trim(),
    )
      .filter(Boolean)
      .join(' ');
    return text || undefined;
  }

  private _onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const transformed = this.transformTyping(input.value);
    if (transformed !== input.value && transformed.length === input.value.length) {
      const { selectionStart, selectionEnd } = input;
      input.value = transformed;
      input.setSelectionRange(selectionStart, selectionEnd);
    }
    this._dirty = true;
    this._customError = '';
    this._text = input.value;
    this._typing = true;
    try {
      this._sync();
    } finally {
      this._typing = false;
    }
  }

  private _onChange(): void {
    // `change` is not composed: re-dispatch it from the host so the page sees it.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private async _onFocus(): Promise<void> {
    const wasMasked = this._input?.value !== this._text;
    this._focused = true;
    if (!wasMasked) return;
    await this.updateComplete;
    const input = this._input;
    if (input) {
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }

  private _onBlur(): void {
    this._focused = false;
    this._touched = true;
    // A valid value is shown normalised from now on (`+86 138-0013-8000` → `13800138000`).
    if (!this._parsed.invalid && this._text.trim() !== '') {
      this._text = this.toEditText(this._value);
      this._sync();
    }
  }

  protected override render(): TemplateResult {
    const showing = this._showing;
    const feedback = showing ? this._feedback : undefined;
    const invalid = feedback?.level === 'error';
    const valid = !this._parsed.invalid && !this._customError;
    const shownText =
      this._focused || this._text === '' ? this._text : this.toDisplayText(this._text, valid);
    const hint = this.hint;
    const extra = this.renderExtraHint();
    return html`
      <div class="control" part="form-control">
        ${
          this.label
            ? html`<label part="label" for="input"
                >${this.label}${
                  this.required
                    ? html`<span class="required" aria-hidden="true">*</span
                        ><span class="jg-visually-hidden">${this.messages.required}</span>`
                    : nothing
                }</label
              >`
            : nothing
        }
        <div class="field ${this._effectiveDisabled ? 'is-disabled' : ''}" part="base">
          ${this.renderPrefix()}
          <input
            id="input"
            part="input"
            type=${this.fieldType}
            inputmode=${this.fieldInputMode}
            autocomplete=${this.fieldAutocomplete}
            spellcheck="false"
            autocapitalize="off"
            .value=${live(shownText)}
            placeholder=${ifDefined(this.placeholder || undefined)}
            aria-label=${ifDefined(this._outerLabel())}
            aria-required=${this.required ? 'true' : 'false'}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby="hint feedback"
            ?disabled=${this._effectiveDisabled}
            ?readonly=${this.readonly}
            @input=${this._onInput}
            @change=${this._onChange}
            @focus=${this._onFocus}
            @blur=${this._onBlur}
          />
          ${this.renderSuffix()}
        </div>
        <div id="hint" part="hint" class="hint" ?hidden=${!hint && extra === nothing}>
          ${hint ? html`<span>${hint}</span>` : nothing}${extra}
        </div>
        <div
          id="feedback"
          part="feedback"
          class="feedback"
          data-level=${ifDefined(feedback?.level)}
          aria-live="polite"
        >
          ${feedback ? feedback.message : nothing}
        </div>
      </div>
    `;
  }
}

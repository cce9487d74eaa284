import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { JgElement } from '../internal/jg-element.js';
import { inputMessages } from './messages.js';

/** How serious a piece of feedback is (Lion's levels): only `error` makes the field invalid. */
export type FeedbackLevel = 'error' | 'warning' | 'info' | 'success';

/** The constraint a rule reports (a `ValidityStateFlags` key). */
export type ValidityFlag = keyof ValidityStateFlags;

/** What a field says under itself; an `error` names the constraint it breaks. */
export type Feedback = [level: FeedbackLevel, message: string, flag?: ValidityFlag];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ElementClass = abstract new (...args: any[]) => JgElement;

// CustomStateSet took dashed idents (`:--x`) before `:state(x)` (Chrome < 125); accept both.
function setState(states: CustomStateSet | undefined, name: string, on: boolean): void {
  for (const ident of [name, `--${name}`]) {
    try {
      if (on) states?.add(ident);
      else states?.delete(ident);
      return;
    } catch {
      // try the older syntax; with neither, the `data-user-invalid` hook still works
    }
  }
}

/** What `FormAssociated` adds to an element (the mixin's public and protected members). */
export declare abstract class FormAssociatedMembers {
  name: string;
  abstract value: string;
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  formResetCallback(): void;
  formDisabledCallback(disabled: boolean): void;
  formStateRestoreCallback(restored: string | File | FormData | null): void;
  protected readonly _internals: ElementInternals;
  protected _touched: boolean;
  protected _submitted: boolean;
  protected _customError?: string;
  protected _feedback: Feedback | undefined;
  protected get _input(): HTMLInputElement | null | undefined;
  protected sensitive?: boolean;
  protected get _disabled(): boolean | undefined;
  protected get _showing(): boolean;
  protected get _shownInvalid(): boolean;
  protected _check(): Feedback | undefined;
  protected formValue(value: string, valid: boolean): string | FormData | null;
  protected _sync(): void;
  protected _outerLabel(): string | typeof nothing;
  protected _frame(field: unknown, extra?: unknown, path?: unknown): TemplateResult;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mixed = abstract new (...args: any[]) => FormAssociatedMembers;

/**
 * Makes a `jg-` element a form control (`ElementInternals`) around one inner `<input>`: it
 * submits `value` under `name`, restores the `value` attribute on `form.reset()`, follows a
 * disabled `<fieldset>`, takes part in the browser's form restoration, reports validity with
 * localized messages (native `invalid` on submit included) and can be labelled by a `<label
 * for>` outside or its own `label` attribute. The text inputs and the union picker share it.
 *
 * Being invalid and showing it are separate (Lion's feedback condition): the message appears
 * once the field was left (see `_showing`) or the form was submitted. It is then linked to the
 * inner input with `aria-describedby`, announced through a polite live region, and exposed as
 * `:state(user-invalid)` (and `:state(user-valid)` for a valid value).
 */
export function FormAssociated<T extends ElementClass>(Base: T): T & Mixed {
  abstract class FormAssociatedElement extends Base {
    static formAssociated = true;
    static shadowRootOptions: ShadowRootInit = {
      ...LitElement.shadowRootOptions,
      delegatesFocus: true,
    };
    static properties = {
      name: { reflect: true },
      label: {},
      hint: {},
      required: { type: Boolean, reflect: true },
      disabled: { type: Boolean, reflect: true },
      _touched: { attribute: false },
      _submitted: { attribute: false },
      _customError: { attribute: false },
      _fieldsetDisabled: { attribute: false },
    };

    /** Name under which the value is submitted with the form. */
    name = '';

    /**
     * The current value: what the form submits. The `value` attribute is the default restored by
     * `form.reset()`; the property does not reflect.
     */
    abstract value: string;

    /** Visible label; alternatively point a `<label for>` at this element. */
    label = '';

    /** Help text under the field. */
    hint = '';

    /** The form cannot be submitted while this is empty. */
    required = false;

    /** Not editable, not focusable, not submitted. A disabled `<fieldset>` has the same effect. */
    disabled = false;

    protected _touched = false;
    protected _submitted = false;
    // Both start unset (falsy), which saves their initializers' bytes in every form.
    protected _customError?: string;
    // Kept apart from `disabled`: a fieldset enabling again must not clear the element's own attribute.
    private _fieldsetDisabled?: boolean;

    /** The inner input (the anchor of the browser's validation bubble). */
    protected get _input(): HTMLInputElement | null | undefined {
      return this.shadowRoot?.querySelector('input');
    }

    protected readonly _internals = this.attachInternals();
    protected _feedback: Feedback | undefined;
    /** Sensitive values (ID, phone, name) are not kept for the browser's form restoration. */
    // Unset (falsy) unless a subclass says so: an initializer would cost bytes in every form.
    protected sensitive?: boolean;

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.addEventListener('invalid', () => (this._submitted = true));
    }

    /** The `<form>` this control belongs to. */
    get form(): HTMLFormElement | null {
      return this._internals.form;
    }

    /** The `<label>` elements pointing at this control. */
    get labels(): NodeList {
      return this._internals.labels;
    }

    /** The constraints the value breaks (`valid`, `valueMissing`, `patternMismatch` …), as on a native input. */
    get validity(): ValidityState {
      this._sync();
      return this._internals.validity;
    }

    /** The message the field shows (and the browser's bubble) for the first broken constraint; `''` when valid. */
    get validationMessage(): string {
      this._sync();
      return this._internals.validationMessage;
    }

    /** Whether the form checks this field on submit (not when disabled or read-only). */
    get willValidate(): boolean {
      return this._internals.willValidate;
    }

    /** Whether the value is valid; fires a cancelable `invalid` when it is not, as a native input. */
    checkValidity(): boolean {
      this._sync();
      return this._internals.checkValidity();
    }

    /** Like the native method; also shows the inline message. */
    reportValidity(): boolean {
      this._submitted = true;
      this._sync();
      return this._internals.reportValidity();
    }

    /**
     * Marks the field invalid with `message` (e.g. a server-side rejection) and shows it at
     * once. Unlike the native method, a new value from the member clears it, since the message
     * was about the old one. `''` clears it.
     */
    setCustomValidity(message: string): void {
      this._customError = message;
      if (message) this._submitted = true;
      this._sync();
    }

    /** @internal The form was reset: back to the `value` attribute, feedback hidden. */
    formResetCallback(): void {
      this._customError = '';
      this._touched = this._submitted = false;
      this.value = this.getAttribute('value') ?? '';
      this._sync();
    }

    /** @internal A surrounding `<fieldset>` was disabled or enabled. */
    formDisabledCallback(disabled: boolean): void {
      this._fieldsetDisabled = disabled;
    }

    /** @internal The browser restores the value (back navigation, autofill of a restored form). */
    formStateRestoreCallback(restored: string | File | FormData | null): void {
      if (typeof restored == 'string') this.value = restored;
    }

    protected get _disabled(): boolean | undefined {
      return this.disabled || this._fieldsetDisabled;
    }

    /** Whether feedback may be shown yet: after the field was left, or on submit. */
    protected get _showing(): boolean {
      return this._submitted || this._touched;
    }

    protected get _shownInvalid(): boolean {
      return this._showing && this._feedback?.[0] == 'error';
    }

    /** The element's own rules on its current value (the custom error comes on top). */
    protected abstract _check(): Feedback | undefined;

    /** Entries the form receives; by default `name=value`. */
    protected formValue(value: string, _valid: boolean): string | FormData | null {
      return value || null;
    }

    /** Pushes value and validity to the form. Cheap and idempotent. */
    protected _sync(): void {
      let feedback = this._check();
      if (this._customError) feedback = ['error', this._customError, 'customError'];
      this._feedback = feedback;
      const error = feedback?.[0] == 'error' ? feedback : undefined;
      this._internals.setValidity(
        error ? { [error[2] ?? 'customError']: true } : {},
        error ? error[1] : '',
        this._input ?? undefined,
      );
      const value = this.formValue(this.value, !error);
      // The state the browser restores is the value itself (the default), or none when sensitive.
      this._internals.setFormValue(value, this.sensitive ? null : value);
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
      const invalid = this._shownInvalid;
      setState(this._internals.states, 'user-invalid', invalid);
      setState(this._internals.states, 'user-valid', this._showing && !invalid && !!this.value);
      this.toggleAttribute('data-user-invalid', invalid);
    }

    /** The outer `<label for>` text (or the host's `aria-label`), so the inner input has a name. */
    protected _outerLabel(): string | typeof nothing {
      if (this.label) return nothing;
      const text =
        this.getAttribute('aria-label') ||
        [...this._internals.labels]
          .map((label) => label.textContent!.replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .join(' ');
      return text || nothing;
    }

    /**
     * Label, the field, what goes under it (`path`, then the hint followed by `extra`), and the
     * feedback live region.
     */
    protected _frame(
      field: unknown,
      extra: unknown = nothing,
      path: unknown = nothing,
    ): TemplateResult {
      const feedback = this._showing ? this._feedback : undefined;
      const hint = this.hint;
      return html`<div class="control" part="form-control">
        ${
          this.label
            ? html`<label part="label" for="input"
                >${this.label}${
                  this.required
                    ? html`<span class="required" aria-hidden="true">*</span
                        ><span class="jg-visually-hidden"
                          >${this.t.pick(inputMessages).required}</span
                        >`
                    : nothing
                }</label
              >`
            : nothing
        }
        ${field}${path}
        <div id="hint" part="hint" class="hint" ?hidden=${!hint && extra === nothing}>
          ${hint && html`<span>${hint}</span>`}${extra}
        </div>
        <div
          id="feedback"
          part="feedback"
          class="feedback"
          data-level=${feedback?.[0] ?? nothing}
          aria-live="polite"
        >
          ${feedback?.[1]}
        </div>
      </div>`;
    }
  }
  return FormAssociatedElement as unknown as T & Mixed;
}

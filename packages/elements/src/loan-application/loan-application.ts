import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { initialState, Task } from '@lit/task';
import { ContextProvider } from '@lit/context';
import { newIdempotencyKey, VERSION, type JiagongClient } from '@jiagong/client';
import {
  cardEndpoints,
  catalogueEndpoints,
  loanMemberEndpoints,
  loanProductEndpoints,
  type LoanApplication,
  type LoanDraft,
  type LoanProduct,
  type RepaymentMethod,
} from '@jiagong/contract';
import { clientContext } from '../internal/context.js';
import { JgDataElement } from '../internal/data-element.js';
import { errorCode } from '../internal/localize.js';
import { emitError, renderEmpty, renderError, renderSkeleton } from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { DraftSaver } from './draft-saver.js';
import { loanMessages, type LoanMessages } from './messages.js';
import {
  emptyValues,
  fieldForPath,
  firstIncompleteStep,
  hasAnyValue,
  isLoanStep,
  LOAN_STEPS,
  toApplicationInput,
  valuesFromDraft,
  type ConsentTicks,
  type LoanStep,
  type LoanValues,
} from './model.js';
import { serverFieldMessage } from './server-errors.js';
import { renderStep, type StepView } from './steps.js';
import styles from './loan-application.styles.js';

/** `jg-loan-step`: the member moved to another step. */
export type JgLoanStepEvent = CustomEvent<{
  step: LoanStep;
  /** 0-based position of `step`. */
  index: number;
  previous: LoanStep;
}>;

/**
 * `jg-loan-submit` (cancelable): the member confirmed the application; `preventDefault()` stops
 * the submission. Sensitive fields are deliberately not in the detail.
 */
export type JgLoanSubmitEvent = CustomEvent<{
  productId: string;
  amountFen: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
}>;

/** `jg-loan-submitted`: the application was created (masked, as the API returns it). */
export type JgLoanSubmittedEvent = CustomEvent<{ application: LoanApplication }>;

/** The API families this element calls; the union picker inside it uses the catalogue. */
const endpoints = {
  ...loanProductEndpoints,
  ...loanMemberEndpoints,
  ...catalogueEndpoints,
  'me.get': cardEndpoints['me.get'],
};

interface Loaded {
  products: LoanProduct[];
}

const stepIndex = (step: LoanStep) => LOAN_STEPS.indexOf(step);

/** Controls in a step's form that validate themselves (the `jg-*-input`s, the union picker). */
interface SelfValidating extends HTMLElement {
  checkValidity(): boolean;
  setCustomValidity(message: string): void;
}
const isSelfValidating = (el: Element): el is SelfValidating =>
  el.localName.startsWith('jg-') && typeof (el as SelfValidating).checkValidity === 'function';

/**
 * The 惠工贷 application a member fills in to borrow from 嘉兴银行, in six steps: product (with
 * its amount range, terms and 年化利率 range), amount and term with a live reference repayment
 * estimate, applicant, employer and purpose, one separate consent per text (none pre-ticked),
 * and a masked review. Each step is validated before the next; the draft is saved to the
 * member's account on the server as they go (never to browser storage) and resumed on load;
 * the application is submitted exactly once per attempt with an idempotency key, server-side
 * field errors are shown on their fields, and then `<jg-loan-status>` follows the review.
 *
 * @tag jg-loan-application
 * @summary The 惠工贷 loan application flow with drafts, consents, estimate and status.
 *
 * @csspart base - The outer wrapper of the whole application.
 * @csspart steps - The step indicator (`<nav>` with an ordered list).
 * @csspart step - One entry of the step indicator (also `step-current`, `step-done`).
 * @csspart heading - The heading of the current step.
 * @csspart form - The form of the current step.
 * @csspart product - A product card (also `product-selected`).
 * @csspart apr - The 年化利率 range of a product.
 * @csspart estimate - The repayment estimate panel.
 * @csspart estimate-method - One repayment method in the estimate.
 * @csspart reference - The 参考 badge of the estimate.
 * @csspart schedule - The repayment schedule table.
 * @csspart schedule-button - Shows or hides the schedule.
 * @csspart consent - One consent text with its checkbox.
 * @csspart consent-text - The scrollable body of a consent text.
 * @csspart review - The review summary.
 * @csspart actions - The back / next / submit buttons.
 * @csspart back-button - Goes to the previous step.
 * @csspart next-button - Goes to the next step, or submits on the review.
 * @csspart draft-status - Whether the draft is saved.
 * @csspart alert - Form-level errors.
 * @csspart success - The confirmation after submission.
 * @csspart skeleton - Loading placeholder.
 * @csspart error - Loading failed (with `retry-button`).
 * @csspart retry-button - Loads again.
 * @csspart empty - Shown when no loan product is available.
 *
 * @cssprop --jg-loan-max-width - Widest the form grows (default 640px).
 * @cssprop --jg-color-primary - Brand colour; every `--jg-*` design token applies.
 *
 * @event jg-loan-step - The member moved to another step; `detail.step`, `detail.index`, `detail.previous`.
 * @event jg-loan-submit - Cancelable, before the application is sent; `detail.productId`, `amountFen`, `termMonths`, `repaymentMethod`.
 * @event jg-loan-submitted - The application was created; `detail.application` (masked).
 * @event jg-error - Loading or submitting failed; `detail.error` is the typed client error.
 */
export class JgLoanApplication extends JgDataElement {
  static override styles = [baseStyles, styles];
  static override endpoints = endpoints;

  /** Id of the product to preselect (e.g. `lp_startup`) when no draft chose one. */
  @property() product?: string;

  /** Name of the host app, recorded with each consent together with the SDK version. */
  @property() channel = '';

  @state() private _step: LoanStep = 'product';
  @state() private _values: LoanValues = emptyValues();
  @state() private _consents: ConsentTicks = {};
  /** Steps whose Next was pressed: their own errors now show as they change. */
  @state() private _attempted = new Set<LoanStep>();
  /** Server-side field errors by control name, until the member edits the field. */
  @state() private _serverErrors: Record<string, string> = {};
  @state() private _alert = '';
  @state() private _showSchedule = false;
  @state() private _submitting = false;
  @state() private _submitError: unknown;
  @state() private _application?: LoanApplication;
  @state() private _resumed = false;

  private _restored = false;
  private _focus: 'heading' | 'first-error' | undefined;
  /** One idempotency key per attempt: the same body keeps its key (a retry), a new body gets one. */
  private _attempt?: { key: string; body: string };
  private readonly _clientProvider = new ContextProvider(this, { context: clientContext });
  private readonly _draft = new DraftSaver(
    async (draft) => {
      const client = this.api.client;
      if (!client) throw new Error('no client');
      return client.me.loanDraft.save(draft);
    },
    () => this.requestUpdate(),
  );

  private readonly _load = new Task(this, {
    args: () => [this.api.client] as const,
    task: async ([client]: readonly [JiagongClient | undefined], { signal }) => {
      if (!client) return initialState;
      try {
        const [products, draft, member] = await Promise.all([
          client.loans.products({ signal }),
          client.me.loanDraft.get({ signal }),
          // Only used to suggest the member's own union branch.
          client.me.get({ signal }).catch(() => null),
        ]);
        this._restore(products.data, draft.draft, member);
        return { products: products.data } satisfies Loaded;
      } catch (error) {
        if (!signal.aborted) emitError(this, error);
        throw error;
      }
    },
  });

  /** The current step. */
  get step(): LoanStep {
    return this._step;
  }

  /** The submitted application, once there is one. */
  get application(): LoanApplication | undefined {
    return this._application;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this._draft.flush();
  }

  protected override update(changed: PropertyValues<this>): void {
    // Elements inside (union picker, status) share this element's client, with or without a
    // <jg-provider> around it.
    if (this._clientProvider.value !== this.api.client) {
      this._clientProvider.setValue(this.api.client);
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this._applyServerErrors();
    const focus = this._focus;
    this._focus = undefined;
    if (focus === 'heading') {
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    } else if (focus === 'first-error') {
      void this._focusFirstInvalid();
    }
  }

  /** Focuses the first invalid control once the controls of the step have rendered. */
  private async _focusFirstInvalid(): Promise<void> {
    const controls = Array.from(this._form?.elements ?? []).filter(isSelfValidating);
    await Promise.all(
      controls.map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete),
    );
    const target =
      this._firstInvalid() ?? this.renderRoot.querySelector<HTMLElement>('[part~="error"] button');
    target?.focus();
  }

  private get _messages(): LoanMessages {
    return this.t.pick(loanMessages);
  }

  private get _products(): LoanProduct[] {
    return (this._load.value as Loaded | undefined)?.products ?? [];
  }

  private get _product(): LoanProduct | undefined {
    return this._products.find((p) => p.id === this._values.productId);
  }

  private _restore(
    products: LoanProduct[],
    draft: LoanDraft | null,
    member: { unionId: string; unionName: string } | null,
  ): void {
    if (this._restored) return;
    this._restored = true;
    let values = emptyValues();
    let step: LoanStep = 'product';
    if (draft) {
      values = valuesFromDraft(draft.values);
      if (isLoanStep(draft.step)) step = draft.step;
      this._resumed = hasAnyValue(values);
    }
    if (values.productId && !products.some((p) => p.id === values.productId)) {
      values.productId = '';
    }
    if (!values.productId && this.product && products.some((p) => p.id === this.product)) {
      values.productId = this.product;
    }
    if (!values.unionId && member) {
      values.unionId = member.unionId;
      values.unionName = member.unionName;
    }
    const product = products.find((p) => p.id === values.productId);
    // Never resume past missing data (consents are never in a draft, so at most `consents`).
    const reachable = firstIncompleteStep(values, product, {});
    this._values = values;
    this._step = stepIndex(step) <= stepIndex(reachable) ? step : reachable;
  }

  // ------------------------------------------------------------------------------------------
  // Values and drafts

  private _set<K extends keyof LoanValues>(key: K, value: LoanValues[K], field = key): void {
    if (this._values[key] === value) return;
    this._values = { ...this._values, [key]: value };
    this._clearServerError(field);
    if (hasAnyValue(this._values)) {
      this._draft.schedule({ step: this._step, values: { ...this._values } });
    }
  }

  private _clearServerError(field: string): void {
    if (!(field in this._serverErrors)) return;
    const { [field]: _removed, ...rest } = this._serverErrors;
    this._serverErrors = rest;
    if (Object.keys(rest).length === 0) this._alert = '';
  }

  private _chooseProduct(id: string): void {
    const product = this._products.find((p) => p.id === id);
    if (!product) return;
    this._set('productId', id);
    // A term or method the new product does not offer is cleared rather than silently kept.
    const { termMonths, repaymentMethod } = this._values;
    if (termMonths !== null && !product.termsMonths.includes(termMonths)) {
      this._set('termMonths', null);
    }
    if (repaymentMethod && !product.repaymentMethods.includes(repaymentMethod)) {
      this._set('repaymentMethod', '');
    }
    if (!this._values.repaymentMethod && product.repaymentMethods.length === 1) {
      this._set('repaymentMethod', product.repaymentMethods[0]!);
    }
  }

  private _tick(textId: string, granted: boolean): void {
    this._consents = { ...this._consents, [textId]: granted };
    this._clearServerError(`consent:${textId}`);
  }

  // ------------------------------------------------------------------------------------------
  // Navigation and validation

  private _go(step: LoanStep): void {
    const previous = this._step;
    if (step === previous) return;
    this._step = step;
    this._showSchedule = false;
    this._resumed = false;
    this._focus = 'heading';
    if (hasAnyValue(this._values)) {
      void this._draft.flush({ step, values: { ...this._values } });
    }
    this.emit('jg-loan-step', { step, index: stepIndex(step), previous });
  }

  private _back(): void {
    const index = stepIndex(this._step);
    if (index > 0) this._go(LOAN_STEPS[index - 1]!);
  }

  private _onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (!this._validateStep()) return;
    if (this._step === 'review') {
      void this._submit();
      return;
    }
    this._go(LOAN_STEPS[stepIndex(this._step) + 1]!);
  }

  /** Errors of the native controls (radios, text, consents) of a step, by control name. */
  private _nativeErrors(step: LoanStep): Record<string, string> {
    const m = this._messages;
    const v = this._values;
    const product = this._product;
    const errors: Record<string, string> = {};
    if (this._attempted.has(step)) {
      if (step === 'product' && !product) errors.productId = m.productRequired;
      if (step === 'amount') {
        if (!v.termMonths || !product?.termsMonths.includes(v.termMonths)) {
          errors.termMonths = m.termRequired;
        }
        if (!v.repaymentMethod) errors.repaymentMethod = m.methodRequired;
      }
      if (step === 'employer') {
        if ([...v.employerName.trim()].length < 2) errors.employerName = m.employerNameRequired;
        if ([...v.purpose.trim()].length < 2) errors.purpose = m.purposeRequired;
      }
      if (step === 'consents') {
        for (const text of product?.consents ?? []) {
          if (text.required && !this._consents[text.id]) {
            errors[`consent:${text.id}`] = m.consentRequiredError(text.title);
          }
        }
      }
    }
    for (const [field, message] of Object.entries(this._serverErrors)) {
      if (!(field in errors)) errors[field] = message;
    }
    return errors;
  }

  private get _form(): HTMLFormElement | null {
    return this.renderRoot.querySelector('form');
  }

  /** The first control of the current step that is invalid, in document order. */
  private _firstInvalid(): HTMLElement | undefined {
    const form = this._form;
    if (!form) return undefined;
    const errors = this._nativeErrors(this._step);
    for (const el of Array.from(form.elements) as HTMLElement[]) {
      if (isSelfValidating(el)) {
        if (!el.checkValidity()) return el;
      } else {
        const name = el.getAttribute('name');
        if (name && errors[name]) return el;
      }
    }
    return undefined;
  }

  /** Validates the current step: every error shows, focus moves to the first one. */
  private _validateStep(): boolean {
    this._attempted = new Set(this._attempted).add(this._step);
    const form = this._form;
    let valid = true;
    for (const el of Array.from(form?.elements ?? [])) {
      // checkValidity() fires `invalid`, which makes the control show its message.
      if (isSelfValidating(el) && !el.checkValidity()) valid = false;
    }
    if (Object.keys(this._nativeErrors(this._step)).length > 0) valid = false;
    if (!valid) this._focus = 'first-error';
    this.requestUpdate();
    return valid;
  }

  /** Puts server-side messages on the self-validating controls now on screen. */
  private _applyServerErrors(): void {
    const form = this._form;
    if (!form) return;
    for (const el of Array.from(form.elements)) {
      if (!isSelfValidating(el)) continue;
      const name = el.getAttribute('name') ?? '';
      const message = this._serverErrors[name];
      if (
        message &&
        (el as unknown as { validationMessage: string }).validationMessage !== message
      ) {
        el.setCustomValidity(message);
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // Submission

  private async _submit(): Promise<void> {
    const client = this.api.client;
    const product = this._product;
    if (this._submitting || !client || !product) return;
    const input = toApplicationInput(
      this._values,
      product,
      this._consents,
      `${this.channel || location.host || 'web'} @jiagong/elements/${VERSION}`.slice(0, 100),
    );
    const proceed = this.emit(
      'jg-loan-submit',
      {
        productId: input.productId,
        amountFen: input.amountFen,
        termMonths: input.termMonths,
        repaymentMethod: input.repaymentMethod,
      },
      { cancelable: true },
    );
    if (!proceed) {
      this._alert = this._messages.cancelled;
      return;
    }
    const body = JSON.stringify(input);
    if (this._attempt?.body !== body) this._attempt = { key: newIdempotencyKey(), body };
    this._submitting = true;
    this._submitError = undefined;
    this._alert = '';
    try {
      // No draft save may land after the application (the server deletes the draft with it).
      await this._draft.stop();
      const application = await client.me.loanApplications.create(input, {
        idempotencyKey: this._attempt.key,
      });
      this._attempt = undefined;
      this._application = application;
      this._focus = 'heading';
      this.emit('jg-loan-submitted', { application });
    } catch (error) {
      this._draft.reset();
      emitError(this, error);
      this._onSubmitError(error, product);
    } finally {
      this._submitting = false;
    }
  }

  private _onSubmitError(error: unknown, product: LoanProduct): void {
    const fields = (
      error as { details?: { fields?: { path: string; code: string; message: string }[] } }
    ).details?.fields;
    const code = errorCode(error);
    // A definite answer from the server about this body: the next attempt is a new one.
    if (code && code !== 'idempotency_key_in_use' && code !== 'internal_error') {
      this._attempt = undefined;
    }
    const mapped: Record<string, string> = {};
    let earliest: LoanStep | undefined;
    for (const issue of fields ?? []) {
      const ref = fieldForPath(issue.path);
      if (!ref) continue;
      mapped[ref.field] = serverFieldMessage(issue, ref.field, product, this.effectiveLocale);
      if (!earliest || stepIndex(ref.step) < stepIndex(earliest)) earliest = ref.step;
    }
    if (earliest) {
      this._serverErrors = mapped;
      this._alert = this._messages.fixErrors;
      this._attempted = new Set(this._attempted).add(earliest);
      if (earliest === this._step) this._focus = 'first-error';
      else {
        this._go(earliest);
        this._focus = 'first-error';
      }
      return;
    }
    this._submitError = error;
    this._focus = 'first-error';
  }

  private _startOver(): void {
    const unionId = this._values.unionId;
    const unionName = this._values.unionName;
    this._application = undefined;
    this._values = { ...emptyValues(), unionId, unionName };
    this._consents = {};
    this._attempted = new Set();
    this._serverErrors = {};
    this._draft.reset();
    this._go('product');
  }

  // ------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    return html`<div class="loan" part="base">
      ${this._load.render({
        initial: () => renderSkeleton(6, this.t.base.loading),
        pending: () =>
          this._restored ? this._renderLoaded() : renderSkeleton(6, this.t.base.loading),
        error: (error) => renderError(error, this.t, () => void this._load.run()),
        complete: () => this._renderLoaded(),
      })}
    </div>`;
  }

  private _renderLoaded(): TemplateResult {
    const m = this._messages;
    if (this._products.length === 0) return renderEmpty(m.noProducts, m.noProductsDetail);
    if (this._application) return this._renderSubmitted(this._application);
    const index = stepIndex(this._step);
    const view: StepView = {
      t: this.t,
      m,
      locale: this.effectiveLocale,
      step: this._step,
      products: this._products,
      product: this._product,
      values: this._values,
      consents: this._consents,
      errors: this._nativeErrors(this._step),
      showSchedule: this._showSchedule,
      set: (key, value) => this._set(key, value),
      chooseProduct: (id) => this._chooseProduct(id),
      setUnion: (id, name) => {
        this._set('unionName', name);
        this._set('unionId', id);
      },
      tick: (id, granted) => this._tick(id, granted),
      toggleSchedule: () => (this._showSchedule = !this._showSchedule),
      go: (step) => this._go(step),
    };
    return html`
      <nav class="steps" part="steps" aria-label=${m.progress}>
        <ol>
          ${LOAN_STEPS.map((step, i) => {
            const current = i === index;
            const done = i < index;
            const part = `step${current ? ' step-current' : ''}${done ? ' step-done' : ''}`;
            const label = html`<span class="steps__number" aria-hidden="true">${i + 1}</span
              ><span class="steps__label">${m.steps[step]}</span>`;
            return html`<li
              class="steps__item"
              part=${part}
              aria-current=${current ? 'step' : nothing}
            >
              ${
                done
                  ? html`<button type="button" class="steps__link" @click=${() => this._go(step)}>
                      ${label}
                    </button>`
                  : html`<span class="steps__link">${label}</span>`
              }
            </li>`;
          })}
        </ol>
      </nav>
      <h2 id="step-heading" class="heading" part="heading" tabindex="-1">
        <span class="heading__count">${m.stepOf(index + 1, LOAN_STEPS.length)}</span>
        <span>${m.steps[this._step]}</span>
      </h2>
      ${this._resumed ? html`<p class="note" role="status">${m.resumed}</p>` : nothing}
      ${this._alert ? html`<p class="alert" part="alert" role="alert">${this._alert}</p>` : nothing}
      <form class="form" part="form" novalidate @submit=${this._onSubmit}>
        ${renderStep(view)}
        ${
          this._submitError && this._step === 'review'
            ? renderError(this._submitError, this.t, () => void this._submit())
            : nothing
        }
        <div class="actions" part="actions">
          ${
            index > 0
              ? html`<button
                  type="button"
                  class="jg-button"
                  part="back-button"
                  @click=${this._back}
                >
                  ${m.back}
                </button>`
              : nothing
          }
          <button
            type="submit"
            class="jg-button jg-button--primary"
            part="next-button"
            aria-disabled=${this._submitting ? 'true' : 'false'}
          >
            ${this._step === 'review' ? (this._submitting ? m.submitting : m.submit) : m.next}
          </button>
        </div>
      </form>
      ${this._renderDraftStatus()}
    `;
  }

  private _renderDraftStatus(): TemplateResult | typeof nothing {
    const m = this._messages;
    const { status, savedAt } = this._draft;
    if (status === 'idle') return nothing;
    const text =
      status === 'saving'
        ? m.draftSaving
        : status === 'failed'
          ? m.draftFailed
          : m.draftSaved(savedAt ? this.t.formatDate(savedAt, 'time') : '');
    return html`<p class="draft-status" part="draft-status">${text}</p>`;
  }

  private _renderSubmitted(application: LoanApplication): TemplateResult {
    const m = this._messages;
    return html`<section class="success" part="success">
        <h2 id="step-heading" class="heading" tabindex="-1">${m.submittedTitle}</h2>
        <p>${m.submittedDetail}</p>
        <button type="button" class="jg-button" @click=${this._startOver}>
          ${m.newApplication}
        </button>
      </section>
      <jg-loan-status
        highlight=${application.id}
        locale=${this.effectiveLocale}
        exportparts="application"
      ></jg-loan-status>`;
  }
}

import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ContextProvider } from '@lit/context';
import { newIdempotencyKey, type JiagongClient } from '@jiagong/client';
import { consentChannel } from '../internal/consent-channel.js';
import {
  cardEndpoints,
  loanMemberEndpoints,
  loanProductEndpoints,
  type FieldIssue,
  type LoanApplication,
  type LoanProduct,
  type RepaymentMethod,
} from '@jiagong/contract';
import { clientContext } from '../internal/context.js';
import { JgDataElement } from '../internal/data-element.js';
import { loanApplicationsCreate, loanDraftSave } from '../internal/endpoints.js';
import { errorCode, formatDate } from '../internal/localize.js';
import { emitError, renderEmpty, renderError, renderSkeleton } from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { JgUnionPicker, type JgUnionChangeEvent } from '../union-picker/union-picker.js';
import { DraftSaver } from './draft-saver.js';
import { JgLoanStatus } from './loan-status.js';
import { messages, type LoanMessages } from './messages.js';
import {
  fieldForPath,
  nativeErrors,
  resumeLimit,
  STEPS,
  toApplicationInput,
  valuesFromDraft,
  type ConsentTicks,
  type LoanStep,
  type LoanValues,
  type SubmitDetail,
} from './model.js';
import { serverFieldMessage } from './server-errors.js';
import { renderStep } from './steps.js';
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
export type JgLoanSubmitEvent = CustomEvent<SubmitDetail>;

/** `jg-loan-submitted`: the application was created (masked, as the API returns it). */
export type JgLoanSubmittedEvent = CustomEvent<{ application: LoanApplication }>;

/** Controls in a step's form that validate themselves (the `jg-*-input`s, the union picker). */
interface SelfValidating extends HTMLElement {
  checkValidity(): boolean;
  setCustomValidity(message: string): void;
  validationMessage: string;
  updateComplete?: Promise<unknown>;
}
const isSelfValidating = (el: Element): el is SelfValidating =>
  el.localName.startsWith('jg-') && 'checkValidity' in el;

/**
 * The 惠工贷 application a member fills in to borrow from 嘉兴银行, in six steps: product (with
 * its amount range, terms and 年化利率 range), amount and term with a live reference repayment
 * estimate, applicant, employer and purpose, one separate consent per text (none pre-ticked),
 * and a masked review. Each step is validated before the next; the draft is saved to the
 * member's account on the server as they go (never to browser storage), at once when the page
 * is hidden or the element removed, and resumed on load;
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
 * @csspart field-error - The message under a radio group, text field or consent box.
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
  /**
   * The endpoints this element and the ones inside it (status, union picker) call, and no
   * others: each endpoint brings its schemas into the bundle.
   */
  static override endpoints = {
    ...loanProductEndpoints,
    ...JgLoanStatus.endpoints,
    ...JgUnionPicker.endpoints,
    'me.loanDraft.get': loanMemberEndpoints['me.loanDraft.get'],
    'me.loanDraft.save': loanDraftSave,
    'me.loanApplications.create': loanApplicationsCreate,
    'me.get': cardEndpoints['me.get'],
  };

  static override properties: PropertyDeclarations = {
    product: {},
    channel: {},
    _products: { attribute: false },
    _failure: { attribute: false },
    _step: { attribute: false },
    _values: { attribute: false },
    _consents: { attribute: false },
    _server: { attribute: false },
    _alert: { attribute: false },
    _schedule: { attribute: false },
    _submitting: { attribute: false },
    _application: { attribute: false },
  };

  /** Id of the product to preselect (e.g. `lp_startup`) when no draft chose one. */
  product: string | undefined;

  /** Name of the host app, recorded with each consent together with the SDK version. */
  channel = '';

  /** The products on offer, once loaded (kept while loading again). */
  private _products?: LoanProduct[];
  /** Why loading failed (shown with a retry button). */
  private _failure: unknown;
  private _step: LoanStep = 'product';
  private _values = valuesFromDraft({});
  private _consents: ConsentTicks = {};
  /** Server-side field errors by control name, until the member edits the field. */
  private _server: Record<string, string> = {};
  // Unset (falsy) ones have no initializer: bytes saved in a form at its size budget.
  private _alert?: string;
  private _schedule = false;
  private _submitting = false;
  private _application?: LoanApplication;

  // Not reactive: each changes together with a reactive field or before a requested update.
  /** Steps whose Next was pressed: their own errors now show as they change. */
  private _attempted = new Set<LoanStep>();
  private _submitError: unknown;
  private _resumed?: boolean;
  /** The union of the member's card, as loaded with the draft. */
  private _card?: string;
  /** The member's card is suspended or expired: nothing to apply for, and why. */
  private _inactive?: boolean;
  private _focus?: 'heading' | 'error';
  /**
   * One idempotency key per attempt: the same body keeps its key (a retry), a new body gets one.
   * An account switch forgets it: the answer to an attempt of the previous member's is dropped.
   */
  private _attempt?: { key: string; body: string };
  /** The client the products were loaded with, and the load in flight. */
  private _client?: JiagongClient;
  private _abort?: AbortController;
  private readonly _provider = new ContextProvider(this, { context: clientContext });
  private readonly _draft = new DraftSaver(
    // Never the ID number: it is sensitive (PIPL Art. 28–29), and the draft is kept on the
    // server before any separate consent (given with the application); the member types it again
    // on another visit, as its hint says. Nor, at the product and amount steps, the union filled
    // in from her card: she is told what the draft holds (PIPL Art. 17) at the applicant step
    // (a draft of the first two steps resumes with her card's union again). One she chose there
    // (after the notice) stays in a draft saved back on them: she finds it again when she returns.
    async ({ step, values }, keepalive) =>
      this.api.client!.me.loanDraft.save(
        {
          step,
          values: {
            ...values,
            idNumber: '',
            ...(STEPS.indexOf(step as LoanStep) < 2 &&
              values.unionId == this._card && { unionId: '', unionName: '' }),
          },
        },
        { keepalive },
      ),
    // A save refused because this product is under review says why on the product at once, as
    // a submission would, not five steps later.
    (refusal) => (refusal ? this._onSubmitError(refusal, this._product!) : this.requestUpdate()),
  );

  /**
   * Loads the products, the draft (restored once) and the member; a newer load aborts this
   * one. No `@lit/task` for this one load: the form's bundle carries no task library.
   */
  private async _fetch(client = this._client): Promise<void> {
    this._abort?.abort();
    const { signal } = (this._abort = new AbortController());
    this._failure = undefined;
    // No client: nobody signed in (the form was cleared as another member's, in update()).
    if (!client) return;
    try {
      const [products, { draft }, member] = await Promise.all([
        client.loans.products({ signal }),
        client.me.loanDraft.get({ signal }),
        // Suggests the member's own union branch, and says at once that a suspended or expired
        // card cannot apply (the API refuses it at submission, card_inactive).
        client.me.get({ signal }).catch(() => null),
      ]);
      if (signal.aborted) return;
      // The draft is restored on the first load (again after an account switch) only.
      if (!this._products) {
        const v = valuesFromDraft(draft?.values ?? {});
        this._card = member?.unionId;
        this._resumed = !!draft;
        const find = (id?: string) => products.data.find((p) => p.id == id);
        if (!find(v.productId)) v.productId = find(this.product) ? this.product! : '';
        if (!v.unionId && member) {
          v.unionId = member.unionId;
          v.unionName = member.unionName;
        }
        const limit = resumeLimit(v, find(v.productId), this._m);
        this._values = v;
        this._step = STEPS[Math.max(0, Math.min(STEPS.indexOf(draft?.step as LoanStep), limit))]!;
      }
      this._inactive = !!member && member.status != 'active';
      this._products = this._inactive ? [] : products.data;
    } catch (error) {
      if (signal.aborted) return;
      this._failure = error;
      emitError(this, error);
    }
  }

  /** The current step. */
  get step(): LoanStep {
    return this._step;
  }

  /** The submitted application, once there is one. */
  get application(): LoanApplication | undefined {
    return this._application;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._leave);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._leave);
    this._leave();
  }

  /**
   * Saves what the member typed last at once when the page is hidden (another app, a closed tab)
   * or the element removed: a phone may end a hidden WebView before the debounce fires. No
   * `pagehide`: every supported browser also fires `visibilitychange` when the page is unloaded.
   */
  private readonly _leave = (event?: Event): void => {
    if (!event || document.visibilityState == 'hidden') {
      void this._draft.flush(undefined, true);
    }
  };

  protected override update(changed: PropertyValues<this>): void {
    const client = this.api.client;
    // The client was resolved just now (the client controller's hostUpdate), or changed (a locale
    // switch, another member): the alert and the server's messages were in the previous language
    // (or about another member's answers), so they go; the next submission gives them again.
    if (client != this._client) {
      this._controls.map((el) => el.setCustomValidity(''));
      this._alert = '';
      this._server = {};
      // Another member signed in (a language switch keeps the answers: the member is mid-form).
      // Her form starts afresh and loads her own draft as on first load; nothing the previous
      // member entered is kept, nor saved into her draft (saving resumes once his save in flight,
      // if any, is done: a failed one is not retried). An answer to his submission still on its
      // way is dropped (_attempt is no longer its attempt).
      if (this.api.newSession) {
        void this._draft.stop().then(this._draft.reset);
        this._consents = {};
        this._attempted.clear();
        this._attempt = this._application = this._products = this._submitError = undefined;
      }
      void this._fetch((this._client = client));
    }
    // Elements inside (union picker, status) share this element's session (its client source, or
    // the plain client it was given), with or without a <jg-provider> around it, so they tell a
    // language switch from another member as it does (setValue notifies them of a new one only).
    this._provider.setValue(this.api.session);
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Server-side messages go on the self-validating controls now on screen.
    for (const el of this._controls) {
      const message = this._server[el.getAttribute('name')!];
      if (message && el.validationMessage != message) el.setCustomValidity(message);
    }
    const focus = this._focus;
    this._focus = undefined;
    if (focus == 'heading') this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    // Else the first invalid control, once the controls have rendered their messages.
    else if (focus) {
      void Promise.all(this._controls.map((el) => el.updateComplete)).then(() =>
        (
          (this._invalid()[0] ??
            this.renderRoot.querySelector('[part~="error"] button')) as HTMLElement | null
        )?.focus(),
      );
    }
  }

  private get _product(): LoanProduct | undefined {
    return this._products?.find((p) => p.id == this._values.productId);
  }

  private get _fields(): Element[] {
    return [...(this.renderRoot.querySelector('form')?.elements ?? [])];
  }

  private get _controls(): SelfValidating[] {
    return this._fields.filter(isSelfValidating);
  }

  /**
   * Messages of the current step's native controls: its own once Next was pressed, and the
   * server's (which say more: 已更新至 2025.2 版 …) until the member changes the control.
   */
  private get _errors(): Record<string, string> {
    const step = this._step;
    return {
      ...(this._attempted.has(step) &&
        nativeErrors(step, this._values, this._product, this._consents, this._m)),
      ...this._server,
    };
  }

  /** The invalid controls of the current step, in document order. */
  private _invalid(): Element[] {
    const errors = this._errors;
    // checkValidity() fires `invalid`, which makes a jg-* control show its message.
    return this._fields.filter((el) =>
      isSelfValidating(el) ? !el.checkValidity() : errors[el.getAttribute('name')!],
    );
  }

  // ------------------------------------------------------------------------------------------
  // Values and drafts

  private _set(key: keyof LoanValues, value: string | number): void {
    if (this._values[key] === value) return;
    this._values = { ...this._values, [key]: value };
    this._clear(key);
    this._draft.schedule({ step: this._step, values: this._values });
  }

  private _clear(field: string): void {
    if (!(field in this._server)) return;
    const { [field]: _removed, ...rest } = this._server;
    this._server = rest;
    if (!Object.keys(rest).length) this._alert = '';
  }

  /** Every control of the form reports here by its `name`. */
  private _onInput(event: Event): void {
    const { name, value, checked } = event.target as HTMLInputElement;
    if (name.startsWith('consent:')) {
      this._consents = { ...this._consents, [name.slice(8)]: checked };
      this._clear(name);
    } else if (name == 'productId') {
      // Another product may be saved again after a refused one.
      this._draft.reset();
      this._set('productId', value);
      const { termsMonths, repaymentMethods } = this._product!;
      // A term or method the new product does not offer is cleared rather than silently kept.
      if (!termsMonths.includes(this._values.termMonths)) this._set('termMonths', 0);
      if (!repaymentMethods.includes(this._values.repaymentMethod as RepaymentMethod)) {
        this._set('repaymentMethod', repaymentMethods.length == 1 ? repaymentMethods[0]! : '');
      }
    } else if (name in this._values) {
      this._set(name as keyof LoanValues, name == 'termMonths' ? Number(value) : value);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Navigation

  /** Moves to `step` (an arrow: the steps call it as a callback). */
  private readonly _go = (step: LoanStep): void => {
    const previous = this._step;
    if (step == previous) return;
    this._step = step;
    this._schedule = this._resumed = false;
    this._focus = 'heading';
    void this._draft.flush({ step, values: this._values });
    this.emit('jg-loan-step', { step, index: STEPS.indexOf(step), previous });
  };

  // ------------------------------------------------------------------------------------------
  // Submission

  private async _submit(): Promise<void> {
    // The member who confirmed: an account switch while the last draft save ends must not send
    // his application under her session.
    const client = this.api.client!;
    const product = this._product!;
    if (this._submitting) return;
    const [input, detail] = toApplicationInput(
      this._values,
      product,
      this._consents,
      consentChannel(this.channel),
    );
    if (!this.emit('jg-loan-submit', detail, { cancelable: true })) {
      this._alert = this._m.cancelled;
      return;
    }
    const body = JSON.stringify(input);
    if (this._attempt?.body != body) this._attempt = { key: newIdempotencyKey(), body };
    const attempt = this._attempt;
    this._submitting = true;
    this._submitError = undefined;
    this._alert = '';
    try {
      // No draft save may land after the application (the server deletes the draft with it).
      await this._draft.stop();
      const application = await client.me.loanApplications.create(input, {
        idempotencyKey: attempt.key,
      });
      // Unless another member signed in meanwhile: his application stays his, none of it on hers.
      if (attempt == this._attempt) {
        this._attempt = undefined;
        this._application = application;
        this._focus = 'heading';
        this.emit('jg-loan-submitted', { application });
      }
    } catch (error) {
      // Nor his failure: no error of his on her form, and her draft saver is left as it is.
      if (attempt == this._attempt) {
        this._draft.reset();
        emitError(this, error);
        this._onSubmitError(error, product);
      }
    } finally {
      this._submitting = false;
    }
  }

  private _onSubmitError(error: unknown, product: LoanProduct): void {
    const code = errorCode(error);
    // A definite answer from the server about this body: the next attempt is a new one.
    if (code && code != 'idempotency_key_in_use' && code != 'internal_error') {
      this._attempt = undefined;
    }
    const fields = (error as { details?: { fields?: FieldIssue[] } }).details?.fields ?? [];
    const server: Record<string, string> = {};
    let earliest: number = STEPS.length;
    for (const issue of fields) {
      const [name, step] = fieldForPath(issue.path);
      if (step < 0) continue;
      server[name] = serverFieldMessage(issue, name, product, this.t);
      earliest = Math.min(earliest, step);
      // A consent refused (a text the bank updated since the page loaded: consent_outdated) is
      // given again only on its new version: the box is cleared, and the texts are read again.
      if (step == 4) this._consents[name.slice(8)] = false;
    }
    const step = STEPS[earliest] as LoanStep | undefined;
    if (step) {
      // The server's rules win over the products the page loaded (new consent versions, limits,
      // ages): they are loaded again, what the member entered stays.
      void this._fetch();
      this._server = server;
      this._alert = this._m.fixErrors;
      this._attempted.add(step);
      this._go(step);
    } else {
      this._submitError = error;
    }
    this._focus = 'error';
  }

  /** The family's texts in the current locale (the same getter as the status list's). */
  private get _m(): LoanMessages {
    return this.t.pick(messages);
  }

  // ------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    const products = this._products;
    const m = this._m;
    const step = this._step;
    const index = STEPS.indexOf(step);
    const { status } = this._draft;
    // PIPL Art. 17: the notice before the applicant step's fields, and once with a draft resumed
    // past them (one an older version saved with the ID number).
    const told = this._resumed ? index > 1 : index == 2;
    // The form's click listener only drops the second click of a double click: every control
    // in it keeps its own keyboard use (a click from a key has detail 0).
    /* eslint-disable lit-a11y/click-events-have-key-events */
    return html`<div class="stack" part="base">
      ${
        this._failure
          ? renderError(this._failure, this.t, () => void this._fetch())
          : !products
            ? renderSkeleton(6, this.t.base.loading)
            : !products.length
              ? this._inactive
                ? renderEmpty(m.inactive, m.inactiveDetail)
                : renderEmpty(m.none, m.noneDetail)
              : this._application
                ? html`<section class="card stack success" part="success">
                      <h2 id="heading" tabindex="-1">${m.sentTitle}</h2>
                      <p>${m.sentDetail}</p>
                      <button
                        type="button"
                        class="jg-button"
                        @click=${() => {
                          const { unionId, unionName } = this._values;
                          this._application = undefined;
                          this._values = valuesFromDraft({ unionId, unionName });
                          this._consents = {};
                          this._attempted.clear();
                          this._server = {};
                          this._draft.reset();
                          this._go('product');
                        }}
                      >
                        ${m.applyAgain}
                      </button>
                    </section>
                    <jg-loan-status
                      highlight=${this._application.id}
                      locale=${this.effectiveLocale}
                      exportparts="application"
                    ></jg-loan-status>`
                : html`
                    <nav class="steps" part="steps" aria-label=${m.progress}>
                      <ol>
                        ${STEPS.map((s, i) => {
                          const label = html`<span class="number">${i + 1}</span
                            ><span class="label">${m.steps[s]}</span>`;
                          return html`<li
                            part="step${i == index ? ' step-current' : i < index ? ' step-done' : ''}"
                            aria-current=${i == index ? 'step' : nothing}
                          >
                            ${
                              i < index
                                ? html`<button type="button" @click=${() => this._go(s)}>
                                    ${label}
                                  </button>`
                                : html`<span>${label}</span>`
                            }
                          </li>`;
                        })}
                      </ol>
                    </nav>
                    <h2
                      id="heading"
                      part="heading"
                      tabindex="-1"
                      aria-describedby=${told ? 'notice' : nothing}
                    >
                      <span class="note">${m.stepOf(index + 1, STEPS.length)}</span>
                      ${m.steps[step]}
                    </h2>
                    ${this._resumed ? html`<p class="note" role="status">${m.resumed}</p>` : nothing}
                    ${told ? html`<p class="note" id="notice">${m.notice}</p>` : nothing}
                    ${this._alert ? html`<p class="alert" part="alert" role="alert">${this._alert}</p>` : nothing}
                    <form
                      class="stack"
                      part="form"
                      novalidate
                      @submit=${
                        // Next (or submit on the review) once every field of the step is valid.
                        (event: SubmitEvent) => {
                          event.preventDefault();
                          this._attempted.add(step);
                          this.requestUpdate();
                          if (this._invalid().length) this._focus = 'error';
                          else if (step == 'review') void this._submit();
                          else this._go(STEPS[index + 1]!);
                        }
                      }
                      @click=${
                        // The second tap of a double tap (a habit of many older members) lands on what the step
                        // just shown put under the finger: a radio, a consent box, 提交申请 on the review. No
                        // control of the form takes a double click: its second click does nothing.
                        (event: MouseEvent) => event.detail > 1 && event.preventDefault()
                      }
                      @input=${this._onInput}
                      @change=${this._onInput}
                      @jg-union-change=${({ detail }: JgUnionChangeEvent) => {
                        this._set('unionName', detail.union?.name ?? '');
                        this._set('unionId', detail.value);
                      }}
                    >
                      ${renderStep({
                        m,
                        locale: this.effectiveLocale,
                        step,
                        products,
                        product: this._product,
                        values: this._values,
                        consents: this._consents,
                        errors: this._errors,
                        schedule: this._schedule,
                        toggleSchedule: () => (this._schedule = !this._schedule),
                        go: this._go,
                      })}
                      ${
                        this._submitError && step == 'review'
                          ? renderError(this._submitError, this.t, () => void this._submit())
                          : nothing
                      }
                      <div class="actions" part="actions">
                        ${
                          index
                            ? html`<button
                                type="button"
                                class="jg-button"
                                part="back-button"
                                @click=${() => this._go(STEPS[index - 1]!)}
                              >
                                ${m.back}
                              </button>`
                            : nothing
                        }
                        <button
                          class="jg-button jg-button--primary"
                          part="next-button"
                          aria-disabled=${this._submitting}
                        >
                          ${step == 'review' ? (this._submitting ? m.submitting : m.submit) : m.next}
                        </button>
                      </div>
                    </form>
                    ${
                      !status
                        ? nothing
                        : html`<p class="note draft" part="draft-status">
                            ${
                              status == 'draftSaved'
                                ? m.draftSaved(
                                    formatDate(this.t.locale, this._draft.savedAt, 'time'),
                                  )
                                : m[status]
                            }
                          </p>`
                    }
                  `
      }
    </div>`;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }
}

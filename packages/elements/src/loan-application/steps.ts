import { html, nothing, type TemplateResult } from 'lit';
import { live } from '../inputs/live.js';
import {
  formatFen,
  maskMobile,
  maskName,
  maskResidentId,
  type LoanProduct,
} from '@jiagong/contract';
import { isolate, type Locale } from '../internal/localize.js';
import {
  estimate,
  formatApr,
  renderEstimate,
  renderRows,
  renderSchedule,
  type Rows,
} from './estimate.js';
import type { LoanMessages } from './messages.js';
import { knownMethods, type ConsentTicks, type LoanStep, type LoanValues } from './model.js';

/**
 * What a step shows. The element's `<form>` listens for `input` from every control (by its
 * `name`), so the steps only need callbacks for their buttons.
 */
export interface StepView {
  m: LoanMessages;
  locale: Locale;
  step: LoanStep;
  products: LoanProduct[];
  product: LoanProduct | undefined;
  values: LoanValues;
  consents: ConsentTicks;
  /** Messages of native controls by control name. */
  errors: Record<string, string>;
  schedule: boolean;
  toggleSchedule(): void;
  go(step: LoanStep): void;
}

const errorId = (name: string) => `err-${name.replace(/[^\w-]/g, '-')}`;

/** The message under a native control, if any. */
const fieldError = (v: StepView, name: string) =>
  v.errors[name]
    ? html`<p class="error" part="field-error" id=${errorId(name)}>${v.errors[name]}</p>`
    : nothing;

/** `aria-describedby` of a native control: its own descriptions plus its error, if any. */
const describedBy = (v: StepView, name: string, ...ids: string[]) =>
  [...ids, v.errors[name] ? errorId(name) : ''].filter(Boolean).join(' ') || nothing;

const required = html`<span class="required" aria-hidden="true">*</span>`;

const list = (v: StepView, items: (string | number)[]) =>
  items.join(v.locale == 'en' ? ', ' : '、');

/** `¥50,000`: no decimals for the round limits of a product. */
const yuan = (fen: number) => formatFen(fen).replace(/\.00$/, '');

const aprRange = (p: LoanProduct) => `${formatApr(p.aprMinPercent)}–${formatApr(p.aprMaxPercent)}`;

function productStep(v: StepView): TemplateResult {
  const { m } = v;
  return html`<fieldset>
    <legend>${m.choose(m.product)}</legend>
    <div class="stack">
      ${v.products.map((p) => {
        const on = v.values.productId == p.id;
        return html`<div
          class="card stack product ${on ? 'on' : ''}"
          part="product${on ? ' product-selected' : ''}"
        >
          <input
            type="radio"
            id="product-${p.id}"
            name="productId"
            value=${p.id}
            .checked=${live(on)}
            aria-invalid=${!!v.errors.productId}
            aria-describedby=${describedBy(v, 'productId', `product-${p.id}-apr`, `product-${p.id}-details`)}
          />
          <label for="product-${p.id}">${p.name}</label>
          <p class="apr" part="apr" id="product-${p.id}-apr">
            ${m.apr} <strong>${aprRange(p)}</strong>
          </p>
          <div class="note" id="product-${p.id}-details">
            <p>
              ${m.amountRange(yuan(p.minAmountFen), yuan(p.maxAmountFen))} · ${m.term}
              ${m.months(list(v, p.termsMonths))}
            </p>
            <p>${p.description}</p>
            <p>${m.lender(isolate(p.lender.name))}</p>
          </div>
        </div>`;
      })}
    </div>
    ${fieldError(v, 'productId')}
  </fieldset>`;
}

/** A required radio group of a native control. */
function radios<T extends string | number>(
  v: StepView,
  name: 'termMonths' | 'repaymentMethod',
  legend: string,
  options: T[],
  label: (option: T) => unknown,
): TemplateResult {
  // With no option to choose (a product's methods all added by a newer API), the group itself
  // carries the name, so its error stops the step.
  return html`<fieldset name=${options.length ? nothing : name}>
    <legend>${legend}${required}</legend>
    <div class="choices">
      ${options.map(
        (option) =>
          html`<label class="choice">
            <input
              type="radio"
              name=${name}
              value=${option}
              .checked=${live(v.values[name] === option)}
              aria-invalid=${!!v.errors[name]}
              aria-describedby=${describedBy(v, name)}
            />
            <span>${label(option)}</span>
          </label>`,
      )}
    </div>
    ${fieldError(v, name)}
  </fieldset>`;
}

function amountStep(v: StepView, p: LoanProduct): TemplateResult {
  const { m, values } = v;
  const result = estimate(p, values);
  return html`
    <jg-amount-input
      name="amountFen"
      label=${m.amount}
      required
      locale=${v.locale}
      min=${p.minAmountFen}
      max=${p.maxAmountFen}
      hint=${m.amountHint(yuan(p.minAmountFen), yuan(p.maxAmountFen))}
      .value=${live(values.amountFen)}
    ></jg-amount-input>
    ${radios(v, 'termMonths', m.term, p.termsMonths, m.months)}
    ${radios(
      v,
      'repaymentMethod',
      m.method,
      knownMethods(p, m),
      (method) => html`${m.methods[method]}<span class="note">${m.methodHelp[method]}</span>`,
    )}
    ${renderEstimate(m, result, values.repaymentMethod)}
    ${
      result
        ? html`<button
            type="button"
            class="jg-button jg-button--link"
            part="schedule-button"
            aria-expanded=${v.schedule}
            aria-controls=${v.schedule ? 'schedule' : nothing}
            @click=${v.toggleSchedule}
          >
            ${v.schedule ? m.hide : m.show}
          </button>`
        : nothing
    }
    ${
      result && v.schedule
        ? renderSchedule(m, result[values.repaymentMethod || 'equal-instalment'])
        : nothing
    }
  `;
}

function applicantStep(v: StepView, p: LoanProduct): TemplateResult {
  const { m, values, locale } = v;
  return html`
    <p class="note">${m.applicantIntro}</p>
    <jg-name-input
      name="name"
      label=${m.name}
      required
      locale=${locale}
      .value=${live(values.name)}
    ></jg-name-input>
    <jg-id-input
      name="idNumber"
      label=${m.idNumber}
      hint=${m.idHint}
      required
      locale=${locale}
      min-age=${p.minAge}
      max-age=${p.maxAge}
      .value=${live(values.idNumber)}
    ></jg-id-input>
    <jg-phone-input
      name="mobile"
      label=${m.mobile}
      required
      locale=${locale}
      .value=${live(values.mobile)}
    ></jg-phone-input>
    <jg-union-picker
      name="unionId"
      label=${m.union}
      required
      locale=${locale}
      .value=${live(values.unionId)}
    ></jg-union-picker>
  `;
}

/** A native text field with its label, hint and error. */
function textField(
  v: StepView,
  name: 'employerName' | 'purpose',
  label: string,
  control: TemplateResult,
  hint?: string,
): TemplateResult {
  return html`<div>
    <label class="label" for=${name}>${label}${required}</label>
    ${control} ${hint ? html`<p class="note" id="${name}-hint">${hint}</p>` : nothing}
    ${fieldError(v, name)}
  </div>`;
}

function employerStep(v: StepView): TemplateResult {
  const { m, values } = v;
  return html`
    ${textField(
      v,
      'employerName',
      m.employer,
      html`<input
        id="employerName"
        name="employerName"
        class="input"
        autocomplete="organization"
        required
        maxlength="100"
        .value=${live(values.employerName)}
        aria-invalid=${!!v.errors.employerName}
        aria-describedby=${describedBy(v, 'employerName')}
      />`,
    )}
    <jg-uscc-input
      name="uscc"
      label=${m.uscc}
      required
      locale=${v.locale}
      .value=${live(values.uscc)}
    ></jg-uscc-input>
    ${textField(
      v,
      'purpose',
      m.purpose,
      html`<textarea
        id="purpose"
        name="purpose"
        class="input"
        rows="3"
        required
        maxlength="500"
        .value=${live(values.purpose)}
        aria-invalid=${!!v.errors.purpose}
        aria-describedby=${describedBy(v, 'purpose', 'purpose-hint')}
      ></textarea>`,
      m.purposeHint,
    )}
  `;
}

function consentsStep(v: StepView, p: LoanProduct): TemplateResult {
  const { m } = v;
  return html`
    <p class="note">${m.consentIntro}</p>
    ${p.consents.map((text) => {
      const name = `consent:${text.id}`;
      return html`<section class="card stack" part="consent">
        <h3 id="consent-${text.id}-title">
          ${text.title}
          <span class="badge ${text.required ? 'rejected' : ''}"
            >${text.required ? m.required : m.optional}</span
          >
        </h3>
        ${renderRows([
          [m.version, text.version],
          !!text.recipient && [
            m.recipient,
            // The lender's own contact under its name.
            html`${text.recipient}${
              text.recipient == p.lender.name ? html`<br />${p.lender.contact}` : nothing
            }`,
          ],
          [m.categories, list(v, text.dataCategories)],
          [m.retention, text.retention],
        ])}
        <div
          class="text"
          part="consent-text"
          role="region"
          tabindex="0"
          aria-labelledby="consent-${text.id}-title"
        >
          ${text.body.split('\n').map((line) => html`<p>${line}</p>`)}
        </div>
        <label class="choice">
          <input
            type="checkbox"
            name="consent:${text.id}"
            .checked=${live(!!v.consents[text.id])}
            aria-invalid=${!!v.errors[name]}
            aria-describedby=${describedBy(v, name, text.required ? '' : `consent-${text.id}-optional`)}
          />
          <strong>${m.agree(isolate(text.title))}</strong>
        </label>
        ${text.required ? nothing : html`<p class="note" id="consent-${text.id}-optional">${m.optionalNote}</p>`}
        ${fieldError(v, name)}
      </section>`;
    })}
  `;
}

/** One review section: its rows and a button back to the step that edits them. */
function reviewSection(v: StepView, step: LoanStep, rows: Rows): TemplateResult {
  const title = v.m.steps[step];
  return html`<section class="card">
    <div class="head">
      <h3>${title}</h3>
      <button type="button" class="jg-button jg-button--link" @click=${() => v.go(step)}>
        ${v.m.edit}<span class="jg-visually-hidden">${title}</span>
      </button>
    </div>
    ${renderRows(rows)}
  </section>`;
}

function reviewStep(v: StepView, p: LoanProduct): TemplateResult {
  const { m, values } = v;
  const method = values.repaymentMethod || 'equal-instalment';
  const schedule = estimate(p, values)?.[method];
  // Full-width brackets belong to Chinese text only.
  const paren = (text: string) => (v.locale == 'en' ? ` (${text})` : `（${text}）`);
  const masked = (text: string) =>
    html`${text}<span class="jg-visually-hidden">${paren(m.masked)}</span>`;
  const reference = (label: string) => label + paren(m.reference);
  return html`
    <p class="note">${m.reviewIntro}</p>
    <div class="stack" part="review">
      ${reviewSection(v, 'amount', [
        [m.product, p.name],
        [m.apr, aprRange(p)],
        [m.amount, formatFen(Number(values.amountFen))],
        [m.term, m.months(values.termMonths)],
        [m.method, m.methods[method]],
        schedule && [
          reference(method == 'equal-instalment' ? m.monthly : m.firstMonth),
          formatFen(schedule.firstPaymentFen),
        ],
        schedule && [reference(m.interest), formatFen(schedule.totalInterestFen)],
      ])}
      ${reviewSection(v, 'applicant', [
        [m.name, masked(maskName(values.name))],
        [m.idNumber, masked(maskResidentId(values.idNumber))],
        [m.mobile, masked(maskMobile(values.mobile))],
        [m.union, values.unionName || values.unionId],
      ])}
      ${reviewSection(v, 'employer', [
        [m.employer, values.employerName.trim()],
        [m.uscc, values.uscc],
        [m.purpose, values.purpose.trim()],
      ])}
      ${reviewSection(
        v,
        'consents',
        p.consents.map((text) => [text.title, v.consents[text.id] ? m.granted : m.refused]),
      )}
    </div>
  `;
}

const STEP_VIEWS = {
  amount: amountStep,
  applicant: applicantStep,
  employer: employerStep,
  consents: consentsStep,
  review: reviewStep,
};

/** The controls of the current step (inside the element's `<form>`); the product until one is chosen. */
export const renderStep = (v: StepView): TemplateResult =>
  v.product && v.step != 'product' ? STEP_VIEWS[v.step](v, v.product) : productStep(v);

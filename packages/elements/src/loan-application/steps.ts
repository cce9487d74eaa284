import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  formatFen,
  maskMobile,
  maskName,
  maskResidentId,
  type LoanProduct,
  type RepaymentMethod,
} from '@jiagong/contract';
import type { Locale, Localizer } from '../internal/localize.js';
import type { JgUnionChangeEvent } from '../union-picker/union-picker.js';
import { estimate, formatApr, renderEstimate, renderSchedule } from './estimate.js';
import type { LoanMessages } from './messages.js';
import type { ConsentTicks, LoanStep, LoanValues } from './model.js';

/** What a step needs from the element: state to show and callbacks to change it. */
export interface StepView {
  t: Localizer;
  m: LoanMessages;
  locale: Locale;
  step: LoanStep;
  products: LoanProduct[];
  product: LoanProduct | undefined;
  values: LoanValues;
  consents: ConsentTicks;
  /** Messages of native controls by control name. */
  errors: Record<string, string>;
  showSchedule: boolean;
  set<K extends keyof LoanValues>(key: K, value: LoanValues[K]): void;
  chooseProduct(id: string): void;
  setUnion(id: string, name: string): void;
  tick(textId: string, granted: boolean): void;
  toggleSchedule(): void;
  go(step: LoanStep): void;
}

const errorId = (name: string) => `err-${name.replace(/[^\w-]/g, '-')}`;

function fieldError(v: StepView, name: string): TemplateResult | typeof nothing {
  const message = v.errors[name];
  return message
    ? html`<p class="field-error" part="field-error" id=${errorId(name)}>${message}</p>`
    : nothing;
}

/** `aria-describedby` for a native control: its own descriptions plus its error, if any. */
function describedBy(v: StepView, name: string, ...ids: string[]): string | typeof nothing {
  const all = v.errors[name] ? [...ids, errorId(name)] : ids;
  return all.length ? all.join(' ') : nothing;
}

const invalid = (v: StepView, name: string) => (v.errors[name] ? 'true' : 'false');

const valueOf = (event: Event) => (event.currentTarget as HTMLInputElement).value;

function listJoin(locale: Locale, items: (string | number)[]): string {
  return items.join(locale === 'en' ? ', ' : '、');
}

function amountRange(v: StepView, product: LoanProduct): string {
  const short = (fen: number) => v.t.formatFen(fen, { minimumFractionDigits: 0 });
  return v.m.amountRange(short(product.minAmountFen), short(product.maxAmountFen));
}

function aprRange(v: StepView, product: LoanProduct): string {
  return v.m.aprRange(formatApr(v.t, product.aprMinPercent), formatApr(v.t, product.aprMaxPercent));
}

function productStep(v: StepView): TemplateResult {
  const { m } = v;
  return html`<fieldset class="group">
    <legend class="group__legend">${m.chooseProduct}</legend>
    <div class="products">
      ${v.products.map((product) => {
        const id = `product-${product.id}`;
        const selected = v.values.productId === product.id;
        return html`<div
          class="product ${selected ? 'is-selected' : ''}"
          part=${selected ? 'product product-selected' : 'product'}
        >
          <input
            type="radio"
            class="product__radio"
            id=${id}
            name="productId"
            value=${product.id}
            .checked=${live(selected)}
            aria-invalid=${invalid(v, 'productId')}
            aria-describedby=${describedBy(v, 'productId', `${id}-apr`, `${id}-details`)}
            @change=${() => v.chooseProduct(product.id)}
          />
          <label class="product__name" for=${id}>${product.name}</label>
          <p class="product__apr" part="apr" id="${id}-apr">
            <span class="product__apr-label">${m.apr}</span>
            <strong class="product__apr-value">${aprRange(v, product)}</strong>
          </p>
          <div class="product__details" id="${id}-details">
            <p>${amountRange(v, product)} · ${m.terms(listJoin(v.locale, product.termsMonths))}</p>
            <p class="product__description">${product.description}</p>
            <p class="product__lender">${m.lender(product.lender.name)}</p>
          </div>
        </div>`;
      })}
    </div>
    ${fieldError(v, 'productId')}
  </fieldset>`;
}

function amountStep(v: StepView, product: LoanProduct): TemplateResult {
  const { m, t, values } = v;
  const fen = /^\d+$/.test(values.amountFen) ? Number(values.amountFen) : null;
  const inRange = fen !== null && fen >= product.minAmountFen && fen <= product.maxAmountFen;
  const term =
    values.termMonths && product.termsMonths.includes(values.termMonths) ? values.termMonths : null;
  const result = inRange ? estimate(product, fen, term) : undefined;
  const shownMethod: RepaymentMethod = values.repaymentMethod || 'equal-instalment';
  const short = (n: number) => t.formatFen(n, { minimumFractionDigits: 0 });
  return html`
    <jg-amount-input
      name="amountFen"
      label=${m.amountLabel}
      required
      locale=${v.locale}
      min=${product.minAmountFen}
      max=${product.maxAmountFen}
      hint=${m.amountHint(short(product.minAmountFen), short(product.maxAmountFen))}
      .value=${live(values.amountFen)}
      @input=${(e: Event) => v.set('amountFen', valueOf(e))}
    ></jg-amount-input>
    <fieldset class="group">
      <legend class="group__legend">
        ${m.termLabel}<span class="required" aria-hidden="true">*</span>
      </legend>
      <div class="choices choices--inline">
        ${product.termsMonths.map(
          (months) =>
            html`<label class="choice">
              <input
                type="radio"
                name="termMonths"
                value=${months}
                .checked=${live(values.termMonths === months)}
                aria-invalid=${invalid(v, 'termMonths')}
                aria-describedby=${describedBy(v, 'termMonths')}
                @change=${() => v.set('termMonths', months)}
              />
              <span>${m.termOption(months)}</span>
            </label>`,
        )}
      </div>
      ${fieldError(v, 'termMonths')}
    </fieldset>
    <fieldset class="group">
      <legend class="group__legend">
        ${m.methodLabel}<span class="required" aria-hidden="true">*</span>
      </legend>
      <div class="choices">
        ${product.repaymentMethods.map(
          (method) =>
            html`<label class="choice">
              <input
                type="radio"
                name="repaymentMethod"
                value=${method}
                .checked=${live(values.repaymentMethod === method)}
                aria-invalid=${invalid(v, 'repaymentMethod')}
                aria-describedby=${describedBy(v, 'repaymentMethod', `method-${method}-help`)}
                @change=${() => v.set('repaymentMethod', method)}
              />
              <span>
                ${m.methods[method]}
                <span class="choice__help" id="method-${method}-help">${m.methodHelp[method]}</span>
              </span>
            </label>`,
        )}
      </div>
      ${fieldError(v, 'repaymentMethod')}
    </fieldset>
    ${renderEstimate(t, m, result, values.repaymentMethod)}
    ${
      result
        ? html`<button
            type="button"
            class="jg-button jg-button--link"
            part="schedule-button"
            aria-expanded=${v.showSchedule ? 'true' : 'false'}
            aria-controls=${v.showSchedule ? 'schedule' : nothing}
            @click=${v.toggleSchedule}
          >
            ${v.showSchedule ? m.hideSchedule : m.showSchedule}
          </button>`
        : nothing
    }
    ${result && v.showSchedule ? renderSchedule(t, m, result.schedules[shownMethod]) : nothing}
  `;
}

function applicantStep(v: StepView, product: LoanProduct): TemplateResult {
  const { m, values } = v;
  return html`
    <p class="intro">${m.applicantIntro}</p>
    <jg-name-input
      name="name"
      label=${m.nameLabel}
      required
      locale=${v.locale}
      .value=${live(values.name)}
      @input=${(e: Event) => v.set('name', valueOf(e))}
    ></jg-name-input>
    <jg-id-input
      name="idNumber"
      label=${m.idLabel}
      hint=${m.idHint}
      required
      locale=${v.locale}
      min-age=${product.minAge}
      max-age=${product.maxAge}
      .value=${live(values.idNumber)}
      @input=${(e: Event) => v.set('idNumber', valueOf(e))}
    ></jg-id-input>
    <jg-phone-input
      name="mobile"
      label=${m.mobileLabel}
      required
      locale=${v.locale}
      .value=${live(values.mobile)}
      @input=${(e: Event) => v.set('mobile', valueOf(e))}
    ></jg-phone-input>
    <jg-union-picker
      name="unionId"
      label=${m.unionLabel}
      required
      locale=${v.locale}
      .value=${live(values.unionId)}
      @jg-union-change=${(e: JgUnionChangeEvent) =>
        v.setUnion(e.detail.value, e.detail.union?.name ?? '')}
    ></jg-union-picker>
  `;
}

function employerStep(v: StepView): TemplateResult {
  const { m, values } = v;
  return html`
    <div class="field">
      <label class="field__label" for="employerName"
        >${m.employerNameLabel}<span class="required" aria-hidden="true">*</span></label
      >
      <input
        id="employerName"
        name="employerName"
        class="text-input"
        autocomplete="organization"
        required
        maxlength="100"
        .value=${live(values.employerName)}
        aria-invalid=${invalid(v, 'employerName')}
        aria-describedby=${describedBy(v, 'employerName')}
        @input=${(e: Event) => v.set('employerName', valueOf(e))}
      />
      ${fieldError(v, 'employerName')}
    </div>
    <jg-uscc-input
      name="uscc"
      label=${m.usccLabel}
      required
      locale=${v.locale}
      .value=${live(values.uscc)}
      @input=${(e: Event) => v.set('uscc', valueOf(e))}
    ></jg-uscc-input>
    <div class="field">
      <label class="field__label" for="purpose"
        >${m.purposeLabel}<span class="required" aria-hidden="true">*</span></label
      >
      <textarea
        id="purpose"
        name="purpose"
        class="text-input"
        rows="3"
        required
        maxlength="500"
        .value=${live(values.purpose)}
        aria-invalid=${invalid(v, 'purpose')}
        aria-describedby=${describedBy(v, 'purpose', 'purpose-hint')}
        @input=${(e: Event) => v.set('purpose', valueOf(e))}
      ></textarea>
      <p class="field__hint" id="purpose-hint">${m.purposeHint}</p>
      ${fieldError(v, 'purpose')}
    </div>
  `;
}

function consentsStep(v: StepView, product: LoanProduct): TemplateResult {
  const { m } = v;
  return html`
    <p class="intro">${m.consentIntro}</p>
    ${product.consents.map((text) => {
      const name = `consent:${text.id}`;
      const id = `consent-${text.id}`;
      const lenderContact = text.recipient === product.lender.name ? product.lender.contact : '';
      return html`<section class="consent" part="consent">
        <h3 class="consent__title" id="${id}-title">
          ${text.title}
          <span class="badge ${text.required ? 'badge--required' : ''}"
            >${text.required ? m.required : m.optional}</span
          >
        </h3>
        <dl class="consent__meta">
          <div>
            <dt>${m.consentVersion}</dt>
            <dd>${text.version}</dd>
          </div>
          ${
            text.recipient
              ? html`<div>
                  <dt>${m.consentRecipient}</dt>
                  <dd>
                    ${text.recipient}${lenderContact ? html`<br />${lenderContact}` : nothing}
                  </dd>
                </div>`
              : nothing
          }
          <div>
            <dt>${m.consentCategories}</dt>
            <dd>${listJoin(v.locale, text.dataCategories)}</dd>
          </div>
          <div>
            <dt>${m.consentRetention}</dt>
            <dd>${text.retention}</dd>
          </div>
        </dl>
        <div
          class="consent__text"
          part="consent-text"
          role="region"
          tabindex="0"
          aria-labelledby="${id}-title"
        >
          ${text.body.split('\n').map((line) => html`<p>${line}</p>`)}
        </div>
        <label class="choice choice--consent">
          <input
            type="checkbox"
            name=${name}
            .checked=${live(!!v.consents[text.id])}
            aria-invalid=${invalid(v, name)}
            aria-describedby=${describedBy(v, name, ...(text.required ? [] : [`${id}-optional`]))}
            @change=${(e: Event) => v.tick(text.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          <span>${m.consentAgree(text.title)}</span>
        </label>
        ${
          text.required
            ? nothing
            : html`<p class="field__hint" id="${id}-optional">${m.consentOptionalNote}</p>`
        }
        ${fieldError(v, name)}
      </section>`;
    })}
  `;
}

function reviewSection(
  v: StepView,
  title: string,
  step: LoanStep,
  rows: [string, string, boolean?][],
): TemplateResult {
  return html`<section class="review__section">
    <div class="review__head">
      <h3>${title}</h3>
      <button type="button" class="jg-button jg-button--link" @click=${() => v.go(step)}>
        ${v.m.edit}<span class="jg-visually-hidden">${title}</span>
      </button>
    </div>
    <dl class="review__list">
      ${rows.map(
        ([label, value, masked]) =>
          html`<div>
            <dt>${label}</dt>
            <dd>
              ${value}${
                masked
                  ? html`<span class="jg-visually-hidden">（${v.m.maskedNote}）</span>`
                  : nothing
              }
            </dd>
          </div>`,
      )}
    </dl>
  </section>`;
}

function reviewStep(v: StepView, product: LoanProduct): TemplateResult {
  const { m, values } = v;
  const fen = Number(values.amountFen);
  const method = values.repaymentMethod || 'equal-instalment';
  const result = estimate(product, Number.isSafeInteger(fen) ? fen : null, values.termMonths);
  const schedule = result?.schedules[method];
  return html`
    <p class="intro">${m.reviewIntro}</p>
    <div class="review" part="review">
      ${reviewSection(v, m.steps.amount, 'amount', [
        [m.product, product.name],
        [m.apr, aprRange(v, product)],
        [m.amount, Number.isSafeInteger(fen) ? formatFen(fen) : ''],
        [m.term, values.termMonths ? m.termOption(values.termMonths) : ''],
        [m.method, m.methods[method]],
        ...(schedule
          ? ([
              [
                `${method === 'equal-instalment' ? m.monthly : m.firstMonth}（${m.reference}）`,
                formatFen(schedule.firstPaymentFen),
              ],
              [`${m.totalInterest}（${m.reference}）`, formatFen(schedule.totalInterestFen)],
            ] as [string, string][])
          : []),
      ])}
      ${reviewSection(v, m.applicant, 'applicant', [
        [m.name, maskName(values.name), true],
        [m.idNumber, maskResidentId(values.idNumber), true],
        [m.mobile, maskMobile(values.mobile), true],
        [m.union, values.unionName || values.unionId],
      ])}
      ${reviewSection(v, m.steps.employer, 'employer', [
        [m.employer, values.employerName.trim()],
        [m.uscc, values.uscc],
        [m.purpose, values.purpose.trim()],
      ])}
      ${reviewSection(
        v,
        m.consents,
        'consents',
        product.consents.map((text) => [text.title, v.consents[text.id] ? m.granted : m.refused]),
      )}
    </div>
  `;
}

/** The controls of the current step (inside the element's `<form>`). */
export function renderStep(v: StepView): TemplateResult | typeof nothing {
  const product = v.product;
  if (v.step === 'product' || !product) return productStep(v);
  switch (v.step) {
    case 'amount':
      return amountStep(v, product);
    case 'applicant':
      return applicantStep(v, product);
    case 'employer':
      return employerStep(v);
    case 'consents':
      return consentsStep(v, product);
    case 'review':
      return reviewStep(v, product);
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import {
  formatFen,
  repaymentSchedule,
  type LoanProduct,
  type RepaymentMethod,
  type RepaymentSchedule,
} from '@jiagong/contract';
import type { Localizer } from '../internal/localize.js';
import type { LoanMessages } from './messages.js';

/** `4.35` → `4.35%` (APR is a decimal percentage; never a monthly rate). */
export function formatApr(t: Localizer, percent: number): string {
  return `${t.formatNumber(percent, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
}

export interface Estimate {
  apr: number;
  schedules: Record<RepaymentMethod, RepaymentSchedule>;
}

/**
 * Reference schedules for both methods at the product's highest APR: the bank sets the binding
 * rate, and quoting the top of the range never understates the cost.
 */
export function estimate(
  product: LoanProduct,
  amountFen: number | null,
  months: number | null,
): Estimate | undefined {
  if (amountFen === null || amountFen <= 0 || !months) return undefined;
  const apr = product.aprMaxPercent;
  const schedule = (method: RepaymentMethod) =>
    repaymentSchedule({ principalFen: amountFen, months, aprPercent: apr, method });
  return {
    apr,
    schedules: {
      'equal-instalment': schedule('equal-instalment'),
      'equal-principal': schedule('equal-principal'),
    },
  };
}

const METHODS: RepaymentMethod[] = ['equal-instalment', 'equal-principal'];

/** Both methods side by side (monthly payment, total interest), the chosen one marked. */
export function renderEstimate(
  t: Localizer,
  m: LoanMessages,
  result: Estimate | undefined,
  chosen: RepaymentMethod | '',
): TemplateResult {
  return html`<section class="estimate" part="estimate" aria-labelledby="estimate-title">
    <h3 id="estimate-title" class="estimate__title">
      ${m.estimateTitle} <span class="badge badge--reference" part="reference">${m.reference}</span>
    </h3>
    ${
      result
        ? html`<p class="estimate__basis">${m.estimateBasis(formatApr(t, result.apr))}</p>
            <div class="estimate__methods">
              ${METHODS.map((method) => {
                const s = result.schedules[method];
                const equal = method === 'equal-instalment';
                return html`<div
                  class="estimate__method ${chosen === method ? 'is-chosen' : ''}"
                  part="estimate-method"
                >
                  <p class="estimate__name">
                    ${m.methods[method]}${
                      chosen === method ? html` <span class="badge">${m.selected}</span>` : nothing
                    }
                  </p>
                  <dl>
                    ${
                      equal
                        ? html`<div>
                            <dt>${m.monthly}</dt>
                            <dd class="figure">${formatFen(s.firstPaymentFen)}</dd>
                          </div>`
                        : html`<div>
                              <dt>${m.firstMonth}</dt>
                              <dd class="figure">${formatFen(s.firstPaymentFen)}</dd>
                            </div>
                            <div>
                              <dt>${m.lastMonth}</dt>
                              <dd>${formatFen(s.lastPaymentFen)}</dd>
                            </div>`
                    }
                    <div>
                      <dt>${m.totalInterest}</dt>
                      <dd>${formatFen(s.totalInterestFen)}</dd>
                    </div>
                    <div>
                      <dt>${m.totalPayment}</dt>
                      <dd>${formatFen(s.totalPaymentFen)}</dd>
                    </div>
                  </dl>
                </div>`;
              })}
            </div>
            <p class="estimate__note">${m.estimateNote}</p>`
        : html`<p class="estimate__basis">${m.estimateEmpty}</p>`
    }
  </section>`;
}

/** The month-by-month schedule as a table with a caption and column headers. */
export function renderSchedule(
  t: Localizer,
  m: LoanMessages,
  schedule: RepaymentSchedule,
): TemplateResult {
  const c = m.columns;
  return html`<div
    class="schedule"
    part="schedule"
    id="schedule"
    tabindex="0"
    role="region"
    aria-labelledby="schedule-caption"
  >
    <table>
      <caption id="schedule-caption">
        ${m.scheduleCaption(m.methods[schedule.method], formatApr(t, schedule.aprPercent))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${c.month}</th>
          <th scope="col">${c.payment}</th>
          <th scope="col">${c.principal}</th>
          <th scope="col">${c.interest}</th>
          <th scope="col">${c.remaining}</th>
        </tr>
      </thead>
      <tbody>
        ${schedule.rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${row.month}</th>
              <td>${formatFen(row.paymentFen)}</td>
              <td>${formatFen(row.principalFen)}</td>
              <td>${formatFen(row.interestFen)}</td>
              <td>${formatFen(row.remainingFen)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import {
  formatFen,
  repaymentSchedule,
  type LoanProduct,
  type RepaymentMethod,
  type RepaymentSchedule,
} from '@jiagong/contract';
import type { LoanMessages } from './messages.js';
import type { LoanValues } from './model.js';

/**
 * `4.35` → `4.35%` (APR is a decimal percentage; never a monthly rate), half-up to 2 decimals:
 * the double nearest a quoted 6.005 is 6.00499…, which toFixed alone shows as 6.00%, below the
 * rate (the 1e-9 is far below any quoted digit and far above a double's error at these sizes).
 */
export const formatApr = (percent: number) => (percent + 1e-9).toFixed(2) + '%';

export type Estimate = Record<RepaymentMethod, RepaymentSchedule>;

/** A term list / pair of labels and values shown as `<dl>` rows. */
export type Rows = (readonly [label: string, value: unknown] | false | null | undefined | '')[];

export const renderRows = (rows: Rows) =>
  html`<dl>
    ${rows.map((row) =>
      row
        ? html`<div class="row">
            <dt>${row[0]}</dt>
            <dd>${row[1]}</dd>
          </div>`
        : nothing,
    )}
  </dl>`;

/**
 * Reference schedules for both methods at the product's highest APR (the bank sets the binding
 * rate, and quoting the top of the range never understates the cost); none until the amount is
 * in range and a term is chosen.
 */
export function estimate(product: LoanProduct, v: LoanValues): Estimate | undefined {
  const fen = Number(v.amountFen);
  if (
    !Number.isInteger(fen) ||
    fen < product.minAmountFen ||
    fen > product.maxAmountFen ||
    !product.termsMonths.includes(v.termMonths)
  ) {
    return undefined;
  }
  const schedule = (method: RepaymentMethod) =>
    repaymentSchedule({
      principalFen: fen,
      months: v.termMonths,
      aprPercent: product.aprMaxPercent,
      method,
    });
  return {
    'equal-instalment': schedule('equal-instalment'),
    'equal-principal': schedule('equal-principal'),
  };
}

/**
 * Both methods side by side (first and, where it differs, last payment; total interest), the
 * chosen one marked.
 */
export function renderEstimate(
  m: LoanMessages,
  result: Estimate | undefined,
  chosen: RepaymentMethod | '',
): TemplateResult {
  return html`<section class="card stack estimate" part="estimate" aria-labelledby="estimate">
    <h3 id="estimate">
      ${m.estimate} <span class="badge ref" part="reference">${m.reference}</span>
    </h3>
    ${
      result
        ? html`<p class="note">${m.basis(formatApr(result['equal-instalment'].aprPercent))}</p>
            <div class="methods">
              ${Object.values(result).map((s) => {
                const on = chosen == s.method;
                return html`<div class="card ${on ? 'on' : ''}" part="estimate-method">
                  <strong>${m.methods[s.method]}</strong>
                  ${on ? html`<span class="badge">${m.selected}</span>` : nothing}
                  ${renderRows([
                    [
                      s.method == 'equal-instalment' ? m.monthly : m.firstMonth,
                      html`<strong class="big">${formatFen(s.firstPaymentFen)}</strong>`,
                    ],
                    // 等额本金's last month, and 等额本息's where it clears the rounding of M (most loans).
                    s.lastPaymentFen != s.firstPaymentFen && [
                      m.lastMonth,
                      formatFen(s.lastPaymentFen),
                    ],
                    [m.interest, formatFen(s.totalInterestFen)],
                    [m.total, formatFen(s.totalPaymentFen)],
                  ])}
                </div>`;
              })}
            </div>
            <p class="note">${m.caveat}</p>`
        : html`<p class="note">${m.noEstimate}</p>`
    }
  </section>`;
}

/** The month-by-month schedule as a table with a caption and column headers. */
export function renderSchedule(m: LoanMessages, s: RepaymentSchedule): TemplateResult {
  return html`<div
    class="schedule"
    part="schedule"
    id="schedule"
    tabindex="0"
    role="region"
    aria-labelledby="caption"
  >
    <table>
      <caption id="caption">
        ${m.caption(m.methods[s.method], formatApr(s.aprPercent))}
      </caption>
      <thead>
        <tr>
          ${m.columns.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${s.rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${row.month}</th>
              ${[row.paymentFen, row.principalFen, row.interestFen, row.remainingFen].map(
                (fen) => html`<td>${formatFen(fen)}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

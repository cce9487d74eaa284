import {
  ageOn,
  formatFen,
  maskMobile,
  maskName,
  maskResidentId,
  validateMobile,
  validateName,
  validateResidentId,
  validateUscc,
} from '@jiagong/contract';
import type { FieldIssue, Locale } from '@jiagong/contract';
import type { Db } from '../db/db.js';
import { DEFAULT_PAGE_SIZE, cursorAnchor, toPage } from '../domain/cursor.js';
import { newId } from '../domain/ids.js';
import { bookedAt, lockMember } from '../domain/ledger.js';
import { withoutIdNumbers } from '../domain/loan-drafts.js';
import { isoShanghai, shanghaiDate } from '../domain/time.js';
import { ApiError, validationError } from '../http/errors.js';
import type { ConsentTextRow, LoanProductRow } from './catalogue.js';
import { appendConsent, consentText, toConsentRecord } from './consent-records.js';
import type { ConsentRecordRow } from './consent-records.js';
import { blankIssue, domainIssue, plainIssue } from './field-issues.js';
import {
  findApplication,
  setStatus,
  toApplication,
  toApplications,
  WITHDRAWABLE,
} from './loan-applications.js';
import type { ApplicationRow } from './loan-applications.js';
import { assertCardActive, loadMember } from './members.js';
import { Where } from './sql.js';
import type { HandlerGroup } from './types.js';

/**
 * The 年化利率 an application records: the product's highest, the rate the member's estimate was
 * quoted at (`<jg-loan-application>` and any partner form working from `GET /v1/loans/products`,
 * which gives the range only). A rate the member was never shown would be a figure the sandbox
 * made up; the bank's offer, which is binding, comes with its decision.
 */
const quotedAprBp = (product: LoanProductRow): number => product.apr_max_bp;

function missingConsents(
  texts: ConsentTextRow[],
  grants: readonly { textId: string; version: string; granted: boolean }[],
  locale: Locale,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const text of texts) {
    if (!text.required) continue;
    const grant = grants.find((g) => g.textId === text.id && g.granted);
    if (!grant) {
      issues.push(
        plainIssue(
          `consents.${text.id}`,
          'consent_required',
          `请阅读并同意《${text.title}》`,
          `Please read and accept "${text.title}"`,
          locale,
        ),
      );
    } else if (grant.version !== text.version) {
      issues.push(
        plainIssue(
          `consents.${text.id}`,
          'consent_outdated',
          `《${text.title}》已更新至 ${text.version} 版，请重新阅读并同意`,
          `"${text.title}" was updated to version ${text.version}; please read and accept it again`,
          locale,
        ),
      );
    }
  }
  return issues;
}

/**
 * The member's application for `productId` still pending review, if any: the same member on two
 * devices (the bank app and WeChat, or a relative's phone) would otherwise send the bank two
 * applications for one need. Withdrawn, rejected and finished applications do not count.
 */
async function pendingApplication(
  db: Db,
  memberId: string,
  productId: unknown,
): Promise<ApplicationRow | undefined> {
  const { rows } = await db.query<ApplicationRow>(
    `SELECT * FROM loan_applications
      WHERE member_id = $1 AND product_id = $2 AND status IN (SELECT jsonb_array_elements_text($3::jsonb))
      ORDER BY seq DESC LIMIT 1`,
    [memberId, typeof productId == 'string' ? productId : '', JSON.stringify(WITHDRAWABLE)],
  );
  return rows[0];
}

/** `loan_ineligible` on `productId`: which application is pending and what the member can do. */
function alreadyPending(row: ApplicationRow, locale: Locale): ApiError {
  const date = isoShanghai(row.created_at).slice(0, 10);
  const en = row.product_id == 'lp_startup' ? 'startup loan' : 'consumer loan';
  return new ApiError('loan_ineligible', {
    fields: [
      plainIssue(
        'productId',
        'application_pending',
        `您 ${date} 申请的${row.product_name}还在审核中，不能重复申请。如需修改，请先撤回那笔申请`,
        `Your ${en} application of ${date} is still under review, so you cannot apply again. To change it, withdraw that application first`,
        locale,
      ),
    ],
  });
}

export const loanHandlers: HandlerGroup<
  | 'me.loanDraft.get'
  | 'me.loanDraft.save'
  | 'me.loanDraft.delete'
  | 'me.loanApplications.create'
  | 'me.loanApplications.list'
  | 'me.loanApplications.get'
  | 'me.loanApplications.withdraw'
  | 'me.consents.list'
  | 'me.consents.withdraw'
> = {
  async 'me.loanDraft.get'({ db, memberId }) {
    const { rows } = await db.query<{
      step: string;
      values: Record<string, unknown>;
      updated_at: Date;
    }>('SELECT step, "values", updated_at FROM loan_drafts WHERE member_id = $1', [memberId]);
    const row = rows[0];
    return {
      draft: row
        ? {
            step: row.step,
            // Migration 10 took them out of the drafts kept before; one may still come from an
            // older sandbox sharing the PostgreSQL database (an upgrade rolled out one at a time).
            values: withoutIdNumbers(row.values) as Record<string, unknown>,
            updatedAt: isoShanghai(row.updated_at),
          }
        : null,
    };
  },

  async 'me.loanDraft.save'({ db, memberId, body, now, locale }) {
    return db.transaction(async (tx) => {
      // The member lock a submission holds: a save checked before a submission on another
      // device committed would write the draft that submission consumed back after it.
      await lockMember(tx, memberId);
      // A save from a second device still showing the form of an application already made would
      // bring back the draft that application consumed (and offer it again on the next visit).
      const pending = await pendingApplication(tx, memberId, body.values['productId']);
      if (pending) throw alreadyPending(pending, locale);
      const values = withoutIdNumbers(body.values) as Record<string, unknown>;
      await tx.query(
        `INSERT INTO loan_drafts (member_id, step, "values", updated_at) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (member_id) DO UPDATE SET step = EXCLUDED.step, "values" = EXCLUDED."values", updated_at = EXCLUDED.updated_at`,
        [memberId, body.step, JSON.stringify(values), now],
      );
      return { step: body.step, values, updatedAt: isoShanghai(now) };
    });
  },

  async 'me.loanDraft.delete'({ db, memberId }) {
    await db.query('DELETE FROM loan_drafts WHERE member_id = $1', [memberId]);
    return { deleted: true as const };
  },

  async 'me.loanApplications.create'({ db, memberId, body, now, locale }) {
    return db.transaction(async (tx) => {
      // Serialises this member's submissions, so two devices cannot both pass the pending check.
      await lockMember(tx, memberId);
      const member = await loadMember(tx, memberId);
      assertCardActive(member);

      const { rows: products } = await tx.query<LoanProductRow>(
        'SELECT * FROM loan_products WHERE id = $1',
        [body.productId],
      );
      const product = products[0];
      const today = shanghaiDate(now);
      const issues: FieldIssue[] = [];
      if (!product) {
        issues.push(
          plainIssue(
            'productId',
            'unknown_product',
            '贷款产品不存在',
            'Unknown loan product',
            locale,
          ),
        );
      }
      const name = validateName(body.applicant.name);
      if (!name.ok) issues.push(domainIssue('applicant.name', 'name', name.code, locale));
      const id = validateResidentId(body.applicant.idNumber, { today });
      if (!id.ok) issues.push(domainIssue('applicant.idNumber', 'residentId', id.code, locale));
      const mobile = validateMobile(body.applicant.mobile);
      if (!mobile.ok) issues.push(domainIssue('applicant.mobile', 'mobile', mobile.code, locale));
      const uscc = validateUscc(body.employer.uscc);
      if (!uscc.ok) issues.push(domainIssue('employer.uscc', 'uscc', uscc.code, locale));
      // Kept trimmed: two spaces were kept as an employer and a purpose of nothing.
      for (const blank of [
        blankIssue('employer.name', body.employer.name, 2, locale),
        blankIssue('purpose', body.purpose, 2, locale),
      ]) {
        if (blank) issues.push(blank);
      }
      const { rows: unions } = await tx.query<{ name: string }>(
        'SELECT name FROM unions WHERE id = $1',
        [body.applicant.unionId],
      );
      const union = unions[0];
      if (!union)
        issues.push(
          plainIssue(
            'applicant.unionId',
            'unknown_union',
            '所属工会不存在',
            'Unknown union',
            locale,
          ),
        );
      if (product) {
        if (body.amountFen < product.min_amount_fen || body.amountFen > product.max_amount_fen) {
          const [min, max] = [product.min_amount_fen, product.max_amount_fen].map((fen) =>
            formatFen(fen, locale),
          );
          issues.push(
            plainIssue(
              'amountFen',
              'out_of_range',
              // 至, not a dash: Chinese speech reads ¥10,000.00–¥300,000.00 as two amounts.
              `申请金额需为 ${min} 至 ${max}`,
              `The amount must be from ${min} to ${max}`,
              locale,
            ),
          );
        }
        if (!product.terms_months.includes(body.termMonths)) {
          const terms = product.terms_months.join(locale === 'en' ? ', ' : '、');
          issues.push(
            plainIssue(
              'termMonths',
              'unsupported_term',
              `可选期限：${terms} 个月`,
              `Available terms: ${terms} months`,
              locale,
            ),
          );
        }
        if (!product.repayment_methods.includes(body.repaymentMethod)) {
          issues.push(
            plainIssue(
              'repaymentMethod',
              'unsupported_method',
              '该产品不支持此还款方式',
              'Repayment method not offered',
              locale,
            ),
          );
        }
      }
      if (issues.length > 0 || !product || !union || !id.ok || !mobile.ok || !name.ok || !uscc.ok) {
        throw validationError(issues);
      }

      const pending = await pendingApplication(tx, memberId, product.id);
      if (pending) throw alreadyPending(pending, locale);

      const age = ageOn(id.birthDate, today);
      if (age < product.min_age || age > product.max_age) {
        throw new ApiError('loan_ineligible', {
          fields: [
            plainIssue(
              'applicant.idNumber',
              'age_out_of_range',
              // 至, not a dash: Chinese speech does not read 18–65 as a range (as the ID input).
              `申请人年龄需为 ${product.min_age} 至 ${product.max_age} 周岁`,
              `The applicant must be ${product.min_age} to ${product.max_age} years old`,
              locale,
            ),
          ],
        });
      }

      const { rows: texts } = await tx.query<ConsentTextRow>(
        'SELECT * FROM consent_texts WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))',
        [JSON.stringify(product.consent_ids)],
      );
      const missing = missingConsents(texts, body.consents, locale);
      if (missing.length > 0) throw new ApiError('consent_required', { fields: missing });

      const applicationId = newId('la');
      // Its consents are listed with the member's others: the application and its grants are
      // dated after both lists' latest rows.
      const at = await bookedAt(tx, ['loan_applications', 'consent_records'], memberId, now);
      await tx.query(
        `INSERT INTO loan_applications (id, member_id, product_id, product_name, amount_fen, term_months, repayment_method,
                                        apr_bp, status, applicant, employer, purpose, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'submitted', $9::jsonb, $10::jsonb, $11, $12, $12)`,
        [
          applicationId,
          memberId,
          product.id,
          product.name,
          body.amountFen,
          body.termMonths,
          body.repaymentMethod,
          quotedAprBp(product),
          // Masked only: the sandbox forwards nothing to a bank, so it keeps no raw ID or phone.
          JSON.stringify({
            nameMasked: maskName(name.value),
            idNumberMasked: maskResidentId(id.value),
            mobileMasked: maskMobile(mobile.value),
            unionId: body.applicant.unionId,
            unionName: union.name,
          }),
          JSON.stringify({ name: body.employer.name.trim(), uscc: uscc.value }),
          body.purpose.trim(),
          at,
        ],
      );
      await tx.query(
        'INSERT INTO loan_timeline (application_id, status, at, note) VALUES ($1, $2, $3, $4)',
        [applicationId, 'submitted', at, null],
      );
      for (const text of texts) {
        const grant = body.consents.find(
          (g) => g.textId === text.id && g.granted && g.version === text.version,
        );
        if (!grant) continue;
        await appendConsent(tx, {
          memberId,
          text,
          action: 'grant',
          now: at,
          channel: body.channel?.trim() || 'unknown',
          locale,
          applicationId,
        });
      }
      // The draft has become an application.
      await tx.query('DELETE FROM loan_drafts WHERE member_id = $1', [memberId]);
      return toApplication(tx, await findApplication(tx, applicationId, memberId));
    });
  },

  async 'me.loanApplications.list'({ db, memberId, query, locale }) {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const where = new Where();
    where.add(`member_id = ${where.param(memberId)}`);
    const anchor = await cursorAnchor<{ seq: number }>(
      db,
      'SELECT seq FROM loan_applications WHERE id = $1 AND member_id = $2',
      query.cursor,
      memberId,
      locale,
    );
    if (anchor) where.add(`seq < ${where.param(anchor.seq)}::int`);
    const { rows } = await db.query<ApplicationRow>(
      `SELECT * FROM loan_applications ${where} ORDER BY seq DESC LIMIT ${where.param(limit + 1)}`,
      where.params,
    );
    const page = toPage(
      rows,
      limit,
      (row) => [row.id],
      (row) => row,
    );
    return { data: await toApplications(db, page.data), nextCursor: page.nextCursor };
  },

  async 'me.loanApplications.get'({ db, memberId, params }) {
    return toApplication(db, await findApplication(db, params.id, memberId));
  },

  async 'me.loanApplications.withdraw'({ db, memberId, params, now, locale }) {
    return db.transaction(async (tx) => {
      const row = await findApplication(tx, params.id, memberId, true);
      if (row.status === 'withdrawn') return toApplication(tx, row);
      if (!WITHDRAWABLE.includes(row.status)) {
        throw new ApiError('application_not_withdrawable', {
          fields: [
            plainIssue(
              'id',
              'application_not_withdrawable',
              `申请当前为 ${row.status}，只有 ${WITHDRAWABLE.join('、')} 的申请可以撤回`,
              `The application is ${row.status}: only an application still ${WITHDRAWABLE.join(' or ')} can be withdrawn`,
              locale,
            ),
          ],
        });
      }
      return toApplication(tx, await setStatus(tx, row, 'withdrawn', now, null));
    });
  },

  async 'me.consents.list'({ db, memberId }) {
    const { rows } = await db.query<ConsentRecordRow>(
      'SELECT * FROM consent_records WHERE member_id = $1 ORDER BY seq DESC',
      [memberId],
    );
    return { data: rows.map(toConsentRecord) };
  },

  async 'me.consents.withdraw'({ db, memberId, body, now, locale }) {
    return db.transaction(async (tx) => {
      await lockMember(tx, memberId);
      const text = await consentText(tx, body.textId);
      if (!text) {
        throw validationError([
          plainIssue('textId', 'unknown_consent', '授权文本不存在', 'Unknown consent text', locale),
        ]);
      }
      const { rows } = await tx.query<ConsentRecordRow>(
        'SELECT * FROM consent_records WHERE member_id = $1 AND text_id = $2 ORDER BY seq DESC LIMIT 1',
        [memberId, text.id],
      );
      const latest = rows[0];
      // Withdrawing again changes nothing; answer the withdrawal already on record.
      if (latest?.action === 'withdraw') return toConsentRecord(latest);
      // With no grant on record there is nothing to withdraw: appending one would show 已撤回
      // in the member's ledger for a consent never given.
      if (!latest) throw new ApiError('consent_not_granted');
      const at = await bookedAt(tx, ['consent_records'], memberId, now);
      const record = await appendConsent(tx, {
        memberId,
        text,
        action: 'withdraw',
        now: at,
        channel: body.channel?.trim() || 'api',
        locale,
      });
      // Processing based on consent must stop (PIPL Art. 15): an application still in review
      // that was given this required consent is withdrawn with it. One the bank has granted
      // (approved, disbursed) stays: the loan contract and the law keep what it needs.
      if (text.required) {
        const { rows: applications } = await tx.query<ApplicationRow>(
          `SELECT * FROM loan_applications a
            WHERE a.member_id = $1 AND a.status IN (SELECT jsonb_array_elements_text($2::jsonb))
              AND EXISTS (SELECT 1 FROM consent_records c
                           WHERE c.application_id = a.id AND c.text_id = $3 AND c.action = 'grant')
            ORDER BY a.seq FOR UPDATE`,
          [memberId, JSON.stringify(WITHDRAWABLE), text.id],
        );
        for (const application of applications) {
          await setStatus(
            tx,
            application,
            'withdrawn',
            at,
            locale === 'en'
              ? `Withdrawn with your consent "${text.title}", which the application needs`
              : `您撤回了《${text.title}》，该申请需要此授权，已一并撤回`,
          );
        }
      }
      return toConsentRecord(record);
    });
  },
};

import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { initialState, Task } from '@lit/task';
import { newIdempotencyKey, type JiagongClient } from '@jiagong/client';
import {
  cardEndpoints,
  quizEndpoints,
  type QuizLeaderboardEntry,
  type QuizQuestion,
  type QuizRally,
  type QuizResult,
} from '@jiagong/contract';
import { JgDataElement } from '../internal/data-element.js';
import {
  icon,
  iconAlert,
  iconBan,
  iconCheckCircle,
  iconChevron,
  iconChevronLeft,
  iconClock,
  iconGift,
  iconMedal,
  iconQuiz,
  iconRefresh,
  type IconPath,
} from '../internal/icons.js';
import { apiErrorMessage, errorCode, formatDate, formatNumber } from '../internal/localize.js';
import {
  emitError,
  mayMoveFocus,
  renderEmpty,
  renderError,
  withErrorEvent,
} from '../internal/states.js';
import { baseStyles } from '../internal/theme.js';
import { hostResetStyles } from '../internal/host-reset.js';
import detailsStyles from '../content-shared/details.styles.js';
import { renderTask, safeUrl } from '../content-shared/shared.js';
import { headingLevel } from '../internal/heading-level.js';
import { quizMessages, type QuizMessages } from './messages.js';
import styles from './quiz.styles.js';
import type { JgMallEventMap } from '../points-mall/events.js';

/** `jg-quiz-start`: the member started the round's questions. */
export type JgQuizStartEvent = CustomEvent<{ rally: QuizRally }>;
/** `jg-quiz-submitted`: the answers were scored; `result.pointsAwarded` went to the ledger. */
export type JgQuizSubmittedEvent = CustomEvent<{ result: QuizResult }>;

type Phase = 'intro' | 'question' | 'result';

/** The current round, and the member's result with its questions if they took part. */
interface Loaded {
  rally: QuizRally | null;
  result: QuizResult | null;
  questions: QuizQuestion[];
  /** The member's card is suspended or expired: the API refuses their answers (card_inactive). */
  inactive?: boolean;
}

/**
 * The 答题拉力赛 quiz rally (e.g. 红船精神): the current round's rules, then one question at a
 * time as a radio group, with the round's timer when it has one (announced to screen readers
 * as the end nears; never past the round's end; the answers are sent when time is up). The server scores the answers — they
 * never reach the page before — and awards the points through the points ledger, once: the
 * submission carries one Idempotency-Key per attempt. The result shows the score, the points
 * earned, a link into the points mall, the explanations and the leaderboard of union branches.
 * A member who already took part sees their result.
 *
 * @tag jg-quiz
 * @summary 答题拉力赛: one question at a time, timer, server-scored result with points earned.
 *
 * @csspart intro - The round's title, description and rules.
 * @csspart title - The round's (or the result's) heading.
 * @csspart rules - The list of rules.
 * @csspart start-button - Starts the questions.
 * @csspart question - The form of the current question.
 * @csspart progress - "第 1 题，共 8 题".
 * @csspart meter - The progress bar.
 * @csspart timer - The time left (`timer timer-low` in the last minute).
 * @csspart question-text - The question (the radio group's legend).
 * @csspart option - One answer option (a label with its radio).
 * @csspart previous-button - Back to the previous question.
 * @csspart next-button - To the next question, or submits on the last one.
 * @csspart confirm - Asks before submitting with unanswered questions.
 * @csspart submit-error - Why submitting failed, with a retry.
 * @csspart result - The result.
 * @csspart score - Correct answers.
 * @csspart points - Points earned.
 * @csspart mall-link - Into the points mall.
 * @csspart review - Answers and explanations.
 * @csspart leaderboard - The table of union branches.
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - No round is open.
 * @csspart error - Loading failed.
 * @csspart retry-button - Tries again.
 * @csspart icon - Every icon.
 *
 * @cssprop --jg-color-primary - Brand colour; every `--jg-*` design token applies.
 *
 * @event jg-quiz-start - The member started; `detail.rally`.
 * @event jg-quiz-submitted - The answers were scored; `detail.result` (score, pointsAwarded, balanceAfter).
 * @event jg-navigate - The member asked for the points mall; `detail.view` is `grid`. Cancelable: `preventDefault()` to route in the host app instead of following `mall-href`.
 * @event jg-error - Loading or submitting failed; `detail.error` is the typed client error.
 */
// Its `jg-navigate` typed as the mall's (`{ view: 'grid' }`), for a host that routes to the mall.
export class JgQuiz extends JgDataElement<JgMallEventMap> {
  static override styles = [baseStyles, hostResetStyles, detailsStyles, styles];
  /** The round's endpoints, and the member (GET /v1/me) for their card's status. */
  static override endpoints = { ...quizEndpoints, 'me.get': cardEndpoints['me.get'] };

  static override properties: PropertyDeclarations = {
    mallHref: { attribute: 'mall-href' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    // Internal state, spread: the manifest analyzer would list every direct entry as an attribute.
    ...{
      _phase: { state: true },
      _questions: { state: true },
      _at: { state: true },
      _answers: { state: true },
      _result: { state: true },
      _busy: { state: true },
      _error: { state: true },
      _confirming: { state: true },
      _left: { state: true },
      _said: { state: true },
    },
  };

  /** Where the result's "去积分商城兑换" link goes; without it, a button fires `jg-navigate` only. */
  mallHref = '';

  /** Heading level (2–6) of the round's title and of the result. */
  headingLevel = 2;

  private _phase: Phase = 'intro';
  private _questions: QuizQuestion[] = [];
  /** The question on screen. */
  private _at = 0;
  /** Option id by question id. */
  private _answers: Record<string, string> = {};
  private _result?: QuizResult;
  private _busy = false;
  /** Why starting or submitting failed. */
  private _error?: unknown;
  /** Asking whether to submit with unanswered questions. */
  private _confirming = false;
  /** Seconds left, while the round has a time limit. */
  private _left?: number;
  /** What the status region says (time running out, points earned). */
  private _said = '';

  private _deadline?: number;
  private _timer?: ReturnType<typeof setInterval>;
  /** The Idempotency-Key of the current submission attempt, reused by its retries. */
  private _key?: string;
  /** The id of the round whose questions are on screen (or that start() asked for again). */
  private _round?: string;

  /** The current round (null when none is open), with the member's result if they took part. */
  private readonly _load = new Task<readonly [JiagongClient | undefined], Loaded>(this, {
    args: () => [this.api.client] as const,
    task: withErrorEvent(this, async ([client], { signal }) => {
      if (!client) return initialState;
      // A new client (the language switched): words said in the previous one do not stay.
      this._said = '';
      // The member, for their card: a suspended or expired one is told before the questions, not
      // refused after answering them all. Without it (an error) the round goes on as before.
      const [rally, member] = await Promise.all([
        client.quiz.current({ signal }),
        client.me.get({ signal }).catch(() => null),
      ]);
      const result = rally && (await client.me.quiz.result(rally.id, { signal }));
      // The questions only for the review of a result: answering starts with the start button.
      const questions = result ? (await client.quiz.questions(rally.id, { signal })).data : [];
      return { rally, result, questions, inactive: !!member && member.status != 'active' };
    }),
    onComplete: ({ rally, result, questions }) => {
      // Loaded again during this round's questions (a new client: the language switched): the
      // member goes on, with their answers and the time left.
      if (this._phase == 'question' && !result && rally?.id == this._round) return;
      this._stop();
      this._result = result || undefined;
      this._questions = questions;
      this._phase = result ? 'result' : 'intro';
      this._error = undefined;
    },
  });

  private readonly _board = new Task(this, {
    args: () =>
      [this.api.client, this._phase === 'result' ? this._result?.rallyId : undefined] as const,
    task: withErrorEvent(this, async ([client, id], { signal }) =>
      client && id ? (await client.quiz.leaderboard(id, { signal })).data : initialState,
    ),
  });

  protected override update(changed: PropertyValues<this>): void {
    // Another member (the app signed someone else in; a language switch keeps the answers):
    // none of the previous member's answers, time left or words stay, and the timer cannot send
    // them for the next one.
    if (this.api.newSession) {
      this._stop();
      this._phase = 'intro';
      this._answers = {};
      this._said = '';
      this._error = undefined;
      this._confirming = false;
    }
    super.update(changed);
  }

  private get _m(): QuizMessages {
    return this.t.pick(quizMessages);
  }

  /** Starts the round's questions (the start button). */
  async start(): Promise<void> {
    const client = this.api.client;
    const { rally, inactive } = this._load.value || {};
    // A suspended or expired card: the intro says why, and no round starts (page code too).
    if (!client || !rally || inactive || this._busy) return;
    // Where the focus was (the button pressed, the page's own): the questions take it only from
    // there, the element or the page's body, not when the member has put it elsewhere meanwhile.
    const was = document.activeElement;
    this._busy = true;
    this._error = undefined;
    try {
      // Over by the phone's clock (a page left open past 本期截止): the round is asked for again,
      // to show the next one or none, rather than started to be refused (quiz_closed). Once a
      // round: a phone whose clock runs ahead starts it at the next tap.
      if (Date.parse(rally.endsAt) <= Date.now() && this._round != rally.id) {
        this._round = rally.id;
        await this._load.run();
        return await this._focus('[part~="title"], [part~="retry-button"], #none', was);
      }
      const { data } = await client.quiz.questions(rally.id);
      // Another member signed in meanwhile (or the language switched): the round is not theirs to
      // start with this answer; they start their own.
      if (client != this.api.client) return;
      this._questions = data;
      this._at = 0;
      this._answers = {};
      this._key = undefined;
      this._round = rally.id;
      this._phase = 'question';
      // No longer than the round is open (5 s left to send the answers): the server refuses
      // answers after its end. At least 30 s, should the phone's clock run ahead.
      const limit =
        rally.timeLimitSeconds &&
        Math.min(
          rally.timeLimitSeconds,
          Math.max(30, ((Date.parse(rally.endsAt) - Date.now()) / 1000 - 5) | 0),
        );
      if (limit) {
        this._deadline = Date.now() + limit * 1000;
        this._left = limit;
        // Removed meanwhile: connectedCallback starts it if the element comes back.
        if (this.isConnected) this._tickEvery(250);
      }
      this.emit('jg-quiz-start', { rally });
      await this._focus('legend', was);
    } catch (error) {
      if (client == this.api.client) this._fail(error);
    } finally {
      this._busy = false;
    }
  }

  /**
   * Sends the answers. With unanswered questions it asks first unless `force` (time is up).
   * Every retry of one attempt reuses its key, so the points are awarded once.
   */
  async submit(force = false): Promise<QuizResult | undefined> {
    const client = this.api.client;
    const rally = this._load.value?.rally;
    if (!client || !rally || this._busy || this._phase !== 'question') return undefined;
    if (this._unanswered && !force && !this._confirming) {
      this._confirming = true;
      await this._focus('[part="confirm"] p');
      return undefined;
    }
    this._confirming = false;
    // As start(): the result takes the focus only from where it was, the element or the body.
    // Time up (`_left` 0), the timer sent them, not she: only by mayMoveFocus; where she is
    // elsewhere on the page, the status line says the result.
    const was = this._left === 0 ? null : document.activeElement;
    this._busy = true;
    this._error = undefined;
    this._key ??= newIdempotencyKey();
    const answers = Object.entries(this._answers).map(([questionId, optionId]) => ({
      questionId,
      optionId,
    }));
    try {
      const result = await client.me.quiz
        .submit({ rallyId: rally.id, answers }, { idempotencyKey: this._key })
        .catch(async (error: unknown) => {
          // Submitted already (another tab, a lost answer): show that result.
          const earlier =
            errorCode(error) === 'quiz_already_submitted' &&
            (await client.me.quiz.result(rally.id));
          if (!earlier) throw error;
          return earlier;
        });
      // Another member signed in meanwhile: the previous member's result is not theirs.
      if (this._phase != 'question') return undefined;
      this._stop();
      this._key = undefined;
      this._result = result;
      this._phase = 'result';
      this._said = this._m.submitted(formatNumber(this.t.locale, result.pointsAwarded));
      this.emit('jg-quiz-submitted', { result });
      await this._focus('#result-title', was);
      return result;
    } catch (error) {
      if (this._phase != 'question') return undefined;
      const status = (error as { status?: number }).status ?? 500;
      // A refusal ends the attempt; a lost answer is retried with the same key.
      if (errorCode(error) && status < 500) this._key = undefined;
      this._fail(error);
      // The focus was on what left or was disabled while sending (an answer, "确定提交", the
      // question when time was up): it goes to the retry, else to why it failed.
      void this._focus('[part~="submit-error"] > :last-child', was);
      return undefined;
    } finally {
      this._busy = false;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._deadline && this._phase === 'question') this._tickEvery(250);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._tickEvery();
  }

  private _fail(error: unknown): void {
    this._error = error;
    emitError(this, error);
  }

  /** Runs the timer every `ms`, or stops it. */
  private _tickEvery(ms?: number): void {
    clearInterval(this._timer);
    this._timer = ms ? setInterval(() => this._tick(), ms) : undefined;
  }

  private _stop(): void {
    this._tickEvery();
    this._deadline = this._left = undefined;
  }

  private _tick(): void {
    const left = Math.max(0, Math.ceil((this._deadline! - Date.now()) / 1000));
    const before = this._left!;
    if (left === before) return;
    this._left = left;
    const m = this._m;
    if (!left) {
      this._tickEvery();
      this._said = m.timeUp;
      void this.submit(true);
    } else if ([60, 30, 10].some((s) => left <= s && before > s)) {
      // Crossed, not only hit: a busy phone or a page in the background ticks late and skips
      // seconds. The time left as it is now.
      this._said = left > 59 ? m.minuteLeft : m.secondsLeft(left);
    }
  }

  private get _unanswered(): number {
    return this._questions.filter((q) => !this._answers[q.id]).length;
  }

  private async _focus(selector: string, was?: Element | null): Promise<void> {
    await this.updateComplete;
    if (was === undefined || was == document.activeElement || mayMoveFocus(this))
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private _go(index: number): void {
    this._at = Math.max(0, Math.min(this._questions.length - 1, index));
    this._confirming = false;
    void this._focus('legend');
  }

  private _toMall(event: Event): void {
    if (!this.emit('jg-navigate', { view: 'grid' }, { cancelable: true })) event.preventDefault();
  }

  protected override render(): TemplateResult {
    return html`${renderTask(
        this._load,
        this.t,
        4,
        ({ rally, inactive }: Loaded) =>
          !rally
            ? // Focusable by script: a retry (or a round asked for again) that found none.
              html`<div id="none" tabindex="-1">
                ${renderEmpty(this._m.none, this._m.noneDetail)}
              </div>`
            : this._phase === 'result'
              ? this._renderResult(this._result!)
              : this._phase === 'question'
                ? this._renderQuestion(rally)
                : this._renderIntro(rally, inactive),
        '[part~="title"], #none',
      )}
      <div class="jg-visually-hidden" role="status">${this._said}</div>`;
  }

  private _heading(id: string, text: string, iconPath: IconPath): TemplateResult {
    return html`<div
      part="title"
      class="title"
      id=${id}
      role="heading"
      aria-level=${headingLevel(this.headingLevel, 2)}
      tabindex="-1"
    >
      ${icon(iconPath)}<span>${text}</span>
    </div>`;
  }

  private _renderIntro(rally: QuizRally, inactive?: boolean): TemplateResult {
    const m = this._m;
    const limit = rally.timeLimitSeconds;
    return html`<section part="intro" class="panel" aria-labelledby="quiz-title">
      ${this._heading('quiz-title', rally.title, iconQuiz)}
      <p>${rally.description}</p>
      <ul part="rules" class="rules">
        <li>${m.rules(rally.questionCount, rally.pointsPerCorrect)}</li>
        <li>${limit ? m.timeLimit(Math.round(limit / 6) / 10) : m.untimed}</li>
        <li>${m.window(formatDate(this.t.locale, rally.endsAt, 'datetime'))}</li>
      </ul>
      ${
        // The retry leaves while it asks: back on it when it failed again (else on the question).
        this._error
          ? renderError(this._error, this.t, () =>
              this.start().then(() => this._focus('[part~="retry-button"]', null)),
            )
          : nothing
      }
      ${
        // The API would refuse the answers (card_inactive): no start, and why.
        inactive
          ? html`<div part="submit-error" class="box error">
              <p>${icon(iconAlert)}<span>${m.cardInactive}</span></p>
            </div>`
          : html`<button
              type="button"
              part="start-button"
              class="jg-button jg-button--primary"
              aria-disabled=${this._busy}
              @click=${() => void this.start()}
            >
              ${this._busy ? m.starting : m.start}
            </button>`
      }
    </section>`;
  }

  private _renderQuestion(rally: QuizRally): TemplateResult {
    const m = this._m;
    const total = this._questions.length;
    const at = this._at;
    const question = this._questions[at];
    if (!question) return renderEmpty(m.none);
    const last = at === total - 1;
    const left = this._left;
    const timeUp = left === 0;
    const busy = this._busy;
    // The progress bar is for the eye: its line above already says 第 1 题，共 8 题 to a screen
    // reader (as the question's description does), a third time for the bar was one too many.
    return html`<form
      part="question"
      class="panel"
      @submit=${(event: Event) => {
        event.preventDefault();
        if (last) void this.submit(this._confirming);
        else this._go(at + 1);
      }}
    >
      <div class="bar">
        <p part="progress" id="progress">${m.progress(at + 1, total)}</p>
        ${
          left === undefined
            ? nothing
            : html`<p part=${left <= 60 ? 'timer timer-low' : 'timer'} class="timer" role="timer">
                ${icon(iconClock)}<span class="jg-visually-hidden"
                  >${m.timeLeft(Math.floor(left / 60), left % 60)}</span
                ><time aria-hidden="true" datetime="PT${left}S"
                  >${String(Math.floor(left / 60)).padStart(2, '0')}:${String(left % 60).padStart(
                    2,
                    '0',
                  )}</time
                >
              </p>`
        }
      </div>
      <progress part="meter" max=${total} value=${at + 1} aria-hidden="true"></progress>
      <fieldset ?disabled=${timeUp || busy}>
        <legend
          part="question-text"
          tabindex="-1"
          aria-describedby="progress"
          .textContent=${question.text}
        ></legend>
        ${question.options.map(
          (option, i) =>
            html`<label part="option" class="option">
              <input
                type="radio"
                name="${rally.id}-${question.id}"
                value=${option.id}
                .checked=${this._answers[question.id] === option.id}
                @change=${() => {
                  this._answers = { ...this._answers, [question.id]: option.id };
                  // Other answers are another attempt: its own key (the server would refuse the
                  // old one for them; a round answered meanwhile is shown as such).
                  this._confirming = false;
                  this._key = undefined;
                }}
              />
              <b>${'ABCDEFGH'[i]}</b>
              <span>${option.text}</span>
            </label>`,
        )}
      </fieldset>
      ${
        this._confirming
          ? html`<div part="confirm" class="box">
              <p tabindex="-1">${m.unanswered(this._unanswered)}</p>
              <div class="nav">
                <button
                  type="button"
                  class="jg-button"
                  @click=${() => this._go(this._questions.findIndex((q) => !this._answers[q.id]))}
                >
                  ${m.keepAnswering}
                </button>
                <button
                  type="button"
                  class="jg-button jg-button--primary"
                  @click=${() => void this.submit(true)}
                >
                  ${m.submitAnyway}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        this._error
          ? html`<div part="submit-error" class="box error" role="alert">
              <p tabindex="-1">
                ${icon(iconAlert)}<span>${apiErrorMessage(this._error, this.t.locale)}</span>
              </p>
              ${
                // A refusal (a suspended card …) ended the attempt and its key: sending the same
                // answers again would only be refused again.
                this._key
                  ? html`<button
                      type="button"
                      part="retry-button"
                      class="jg-button"
                      @click=${() => void this.submit(true)}
                    >
                      ${icon(iconRefresh)}${this.t.base.retry}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <div class="nav">
        <button
          type="button"
          part="previous-button"
          class="jg-button"
          ?disabled=${!at || timeUp}
          @click=${() => this._go(at - 1)}
        >
          ${icon(iconChevronLeft)}${m.previous}
        </button>
        <button
          type="submit"
          part="next-button"
          class="jg-button jg-button--primary"
          aria-disabled=${busy || timeUp}
          ?hidden=${timeUp && !busy}
        >
          ${last ? (busy ? m.submitting : m.submit) : html`${m.next}${icon(iconChevron)}`}
        </button>
      </div>
    </form>`;
  }

  private _renderResult(result: QuizResult): TemplateResult {
    const m = this._m;
    const t = this.t;
    const href = safeUrl(this.mallHref);
    const toMall = html`${icon(iconGift)}${m.toMall}`;
    const byId = new Map(this._questions.map((q) => [q.id, q]));
    const optionText = (q: QuizQuestion | undefined, id: string | null) =>
      (id && q?.options.find((o) => o.id === id)?.text) || id;
    return html`<section part="result" class="panel" aria-labelledby="result-title">
      ${this._heading('result-title', m.resultTitle, iconMedal)}
      <p part="score" class="score">${m.score(result.score, result.total)}</p>
      <p part="points" class="points">
        ${result.pointsAwarded > 0 ? m.pointsEarned(formatNumber(t.locale, result.pointsAwarded)) : m.noPoints}
      </p>
      ${
        // The balance right after the award: "now" only for the answers just sent, not for a
        // round taken days ago (points spent since).
        result == this._load.value?.result
          ? nothing
          : html`<p class="muted">${m.balance(formatNumber(t.locale, result.balanceAfter))}</p>`
      }
      <div>
        ${
          href
            ? html`<a
                part="mall-link"
                class="jg-button jg-button--primary"
                href=${href}
                @click=${this._toMall}
                >${toMall}</a
              >`
            : html`<button
                type="button"
                part="mall-link"
                class="jg-button jg-button--primary"
                @click=${this._toMall}
              >
                ${toMall}
              </button>`
        }
      </div>
      <details part="review">
        <summary>${m.review}</summary>
        <ol>
          ${result.answers.map((answer) => {
            const q = byId.get(answer.questionId);
            return html`<li class=${answer.correct ? 'ok' : 'ko'}>
              ${q ? html`<p class="q">${q.text}</p>` : nothing}
              <p class="mark">
                ${icon(answer.correct ? iconCheckCircle : iconBan)}${
                  answer.correct ? m.correct : m.wrong
                }
              </p>
              <p>${m.yourAnswer}${optionText(q, answer.chosenOptionId) ?? m.noAnswer}</p>
              ${
                answer.correct
                  ? nothing
                  : html`<p>${m.correctAnswer}${optionText(q, answer.correctOptionId)}</p>`
              }
              <p class="muted">${answer.explanation}</p>
            </li>`;
          })}
        </ol>
      </details>
      ${renderTask(
        this._board,
        t,
        3,
        (rows: QuizLeaderboardEntry[]) =>
          rows.length
            ? // Scrolls on its own rather than widening the page where its columns do not fit.
              // The table is the tab stop (a keyboard scrolls its box too), named by its caption
              // alone: a region named the same around it had a screen reader say it twice.
              html`<div class="scroll">
                <table part="leaderboard" tabindex="0">
                  <caption>
                    ${m.leaderboard}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${m.rank}</th>
                      <th scope="col">${m.union}</th>
                      <th scope="col">${m.participants}</th>
                      <th scope="col">${m.average}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${rows.map(
                      (row) =>
                        html`<tr>
                          <td>${row.rank}</td>
                          <th scope="row">${row.unionName}</th>
                          <td>${formatNumber(t.locale, row.participants)}</td>
                          <td>${formatNumber(t.locale, row.averageScore)}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
            : nothing,
        'table',
      )}
    </section>`;
  }
}

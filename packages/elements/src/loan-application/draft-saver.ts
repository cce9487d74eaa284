import type { ApiError } from '@jiagong/client';
import type { LoanDraftInput } from '@jiagong/contract';

/**
 * Saves the application draft to the server (never to browser storage): debounced while the
 * member types, at once on a step change or when the page is left, one request at a time and
 * always the latest values. A failed save is kept and retried with the next change or step, and
 * by itself 5 s later when it was not answered or the server failed (then 10 s, 20 s … 5 min);
 * one refused because the product is under review stops saving until `reset()`.
 */
export class DraftSaver {
  /** Unset until the first save (idle); named as the message that says it. */
  status?: 'draftSaving' | 'draftSaved' | 'draftFailed';
  /** Server time of the last successful save (set before `status` is first `draftSaved`). */
  savedAt!: string;

  private _timer?: ReturnType<typeof setTimeout>;
  private _pending?: LoanDraftInput;
  private _inFlight?: Promise<void>;
  // Unset (falsy) until stopped, which saves its initializer's bytes.
  private _stopped?: boolean;
  /** Saves sent again by themselves since the last answered one: each waits twice as long. */
  private _retries = 0;

  constructor(
    private readonly _save: (
      draft: LoanDraftInput,
      keepalive?: boolean,
    ) => Promise<{ updatedAt: string }>,
    /** Called with each new status, and with the error of a save refused as under review. */
    private readonly _onStatus: (refusal?: unknown) => void,
  ) {}

  /** Saves `draft` after a pause in typing. */
  schedule(draft: LoanDraftInput): void {
    if (this._stopped) return;
    this._pending = draft;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => void this.flush(), 800);
  }

  /**
   * Saves what is pending (or `draft`) now, after any save in flight; with `keepalive` when the
   * page may go away before the answer (hidden, closed, the element removed).
   */
  async flush(draft?: LoanDraftInput, keepalive?: boolean): Promise<void> {
    if (draft && !this._stopped) this._pending = draft;
    clearTimeout(this._timer);
    await this._inFlight;
    const next = this._pending;
    if (!next || this._stopped) return;
    this._pending = undefined;
    this._set('draftSaving');
    const run = this._save(next, keepalive).then(
      (saved) => {
        this.savedAt = saved.updatedAt;
        this._retries = 0;
        this._set(this._pending ? 'draftSaving' : 'draftSaved');
      },
      (error) => {
        // Refused as under review (loan_ineligible: an application of this product is under
        // review, made earlier or from another phone) it would be refused again: nothing is
        // retried nor promised, saving waits for reset() (another product, a new application),
        // and the refusal goes to the form to show. Anything else, a stricter API's 422
        // validation_failed too, is kept for the next change or step unless newer values came.
        // Already stopped (stop() waits for this save): it stays so.
        const refused = (error as ApiError).code == 'loan_ineligible';
        this._stopped ||= refused;
        // Not answered (offline, a timeout) or a server error: sent again by itself after a
        // pause, not only with the member's next change (a 4xx would answer the same again).
        // One timer: a change meanwhile replaces it, and a flush finds nothing left to send. The
        // pause doubles (5 s, 10 s … 5 min at most): a server failing for an hour, or a phone
        // offline, is not asked every 5 s by every open form, nor by one removed since.
        if (!this._stopped && !((error as ApiError).status < 500)) {
          clearTimeout(this._timer);
          this._timer = setTimeout(
            () => void this.flush(),
            Math.min(5e3 * 2 ** this._retries++, 3e5),
          );
        }
        this._set(
          this._stopped ? undefined : ((this._pending ??= next), 'draftFailed'),
          refused && error,
        );
      },
    );
    this._inFlight = run;
    await run;
    if (this._inFlight == run) this._inFlight = undefined;
  }

  /** Stops saving for good (the draft became an application) once any save in flight is done. */
  async stop(): Promise<void> {
    this.reset();
    this._stopped = true;
    while (this._inFlight) await this._inFlight;
  }

  /** Forgets anything unsaved, and saves again from now on (an arrow: it is passed as a callback). */
  readonly reset = (): void => {
    this._stopped = false;
    this._pending = undefined;
    clearTimeout(this._timer);
  };

  private _set(status: DraftSaver['status'], refusal?: unknown): void {
    this.status = status;
    this._onStatus(refusal);
  }
}

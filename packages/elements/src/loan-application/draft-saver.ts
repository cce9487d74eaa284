import type { LoanDraftInput } from '@jiagong/contract';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Saves the application draft to the server (never to browser storage): debounced while the
 * member types, at once on a step change, one request at a time and always the latest values.
 * A failed save is kept and retried with the next change or step.
 */
export class DraftSaver {
  status: DraftStatus = 'idle';
  /** Server time of the last successful save. */
  savedAt: string | undefined;

  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _pending: LoanDraftInput | undefined;
  private _inFlight: Promise<void> | undefined;
  private _stopped = false;

  constructor(
    private readonly save: (draft: LoanDraftInput) => Promise<{ updatedAt: string }>,
    private readonly onStatus: () => void,
    private readonly delayMs = 800,
  ) {}

  /** Saves `draft` after a pause in typing. */
  schedule(draft: LoanDraftInput): void {
    if (this._stopped) return;
    this._pending = draft;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves what is pending now (after any save in flight). */
  async flush(draft?: LoanDraftInput): Promise<void> {
    if (draft && !this._stopped) this._pending = draft;
    clearTimeout(this._timer);
    if (this._inFlight) await this._inFlight;
    const next = this._pending;
    if (!next || this._stopped) return;
    this._pending = undefined;
    this._setStatus('saving');
    const run = this.save(next).then(
      (saved) => {
        this.savedAt = saved.updatedAt;
        this._setStatus(this._pending ? 'saving' : 'saved');
      },
      () => {
        // Keep it for the next attempt unless newer values have arrived meanwhile.
        this._pending ??= next;
        this._setStatus('failed');
      },
    );
    this._inFlight = run;
    await run;
    if (this._inFlight === run) this._inFlight = undefined;
  }

  /** Stops saving for good (the draft became an application) once any save in flight is done. */
  async stop(): Promise<void> {
    this._stopped = true;
    this._pending = undefined;
    clearTimeout(this._timer);
    while (this._inFlight) await this._inFlight;
  }

  /** Forgets anything unsaved, without stopping. */
  reset(): void {
    this._stopped = false;
    this._pending = undefined;
    clearTimeout(this._timer);
  }

  private _setStatus(status: DraftStatus): void {
    this.status = status;
    this.onStatus();
  }
}

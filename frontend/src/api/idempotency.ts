// The Idempotency-Key of a form's submission (docs/api.md, "Idempotency-Key"): made once when the form is
// first sent and kept for every retry of it — a double click, a retry after a network error, a retry after
// the server refused it (an error answer is not kept by the server, so the corrected body goes with the same
// key) — and replaced only once the recording succeeded, so the next submission of the form is a new one.
// Nothing is recorded twice for one submission.

export class Submission {
  private key: string | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The key to send with this attempt: the same until the submission succeeded. */
  keyForAttempt(): string {
    this.key ??= this.newKey();
    return this.key;
  }

  /** The recording succeeded: the next attempt is a new submission. */
  succeeded(): void {
    this.key = null;
  }
}

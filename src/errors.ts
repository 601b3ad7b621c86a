/** Exit codes, decided in one place (see cli.ts). */
export const EXIT = { ok: 0, input: 1, usage: 2, interrupted: 130 } as const;

/** An error a user can act on: bad input, a missing file. Maps to exit code 1. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A bad command line: unknown option value, a --since that is not a date. Maps to exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Nothing in the corpus answers the question (an unknown article id or name). The CLI says which
 * pages were searched, since a user who forgot to name them searched the demo pages.
 */
export class NotFoundError extends InputError {
  /** The nearest thing the corpus does hold, when one is near enough to be a typo. */
  readonly suggestion: string | null;
  constructor(message: string, suggestion: string | null = null) {
    super(message);
    this.name = 'NotFoundError';
    this.suggestion = suggestion;
  }
}

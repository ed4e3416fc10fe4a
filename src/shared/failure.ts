/**
 * Why a message was refused, as a code the receiver can act on without reading the sentence:
 * a content script stops retrying an event when recording stopped (`not-recording`, `paused`) and
 * retries one the worker dropped (`no-answer`). A restarting worker needs no code of its own: its
 * start-up runs in the session's queue (background/session.ts), before any event that woke it.
 */
export const FAILURE_CODES = [
  /** The tab is not (or no longer) recorded. */
  'not-recording',
  'paused',
  'storage-full',
  /** No answer came back (the worker stopped while it held the reply). */
  'no-answer',
  /** The sender may not send this message. */
  'refused',
  /** The payload does not have the message's shape. */
  'invalid',
  /** Anything else; the sentence says what. */
  'failed',
] as const;

export type FailureCode = (typeof FAILURE_CODES)[number];

/** An error that says both what happened (its message, for people) and its code (for code). */
export class HandoffError extends Error {
  override name = 'HandoffError';
  constructor(
    readonly code: FailureCode,
    message: string,
  ) {
    super(message);
  }
}

/** The code of any thrown value: its own when it has one, else `failed`. */
export function failureCode(error: unknown): FailureCode {
  if (error instanceof HandoffError) return error.code;
  if (error instanceof Error && error.name === 'StorageFullError') return 'storage-full';
  return 'failed';
}

export function isFailureCode(value: unknown): value is FailureCode {
  return (FAILURE_CODES as readonly unknown[]).includes(value);
}

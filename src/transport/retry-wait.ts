import type { ChatStreamError } from '../errors.js';
import { backoffDelay, waitOrAbort, type ResolvedBackoff } from './backoff.js';
import type { TransportHandlers } from './types.js';

/** A wait before the next attempt at a reply: what a countdown shows. */
export interface RetryWait {
  /**
   * `retry`: the request is sent again from the start (nothing of the reply had arrived);
   * `resume`: a dropped stream is requested again from its last event id, and the reply carries on.
   */
  kind: 'retry' | 'resume';
  /** 1 for the first new attempt. */
  attempt: number;
  /** The most attempts that will be made. */
  attempts: number;
  /** Milliseconds of this wait. */
  delayMs: number;
  /** When the next attempt starts (`Date.now()` time). */
  at: number;
  /** What failed. */
  error: ChatStreamError;
}

/** Handlers of a transport that may wait and try again; `onWait(undefined)` says the wait is over. */
export interface RetryingHandlers extends TransportHandlers {
  onWait?(wait: RetryWait | undefined): void;
}

/**
 * Announces the wait, waits (the server's hint when it gave one, else backoff), then announces its
 * end. Resolves false, without waiting further, when `signal` aborts (a stop cancels the wait).
 */
export async function waitToTryAgain(
  handlers: RetryingHandlers,
  signal: AbortSignal,
  wait: { kind: RetryWait['kind']; attempt: number; policy: ResolvedBackoff; error: ChatStreamError; hint?: number },
): Promise<boolean> {
  const delayMs = wait.hint ?? backoffDelay(wait.attempt, wait.policy);
  handlers.onWait?.({ kind: wait.kind, attempt: wait.attempt, attempts: wait.policy.attempts, delayMs, at: Date.now() + delayMs, error: wait.error });
  const waited = await waitOrAbort(delayMs, signal);
  if (waited) handlers.onWait?.(undefined);
  return waited;
}

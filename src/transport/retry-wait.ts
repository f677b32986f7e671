import type { ChatStreamError } from '../errors.js';
import { backoffDelay, waitOrAbort, type ResolvedBackoff } from './backoff.js';
import type { ReplyWait, TransportHandlers } from './types.js';

/**
 * Announces the wait, waits (the server's hint when it gave one, else backoff), then announces its
 * end. Resolves false, without waiting further, when `signal` aborts (a stop cancels the wait).
 */
export async function waitToTryAgain(
  handlers: TransportHandlers,
  signal: AbortSignal,
  wait: { kind: ReplyWait['kind']; attempt: number; policy: ResolvedBackoff; error: ChatStreamError; hint?: number },
): Promise<boolean> {
  const delayMs = wait.hint ?? backoffDelay(wait.attempt, wait.policy);
  handlers.onWait?.({ kind: wait.kind, attempt: wait.attempt, attempts: wait.policy.attempts, delayMs, at: Date.now() + delayMs, error: wait.error });
  const waited = await waitOrAbort(delayMs, signal);
  if (waited) handlers.onWait?.(undefined);
  return waited;
}

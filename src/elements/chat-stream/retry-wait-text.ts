import type { RetryWait } from '../../transport/retry-wait.js';

/** "Retrying in 3 s (attempt 1 of 2): <why>", the countdown of a wait before a retry or resume. */
export function retryWaitText(wait: RetryWait, now = Date.now()): string {
  const seconds = Math.max(0, Math.ceil((wait.at - now) / 1000));
  const action = wait.kind === 'resume' ? 'Connection lost. Resuming' : 'Retrying';
  return `${action} in ${seconds} s (attempt ${wait.attempt} of ${wait.attempts}): ${wait.error.message}`;
}

import { ChatStreamError, HttpError, NetworkError } from '../errors.js';
import { resolveBackoff, type BackoffOptions } from './backoff.js';
import { waitToTryAgain } from './retry-wait.js';
import type { StreamResponseInfo, Transport, TransportHandlers, TransportRequest } from './types.js';

/** When a failed request is sent again. */
export interface RetryOptions extends BackoffOptions {
  /** HTTP statuses worth another try. Default 429 and 503 (rate limited, overloaded). */
  statuses?: number[];
  /** Also retry a connection that failed before any event arrived. Default true. */
  networkErrors?: boolean;
}

/**
 * Wraps a transport so that a request that failed before any event arrived is sent again, after
 * exponential backoff with jitter, or after the server's `Retry-After` when it gave one (a
 * `Retry-After` longer than `maxDelay` gives up at once rather than come back early). Nothing of
 * the reply had arrived, so nothing is duplicated. Once an event arrived, failures pass through
 * untouched. Aborting the request's signal cancels a pending wait; `open` then resolves quietly.
 * Each wait is announced through `onWait` for a countdown.
 */
export function withRetry(transport: Transport, options: boolean | RetryOptions = true): Transport {
  const policy = resolveBackoff(options);
  if (!policy) return transport;
  const given = typeof options === 'object' ? options : {};
  const statuses = new Set(given.statuses ?? [429, 503]);
  const networkErrors = given.networkErrors ?? true;
  const retryable = (error: ChatStreamError) =>
    error instanceof HttpError ? statuses.has(error.status) : networkErrors && error instanceof NetworkError;

  return {
    async open(request: TransportRequest, handlers: TransportHandlers): Promise<void> {
      const { signal } = request;
      for (let attempt = 1; ; attempt++) {
        let received = false;
        const attemptHandlers: TransportHandlers = {
          // Before any event the adapter has decided nothing that a second response could contradict.
          onOpen: (info: StreamResponseInfo) => handlers.onOpen?.(info),
          onEvent: (event) => {
            received = true;
            handlers.onEvent(event);
          },
          onReadEnd: () => handlers.onReadEnd?.(),
          onWait: (wait) => handlers.onWait?.(wait),
        };
        try {
          await transport.open(request, attemptHandlers);
          return;
        } catch (error) {
          if (signal.aborted) return;
          // Anything but a ChatStreamError is a bug (a handler, a body shaper): never retried.
          if (!(error instanceof ChatStreamError) || received || attempt > policy.attempts || !retryable(error)) throw error;
          const hint = error instanceof HttpError ? error.retryAfter : undefined;
          if (hint !== undefined && hint > policy.maxDelay) throw error;
          if (!(await waitToTryAgain(handlers, signal, { kind: 'retry', attempt, policy, error, hint }))) return;
        }
      }
    },
  };
}

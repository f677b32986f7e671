import { NetworkError } from '../errors.js';
import type { ResolvedBackoff } from './backoff.js';
import { waitToTryAgain } from './retry-wait.js';
import type { ReplyWait, StreamEvent, StreamResponseInfo, TransportHandlers } from './types.js';

/** A connection that could not be made, dropped, or went silent: trying again may pick the reply up. */
export class ConnectionDrop {
  constructor(
    readonly error: NetworkError,
    /** Events that arrived on this connection before it dropped. */
    readonly received: number,
  ) {}
}

/** Where one reply's stream is, over however many connections it takes. */
export class StreamPosition {
  /** The id of the last event received: where a resumed stream starts after. */
  lastEventId?: string;
  /** Events over every connection of this reply. */
  events = 0;
  private opened = false;

  /** `onOpen`, once per reply. */
  open(handlers: TransportHandlers, info: StreamResponseInfo): void {
    if (this.opened) return;
    this.opened = true;
    handlers.onOpen?.(info);
  }

  /** Counts an event about to be delivered. */
  record(event: StreamEvent): void {
    this.events += 1;
    if (event.id !== undefined) this.lastEventId = event.id;
  }
}

export interface ReconnectPlan {
  /** Backoff between attempts; undefined (the option is off) makes a drop fail the reply. */
  policy: ResolvedBackoff | undefined;
  /** What an attempt does, for the give-up message ("3 attempts to resume failed"). */
  verb: string;
  /** How to try again after `error`, or the error to fail with instead; `policy` overrides the backoff for that wait. */
  next(error: NetworkError): { kind: ReplyWait['kind']; policy?: ResolvedBackoff } | NetworkError;
}

/**
 * Runs `connect` until it ends the reply. After each `ConnectionDrop` it waits (announced through
 * `onWait`) and connects again, as `plan` says, giving up after `policy.attempts` tries in a row
 * that brought no new event. Anything else `connect` throws passes through. Resolves quietly when
 * `signal` aborts during a wait.
 */
export async function connectUntilEnd(signal: AbortSignal, handlers: TransportHandlers, plan: ReconnectPlan, connect: () => Promise<void>): Promise<void> {
  let failures = 0;
  for (;;) {
    try {
      await connect();
      return;
    } catch (thrown) {
      if (!(thrown instanceof ConnectionDrop)) throw thrown;
      const { error, received } = thrown;
      if (received > 0) failures = 0;
      const { policy } = plan;
      if (!policy || signal.aborted) throw error;
      const next = plan.next(error);
      if (next instanceof NetworkError) throw next;
      failures += 1;
      if (failures > policy.attempts) {
        throw new NetworkError(`${error.message}; ${policy.attempts} ${policy.attempts === 1 ? 'attempt' : 'attempts'} to ${plan.verb} failed`, { cause: error });
      }
      if (!(await waitToTryAgain(handlers, signal, { kind: next.kind, attempt: failures, policy: next.policy ?? policy, error }))) return;
    }
  }
}

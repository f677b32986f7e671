import { ChatStreamError, ConfigurationError, ProtocolError, toChatStreamError } from '../errors.js';
import { createAdapter } from '../protocols/registry.js';
import type { ChunkSink, ProtocolAdapter, ProtocolName } from '../protocols/types.js';
import type { ReplyWait, StreamEvent, StreamResponseInfo, Transport, TransportHandlers, TransportRequest } from '../transport/types.js';
import type { Chunk } from '../types.js';

/** How a reply ended. */
export type ReplyEnd = { status: 'complete' } | { status: 'error'; error: ChatStreamError } | { status: 'stopped' };

/** What one reply tells its message. */
export interface ReplyRunCallbacks {
  /** The chunks decoded from one network read (at least one), in order. */
  batch(chunks: Chunk[]): void;
  /** A wait before trying again began, or (`undefined`) ended. */
  wait(wait: ReplyWait | undefined): void;
  /** The reply ended: called exactly once, after the last batch. */
  end(end: ReplyEnd): void;
}

/**
 * One reply, from request to end, and the only place that decides its end. It owns the reply's
 * one AbortController (a stop, a finished reply closing a connection the server keeps open, a
 * pending wait cancelled: all the same abort), is the sink its protocol adapter writes to and the
 * handlers its transport calls, gathers chunks into one batch per network read, and ends exactly
 * once: whatever arrives after the end (late events, a second `done`, the transport's own close
 * or failure) is ignored. Errors from anywhere are classified here, once.
 */
export class ReplyRun implements ChunkSink, TransportHandlers {
  private readonly controller = new AbortController();
  private pending: Chunk[] = [];
  private flushQueued = false;
  private ending?: ReplyEnd;

  /** `adapter` decodes the events; `stream` makes one for its protocol when none is given. */
  constructor(
    private readonly callbacks: ReplyRunCallbacks,
    private adapter?: ProtocolAdapter,
  ) {}

  /** Aborts when the reply ends, however it ends. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get ended(): boolean {
    return this.ending !== undefined;
  }

  /** Streams the reply through `transport` and an adapter for `protocol`; resolves when it ended. */
  async stream(transport: Transport | undefined, protocol: ProtocolName | 'auto', request: Omit<TransportRequest, 'signal'>): Promise<void> {
    try {
      if (!transport) throw new ConfigurationError('No transport is configured: set `src` on <chat-stream> or pass `transport` to createChat.');
      this.adapter ??= createAdapter(protocol);
      await transport.open({ ...request, signal: this.signal }, this);
      this.close();
    } catch (error) {
      this.error(error);
    }
  }

  /** The transport's stream ended cleanly: the adapter decides whether that completes the reply. */
  close(): void {
    if (!this.ended) this.adapter?.close(this);
    this.flush();
  }

  /** Stops the reply: what arrived stays, nothing more does. */
  stop(): void {
    this.settle({ status: 'stopped' });
  }

  // The sink the adapter writes to. Arrow fields, so a transport or adapter may pass them around.

  chunk = (chunk: Chunk): void => {
    if (this.ended) return;
    this.pending.push(chunk);
    if (this.flushQueued) return;
    // The default batch for transports that never say where a read ends: one per microtask.
    this.flushQueued = true;
    queueMicrotask(() => {
      this.flushQueued = false;
      this.flush();
    });
  };

  done = (): void => this.settle({ status: 'complete' });

  /** Fails the reply; anything but a `ChatStreamError` becomes one (a `NetworkError` keeping it as cause). */
  error = (error: unknown): void => {
    if (!this.ended) this.settle({ status: 'error', error: toChatStreamError(error) });
  };

  // The handlers the transport calls.

  onOpen = (info: StreamResponseInfo): void => {
    if (!this.ended) this.adapter?.open?.(info);
  };

  onEvent = (event: StreamEvent): void => {
    if (this.ended || !this.adapter) return;
    try {
      this.adapter.event(event, this);
    } catch (error) {
      // An adapter bug or an unexpected shape ends this reply instead of escaping into the transport.
      this.failWith(error, 'read an event');
    }
  };

  onReadEnd = (): void => this.flush();

  onWait = (wait: ReplyWait | undefined): void => {
    if (!this.ended) this.callbacks.wait(wait);
  };

  private flush(): void {
    if (!this.pending.length) return;
    const chunks = this.pending;
    this.pending = [];
    try {
      this.callbacks.batch(chunks);
    } catch (error) {
      // A chunk listener threw: the reply cannot go on as if it had been shown.
      this.failWith(error, 'show a chunk');
    }
  }

  private failWith(error: unknown, what: string): void {
    this.error(error instanceof ChatStreamError ? error : new ProtocolError(`Could not ${what}: ${String(error)}`, { cause: error }));
  }

  private settle(end: ReplyEnd): void {
    if (this.ending) return;
    // What was decoded before the end reaches the message first, even on a stop.
    this.flush();
    if (this.ending) return;
    this.ending = end;
    this.pending = [];
    this.controller.abort();
    this.callbacks.end(end);
  }
}

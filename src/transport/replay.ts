import { waitOrAbort as wait } from './backoff.js';
import { createEventStreamSink, createPlainTextSink } from './body-decoder.js';
import type { StreamEvent, Transport, TransportHandlers, TransportRequest } from './types.js';

/** A pause inside a replayed event list. */
export interface ReplayPause {
  delay: number;
}

export interface ReplayTransportOptions {
  /** Recorded SSE text (or plain text with `format: 'text'`), or a list of events and pauses. */
  source: string | ReadonlyArray<StreamEvent | ReplayPause>;
  /** Milliseconds before each slice of text or each event. Default 16. */
  delay?: number;
  /** Characters per slice when `source` is text. Default 8. */
  chunkSize?: number;
  /** How text `source` is read: `sse` (default) or `text`, where each slice is one event. */
  format?: 'sse' | 'text';
  /** Headers to report to `onOpen`, for protocol detection (say `x-vercel-ai-ui-message-stream`). */
  headers?: HeadersInit;
  /** When given, `open` rejects with it after the last event: a failing reply. */
  fail?: Error;
}

const isPause = (item: StreamEvent | ReplayPause): item is ReplayPause => !('data' in item) && 'delay' in item;


/**
 * Plays a recorded reply without a server: for stories, demos and tests. Text is fed in slices
 * through the same SSE parser the network transports use, so it behaves as a real stream would.
 */
export function createReplayTransport(options: ReplayTransportOptions): Transport {
  const delay = options.delay ?? 16;
  const chunkSize = Math.max(1, options.chunkSize ?? 8);
  return {
    async open(request: TransportRequest, handlers: TransportHandlers): Promise<void> {
      const { signal } = request;
      if (signal.aborted) return;
      const { source } = options;
      const format = typeof source === 'string' ? (options.format ?? 'sse') : 'sse';
      handlers.onOpen?.({
        format,
        headers: new Headers(options.headers ?? { 'content-type': format === 'sse' ? 'text/event-stream' : 'text/plain' }),
      });
      const emit = (event: StreamEvent) => signal.aborted || handlers.onEvent(event);
      if (typeof source === 'string') {
        const sink = format === 'sse' ? createEventStreamSink(emit) : createPlainTextSink(emit);
        for (let at = 0; at < source.length; at += chunkSize) {
          if (!(await wait(delay, signal))) return;
          sink.write(source.slice(at, at + chunkSize));
          handlers.onReadEnd?.();
        }
        sink.end();
        handlers.onReadEnd?.();
      } else {
        for (const item of source) {
          if (!(await wait(isPause(item) ? item.delay : delay, signal))) return;
          if (!isPause(item)) emit(item);
          handlers.onReadEnd?.();
        }
      }
      if (options.fail && !signal.aborted) throw options.fail;
    },
  };
}

import { ChatStreamError } from '../errors.js';
import type { StreamEvent, StreamResponseInfo } from '../transport/types.js';
import type { ChunkSink, ProtocolAdapter, ProtocolName } from './types.js';

/** The decoding steps of one protocol, before `guardedAdapter` adds the end-once rules. */
export interface ReplyDecoder {
  open?(info: StreamResponseInfo): void;
  event(event: StreamEvent, reply: ChunkSink): void;
  close(reply: ChunkSink): void;
}

/**
 * Wraps a decoder so that a reply ends exactly once: after `done` or `error`, later events, bytes
 * after `[DONE]` and the transport's close are ignored. A `ChatStreamError` thrown while decoding
 * (malformed JSON, say) becomes the reply's error instead of escaping into the transport.
 */
export function guardedAdapter(name: ProtocolName, decoder: ReplyDecoder): ProtocolAdapter {
  let ended = false;
  let outer: ChunkSink | undefined;
  let inner: ChunkSink | undefined;

  // One wrapper per sink, made once, so per-event work allocates nothing here.
  const guard = (sink: ChunkSink): ChunkSink => {
    if (sink !== outer || !inner) {
      outer = sink;
      inner = {
        chunk: (chunk) => {
          if (!ended) sink.chunk(chunk);
        },
        done: () => {
          if (ended) return;
          ended = true;
          sink.done();
        },
        error: (error) => {
          if (ended) return;
          ended = true;
          sink.error(error);
        },
      };
    }
    return inner;
  };

  const run = (sink: ChunkSink, step: (reply: ChunkSink) => void): void => {
    if (ended) return;
    const reply = guard(sink);
    try {
      step(reply);
    } catch (error) {
      if (!(error instanceof ChatStreamError)) throw error;
      reply.error(error);
    }
  };

  return {
    name,
    open: (info) => decoder.open?.(info),
    event: (event, sink) => run(sink, (reply) => decoder.event(event, reply)),
    close: (sink) => run(sink, (reply) => decoder.close(reply)),
  };
}

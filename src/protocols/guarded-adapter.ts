import { ChatStreamError } from '../errors.js';
import type { StreamEvent, StreamResponseInfo } from '../transport/types.js';
import type { ChunkSink, ProtocolAdapter, ProtocolName } from './types.js';

/** The decoding steps of one protocol, before `guardedAdapter` makes them an adapter. */
export interface ReplyDecoder {
  open?(info: StreamResponseInfo): void;
  event(event: StreamEvent, reply: ChunkSink): void;
  close(reply: ChunkSink): void;
}

/**
 * Wraps a decoder so that a `ChatStreamError` thrown while decoding (malformed JSON, say) becomes
 * the reply's error instead of escaping into the transport. That the reply ends exactly once is
 * not the adapter's business: the sink (the store's `ReplyRun`) ignores whatever follows its end.
 */
export function guardedAdapter(name: ProtocolName, decoder: ReplyDecoder): ProtocolAdapter {
  const run = (sink: ChunkSink, step: () => void): void => {
    try {
      step();
    } catch (error) {
      if (!(error instanceof ChatStreamError)) throw error;
      sink.error(error);
    }
  };
  return {
    name,
    open: (info) => decoder.open?.(info),
    event: (event, sink) => run(sink, () => decoder.event(event, sink)),
    close: (sink) => run(sink, () => decoder.close(sink)),
  };
}

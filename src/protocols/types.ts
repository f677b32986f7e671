import type { ChatStreamError } from '../errors.js';
import type { StreamEvent, StreamResponseInfo } from '../transport/types.js';
import type { Chunk } from '../types.js';

export const protocolNames = ['rubyllm', 'openai', 'openai-responses', 'anthropic', 'ai-sdk', 'text'] as const;
/** A wire format the kit decodes. */
export type ProtocolName = (typeof protocolNames)[number];

/** Where an adapter sends what it decoded. */
export interface ChunkSink {
  chunk(chunk: Chunk): void;
  /** The reply ended normally. Events after this are ignored. */
  done(): void;
  /** The reply failed (server error event, malformed event, interrupted stream). */
  error(error: ChatStreamError): void;
}

/**
 * Turns events of one wire format into normalized chunks. One adapter instance decodes one reply,
 * so it may keep state (tool calls being assembled, say).
 */
export interface ProtocolAdapter {
  readonly name: ProtocolName;
  /** What the transport learned before the first event (headers, sse or plain text). */
  open?(info: StreamResponseInfo): void;
  event(event: StreamEvent, sink: ChunkSink): void;
  /** The transport closed the stream. Adapters decide whether that is a normal end or an interruption. */
  close(sink: ChunkSink): void;
}

export type AdapterFactory = () => ProtocolAdapter;

export interface ProtocolDetectionInput {
  info?: StreamResponseInfo;
  event: StreamEvent;
}

import type { ChatRequest } from '../types.js';

/** One server-sent event (or one WebSocket/ActionCable message taken as one). */
export interface StreamEvent {
  /** Event type; undefined for the default `message` event. */
  event?: string;
  data: string;
  id?: string;
}

/** What a transport learned from the response before its first event. */
export interface StreamResponseInfo {
  /** `sse` when events were parsed from an event stream, `text` when the body is plain text. */
  format: 'sse' | 'text';
  /** Response headers, where the transport has them (cross-origin fetches hide most). */
  headers?: Headers;
}

export interface TransportHandlers {
  /** Called once, before the first event. */
  onOpen?(info: StreamResponseInfo): void;
  /** Called for each event, in order. With `format: 'text'`, each decoded piece of body text. */
  onEvent(event: StreamEvent): void;
}

export interface TransportRequest extends ChatRequest {
  /** Aborting it closes the connection; the returned promise then settles without an error. */
  signal: AbortSignal;
  /**
   * Set when picking up a reply the server is still producing, instead of asking for a new one:
   * the id of the last event already shown. SSE sends it as `Last-Event-ID` on a GET; ActionCable
   * subscribes with it as the `after` param and performs nothing.
   */
  resumeFrom?: string;
}

/**
 * Carries one reply from a server. `open` resolves when the stream ends (the server closed it
 * cleanly, or the signal aborted it) and rejects with a `ChatStreamError` when it fails.
 * Write your own by implementing this one method.
 */
export interface Transport {
  open(request: TransportRequest, handlers: TransportHandlers): Promise<void>;
}

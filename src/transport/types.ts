import type { ChatStreamError } from '../errors.js';
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

/** A wait before the next attempt at a reply: what a countdown shows. */
export interface ReplyWait {
  /**
   * `retry`: the request is sent again from the start (nothing of the reply had arrived);
   * `resume`: a dropped stream is requested again from its last event id, and the reply carries on.
   */
  kind: 'retry' | 'resume';
  /** 1 for the first new attempt. */
  attempt: number;
  /** The most attempts that will be made. */
  attempts: number;
  /** Milliseconds of this wait. */
  delayMs: number;
  /** When the next attempt starts (`Date.now()` time). */
  at: number;
  /** What failed. */
  error: ChatStreamError;
}

/** What a transport calls while it carries a reply. The kit supplies every member; call the optional ones with `?.`. */
export interface TransportHandlers {
  /** Called once, before the first event. */
  onOpen?(info: StreamResponseInfo): void;
  /** Called for each event, in order. With `format: 'text'`, each decoded piece of body text. */
  onEvent(event: StreamEvent): void;
  /**
   * The events of one network read (one body read, one WebSocket frame, one broadcast) have all
   * been delivered: the chunks they decoded reach the message, and one `chat-chunk` event, now.
   * A transport that never calls it gets one batch per microtask.
   */
  onReadEnd?(): void;
  /** A wait before trying again (a retry, a resume) began, for a countdown; `undefined` when it is over. */
  onWait?(wait: ReplyWait | undefined): void;
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

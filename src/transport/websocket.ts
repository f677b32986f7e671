import { ChatStreamError, ConfigurationError, NetworkError } from '../errors.js';
import type { ChatRequest } from '../types.js';
import { resolveBackoff, type BackoffOptions } from './backoff.js';
import { createIdleTimer, silenceError } from './idle-timer.js';
import { ConnectionDrop, connectUntilEnd, StreamPosition } from './reconnect.js';
import { chatRequestOf, encodeRequestBody, type RequestBodyShaper } from './request-body.js';
import type { Transport, TransportHandlers, TransportRequest } from './types.js';
import { eventFromFrame } from './websocket-frame.js';

export interface WebSocketTransportOptions {
  /** `ws:`/`wss:` URL; `http(s):` and relative URLs are turned into the matching WebSocket URL. */
  url: string | URL;
  protocols?: string | string[];
  /** Shapes the first message; objects are JSON-encoded. Default: `{"prompt", "messages"}`. */
  body?: RequestBodyShaper;
  /** Fail with a `NetworkError` when no frame arrives for this many milliseconds. No limit unless set. */
  idleTimeout?: number;
  /**
   * Resume a reply whose socket closed uncleanly (or went silent past `idleTimeout`) on a new
   * socket, after exponential backoff with jitter. Before any event the request is simply sent
   * again. During a reply it resumes when the server gave its events ids (`{"event", "data", "id"}`
   * frames): the first message on the new socket is the JSON request with `lastEventId` added, and
   * the server is expected to carry on after that event. Without ids, or with a request body that
   * is not a JSON object, a drop mid-reply fails with a `NetworkError`. Off unless set.
   */
  resume?: boolean | BackoffOptions;
}

// 1000 normal closure; 1005 closed without a status code (some servers end that way on purpose).
const cleanCloseCodes = new Set([1000, 1005]);

function socketUrl(url: string | URL): URL {
  const target = new URL(String(url), globalThis.location?.href);
  if (target.protocol === 'http:') target.protocol = 'ws:';
  else if (target.protocol === 'https:') target.protocol = 'wss:';
  return target;
}

function frameBody(body: BodyInit): string | Blob | BufferSource {
  if (typeof body === 'string' || body instanceof Blob || body instanceof ArrayBuffer) return body;
  // BodyInit's views are over ArrayBuffer already; the narrowing just loses that.
  if (ArrayBuffer.isView(body)) return body as BufferSource;
  if (body instanceof URLSearchParams) return body.toString();
  throw new ConfigurationError('A WebSocket message cannot carry FormData or a stream; return a string or an object from `body`');
}

/** The request as JSON with `lastEventId` added, or undefined when the body is not a JSON object. */
function resumeFrame(request: ChatRequest, shape: RequestBodyShaper | undefined, lastEventId: string): string | undefined {
  const { body, json } = encodeRequestBody(request, shape);
  if (!json || typeof body !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(body);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    return JSON.stringify({ ...value, lastEventId });
  } catch {
    return undefined;
  }
}

/**
 * Opens a socket per reply, sends the request as its first message, and takes each text (or
 * UTF-8 binary) frame as one event. The reply ends when the server closes cleanly (1000/1005);
 * any other close rejects with a `NetworkError` naming the code, unless `resume` picks the
 * reply up. Aborting `request.signal` closes the socket with 1000, cancels any wait to reconnect,
 * and resolves quietly. Event-driven only, so it keeps running in a hidden tab.
 */
export function createWebSocketTransport(options: WebSocketTransportOptions): Transport {
  const resume = resolveBackoff(options.resume);

  function connect(request: TransportRequest, handlers: TransportHandlers, stream: StreamPosition): Promise<void> {
    const { signal } = request;
    let received = 0;
    return new Promise<void>((resolve, reject) => {
      let socket: WebSocket;
      let frame: ReturnType<typeof frameBody>;
      let opened = false;
      let settled = false;
      try {
        const chat = chatRequestOf(request);
        if (stream.lastEventId) {
          const resumed = resumeFrame(chat, options.body, stream.lastEventId);
          if (resumed === undefined) throw new NetworkError('The connection was lost before the reply ended, and it cannot resume: the request is not a JSON object');
          frame = resumed;
        } else frame = frameBody(encodeRequestBody(chat, options.body).body);
        socket = new WebSocket(socketUrl(options.url), options.protocols);
      } catch (error) {
        reject(error instanceof ChatStreamError ? error : new NetworkError(`Could not open a WebSocket to ${String(options.url)}`, { cause: error }));
        return;
      }
      socket.binaryType = 'arraybuffer';
      const decoder = new TextDecoder();

      const finish = (error?: unknown) => {
        if (settled) return;
        settled = true;
        idle.stop();
        signal.removeEventListener('abort', stop);
        socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
        if (error) reject(error);
        else resolve();
      };
      const close = (code: number, reason: string) => {
        if (socket.readyState === WebSocket.CONNECTING || socket.readyState === WebSocket.OPEN) socket.close(code, reason);
      };
      const stop = () => {
        finish();
        close(1000, 'stopped');
      };
      const idle = createIdleTimer(options.idleTimeout, () => {
        finish(new ConnectionDrop(silenceError(options.idleTimeout!), received));
        close(4000, 'idle timeout');
      });
      signal.addEventListener('abort', stop, { once: true });
      idle.touch();

      socket.onopen = () => {
        opened = true;
        idle.touch();
        stream.open(handlers, { format: 'sse' });
        socket.send(frame);
      };
      socket.onmessage = (message: MessageEvent<string | ArrayBuffer>) => {
        idle.touch();
        const text = typeof message.data === 'string' ? message.data : decoder.decode(message.data);
        try {
          const event = eventFromFrame(text);
          received += 1;
          stream.record(event);
          handlers.onEvent(event);
          handlers.onReadEnd?.();
        } catch (error) {
          // A handler bug: stop the reply and show the error as it is.
          finish(error);
          close(1000, 'client error');
        }
      };
      // The error event carries no detail; the close event that always follows has the code.
      socket.onclose = (event) => {
        if (cleanCloseCodes.has(event.code)) return finish();
        const detail = `code ${event.code}${event.reason ? `: ${event.reason}` : ''}`;
        finish(
          new ConnectionDrop(
            new NetworkError(
              opened
                ? `The connection was lost before the reply ended (WebSocket closed with ${detail})`
                : `Could not connect to ${socketUrl(options.url).origin} (WebSocket closed with ${detail})`,
            ),
            received,
          ),
        );
      };
    });
  }

  return {
    async open(request: TransportRequest, handlers: TransportHandlers): Promise<void> {
      const { signal } = request;
      if (signal.aborted) return;
      const stream = new StreamPosition();
      await connectUntilEnd(
        signal,
        handlers,
        {
          policy: resume,
          verb: 'reconnect',
          // Before any event the request is sent again; after one, only ids let the server carry on.
          next: (error) =>
            stream.events > 0 && !stream.lastEventId
              ? new NetworkError(`${error.message}; it cannot resume, since the server gave its events no ids`, { cause: error })
              : { kind: stream.events > 0 ? 'resume' : 'retry' },
        },
        () => connect(request, handlers, stream),
      );
    },
  };
}

import { ChatStreamError, NetworkError } from '../errors.js';
import { chatRequestOf, encodeRequestBody, type RequestBodyShaper } from './request-body.js';
import type { Transport, TransportHandlers, TransportRequest } from './types.js';
import { eventFromFrame } from './websocket-frame.js';

export interface WebSocketTransportOptions {
  /** `ws:`/`wss:` URL; `http(s):` and relative URLs are turned into the matching WebSocket URL. */
  url: string | URL;
  protocols?: string | string[];
  /** Shapes the first message; objects are JSON-encoded. Default: `{"prompt", "messages"}`. */
  body?: RequestBodyShaper;
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
  throw new ChatStreamError('A WebSocket message cannot carry FormData or a stream; return a string or an object from `body`');
}

/**
 * Opens a socket per reply, sends the request as its first message, and takes each text (or
 * UTF-8 binary) frame as one event. The reply ends when the server closes cleanly (1000/1005);
 * any other close rejects with a `NetworkError` naming the code. Aborting `request.signal`
 * closes the socket with 1000 and resolves quietly. Event-driven only, so it keeps running in a
 * hidden tab.
 */
export function createWebSocketTransport(options: WebSocketTransportOptions): Transport {
  return {
    open(request: TransportRequest, handlers: TransportHandlers): Promise<void> {
      const { signal } = request;
      if (signal.aborted) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        let socket: WebSocket;
        let frame: ReturnType<typeof frameBody>;
        let opened = false;
        let settled = false;
        try {
          frame = frameBody(encodeRequestBody(chatRequestOf(request), options.body).body);
          socket = new WebSocket(socketUrl(options.url), options.protocols);
        } catch (error) {
          reject(error instanceof ChatStreamError ? error : new NetworkError(`Could not open a WebSocket to ${String(options.url)}`, { cause: error }));
          return;
        }
        socket.binaryType = 'arraybuffer';
        const decoder = new TextDecoder();

        const finish = (error?: Error) => {
          if (settled) return;
          settled = true;
          signal.removeEventListener('abort', stop);
          socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
          if (error) reject(error);
          else resolve();
        };
        const stop = () => {
          finish();
          if (socket.readyState === WebSocket.CONNECTING || socket.readyState === WebSocket.OPEN) socket.close(1000, 'stopped');
        };
        signal.addEventListener('abort', stop, { once: true });

        socket.onopen = () => {
          opened = true;
          handlers.onOpen?.({ format: 'sse' });
          socket.send(frame);
        };
        socket.onmessage = (message: MessageEvent<string | ArrayBuffer>) => {
          const text = typeof message.data === 'string' ? message.data : decoder.decode(message.data);
          try {
            handlers.onEvent(eventFromFrame(text));
          } catch (error) {
            // A handler bug: stop the reply and show the error as it is.
            finish(error as Error);
            socket.close(1000, 'client error');
          }
        };
        // The error event carries no detail; the close event that always follows has the code.
        socket.onclose = (event) => {
          if (cleanCloseCodes.has(event.code)) return finish();
          const detail = `code ${event.code}${event.reason ? `: ${event.reason}` : ''}`;
          finish(
            new NetworkError(
              opened
                ? `The connection was lost before the reply ended (WebSocket closed with ${detail})`
                : `Could not connect to ${socketUrl(options.url).origin} (WebSocket closed with ${detail})`,
            ),
          );
        };
      });
    },
  };
}

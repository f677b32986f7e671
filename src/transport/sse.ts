import { ChatStreamError, NetworkError } from '../errors.js';
import { resolveBackoff, type BackoffOptions } from './backoff.js';
import { createBodyDecoder } from './body-decoder.js';
import { checkResponse } from './check-response.js';
import { createIdleTimer } from './idle-timer.js';
import { createMainThreadBudget } from './main-thread-budget.js';
import { chatRequestOf, encodeRequestBody, resolveHeaders, type HeadersOption, type RequestBodyShaper } from './request-body.js';
import { waitToTryAgain, type RetryingHandlers } from './retry-wait.js';
import type { Transport, TransportRequest } from './types.js';

export interface SseTransportOptions {
  /** The endpoint that streams the reply. */
  url: string | URL;
  /** `POST` sends a JSON body (default); `GET` sends the prompt as the `prompt` query parameter. */
  method?: 'POST' | 'GET';
  /** Extra request headers, or a (possibly async) function returning them (CSRF token, Authorization). */
  headers?: HeadersOption;
  /** Shapes the POST body; objects are JSON-encoded. Default: `{"prompt", "messages"}`. */
  body?: RequestBodyShaper;
  /** Whether cookies are sent. Default `same-origin`. */
  credentials?: RequestCredentials;
  /** Fail with a `NetworkError` when no bytes arrive for this many milliseconds. No limit unless set. */
  idleTimeout?: number;
  /**
   * Resume a dropped stream (cut, or silent past `idleTimeout`) by requesting it again with a
   * `Last-Event-ID` header carrying the last event id received, for servers that support it: the
   * server carries on after that event, and so does the reply. Waits the server's `retry:` hint
   * (else `delay`), doubling each time, and gives up after `attempts` tries in a row that brought
   * no new event, failing with the `NetworkError`. A stream that sent no event ids cannot resume.
   * Off unless set.
   */
  resume?: boolean | BackoffOptions;
}

/** `url` with `prompt=…` added to its query, keeping any query and fragment it already has. */
function withPrompt(url: string | URL, prompt: string): URL {
  const target = new URL(String(url), globalThis.location?.href);
  const param = `prompt=${encodeURIComponent(prompt)}`;
  target.search = target.search.length > 1 ? `${target.search.slice(1)}&${param}` : param;
  return target;
}

function describeUrl(url: string | URL): string {
  try {
    return new URL(String(url), globalThis.location?.href).origin;
  } catch {
    return String(url);
  }
}

/** Network reads are decoded in slices of at most this many bytes, checking the time budget between them. */
const SLICE_BYTES = 4 * 1024;

// Marks failures of the network itself, so they are not mistaken for errors thrown by handlers.
class ConnectionFailure {
  constructor(
    readonly stage: 'connect' | 'read',
    readonly cause: unknown,
  ) {}
}

// A connection that dropped (or went silent) after it was made: a resume may pick the stream up.
class StreamDrop {
  constructor(readonly error: NetworkError) {}
}

/** What one reply's connections share: the stream position and the server's hints. */
interface StreamState {
  /** The id of the last event received: where a resumed stream starts after. */
  lastEventId?: string;
  /** The server's `retry:` hint in milliseconds. */
  retryHint?: number;
  /** Whether `onOpen` was called (once per reply, however many connections it takes). */
  opened: boolean;
  /** Events received on the current connection. */
  received: number;
}

/**
 * Server-sent events over `fetch`, which (unlike `EventSource`) can POST a body and send headers.
 * It reads the body with a plain reader loop and timers only, no `requestAnimationFrame` or
 * visibility checks, so a reply keeps streaming while its tab is hidden.
 *
 * Non-2xx responses reject with `HttpError` and its subclasses, a dropped connection with
 * `NetworkError` (unless `resume` picks the stream up again); aborting `request.signal` closes
 * the connection, cancels any wait to resume, and resolves quietly.
 */
export function createSseTransport(options: SseTransportOptions): Transport {
  const method = options.method ?? 'POST';
  const resume = resolveBackoff(options.resume);

  async function connect(request: TransportRequest, handlers: RetryingHandlers, state: StreamState): Promise<void> {
    const { signal } = request;
    const controller = new AbortController();
    const stop = () => controller.abort(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    const idle = createIdleTimer(options.idleTimeout, () => controller.abort());
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    try {
      const chat = chatRequestOf(request);
      const headers = await resolveHeaders(options.headers, chat);
      if (!headers.has('accept')) headers.set('accept', 'text/event-stream');
      if (state.lastEventId) headers.set('last-event-id', state.lastEventId);
      // Picking up a reply the server is still producing: a GET with its Last-Event-ID, nothing to send.
      const picksUp = request.resumeFrom !== undefined;
      const init: RequestInit = { method: picksUp ? 'GET' : method, headers, credentials: options.credentials ?? 'same-origin', signal: controller.signal, cache: 'no-store' };
      let url: string | URL = options.url;
      if (picksUp) url = String(url);
      else if (method === 'GET') url = withPrompt(url, request.prompt);
      else {
        const { body, json } = encodeRequestBody(chat, options.body);
        init.body = body;
        if (json && !headers.has('content-type')) headers.set('content-type', 'application/json');
      }
      if (signal.aborted) return;

      // Timed from here: a slow headers function (a token refresh) is not the server's silence.
      idle.touch();
      const response = await fetch(url, init).catch((error: unknown) => Promise.reject(new ConnectionFailure('connect', error)));
      idle.touch();
      const format = await checkResponse(response);
      const decoder = createBodyDecoder({
        format,
        onFormat: (chosen) => {
          if (state.opened) return;
          state.opened = true;
          handlers.onOpen?.({ format: chosen, headers: response.headers });
        },
        onEvent: (event) => {
          // Once stopped, nothing more reaches the reply, even bytes already read.
          if (signal.aborted) return;
          state.received += 1;
          if (event.id !== undefined) state.lastEventId = event.id;
          handlers.onEvent(event);
        },
        onRetry: (ms) => {
          state.retryHint = ms;
        },
      });
      reader = response.body?.getReader();
      const budget = createMainThreadBudget();
      while (reader) {
        const result = await reader.read().catch((error: unknown) => Promise.reject(new ConnectionFailure('read', error)));
        if (result.done) break;
        idle.touch();
        // A buffered burst arrives in reads of hundreds of KiB: decode them a slice at a time and
        // let frames through when the budget is spent, so the page keeps painting.
        const bytes = result.value;
        for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
          if (budget.spent()) {
            await budget.yield();
            if (signal.aborted) return;
          }
          decoder.push(bytes.length <= SLICE_BYTES ? bytes : bytes.subarray(at, at + SLICE_BYTES));
          if (signal.aborted) return;
        }
      }
      if (!signal.aborted) decoder.end();
      reader = undefined;
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof ChatStreamError) throw error;
      if (idle.tripped) {
        const seconds = Math.round(options.idleTimeout! / 100) / 10;
        throw new StreamDrop(new NetworkError(`The server went silent for ${seconds} s, so the connection was closed`));
      }
      if (error instanceof ConnectionFailure) {
        const detail = error.cause instanceof Error && error.cause.message ? ` (${error.cause.message})` : '';
        throw new StreamDrop(
          error.stage === 'connect'
            ? new NetworkError(`Could not connect to ${describeUrl(options.url)}${detail}`, { cause: error.cause })
            : new NetworkError(`The connection was lost before the reply ended${detail}`, { cause: error.cause }),
        );
      }
      // Anything else was thrown by a handler (or a body shaper): a bug to see as it is.
      throw error;
    } finally {
      idle.stop();
      signal.removeEventListener('abort', stop);
      // Leaving early (a handler threw): let the connection go.
      reader?.cancel().catch(() => undefined);
    }
  }

  return {
    async open(request: TransportRequest, handlers: RetryingHandlers): Promise<void> {
      const { signal } = request;
      if (signal.aborted) return;
      const state: StreamState = { opened: false, received: 0, lastEventId: request.resumeFrom };
      // Tries in a row that brought no new event.
      let failures = 0;
      for (;;) {
        state.received = 0;
        try {
          await connect(request, handlers, state);
          return;
        } catch (thrown) {
          if (!(thrown instanceof StreamDrop)) throw thrown;
          const { error } = thrown;
          if (state.received > 0) failures = 0;
          if (!resume || !state.lastEventId || signal.aborted) throw error;
          failures += 1;
          if (failures > resume.attempts) {
            throw new NetworkError(`${error.message}; ${resume.attempts} ${resume.attempts === 1 ? 'attempt' : 'attempts'} to resume failed`, { cause: error });
          }
          // The server's `retry:` hint is the first wait, exactly as asked; it doubles from there.
          const policy = state.retryHint === undefined ? resume : { ...resume, delay: state.retryHint, jitter: 0 };
          if (!(await waitToTryAgain(handlers, signal, { kind: 'resume', attempt: failures, policy, error }))) return;
        }
      }
    },
  };
}

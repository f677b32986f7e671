import { ChatStreamError, HttpError, NetworkError } from '../errors.js';
import { resolveBackoff, type BackoffOptions } from './backoff.js';
import { createBodyDecoder } from './body-decoder.js';
import { checkResponse } from './check-response.js';
import { createIdleTimer, silenceError } from './idle-timer.js';
import { createMainThreadBudget } from './main-thread-budget.js';
import { chatRequestOf, encodeRequestBody, resolveHeaders, type HeadersOption, type RequestBodyShaper } from './request-body.js';
import { ConnectionDrop, connectUntilEnd, StreamPosition } from './reconnect.js';
import type { Transport, TransportHandlers, TransportRequest } from './types.js';

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

function hasEntries(headers: Headers): boolean {
  for (const _ of headers.keys()) return true;
  return false;
}

/** A redirect answered to a request with custom headers (`redirect: 'manual'`) ends the reply clearly. */
function refuseRedirect(response: Response, url: string | URL): void {
  if (response.type !== 'opaqueredirect') return;
  throw new HttpError(
    `The server at ${describeUrl(url)} answered with a redirect, which is not followed because the request carries custom headers that must not reach another server; set src to the final URL`,
    response.status,
  );
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

/** What one reply's connections share: the stream position and the server's `retry:` hint (ms). */
class SseStream extends StreamPosition {
  retryHint?: number;
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

  async function connect(request: TransportRequest, handlers: TransportHandlers, stream: SseStream): Promise<void> {
    const { signal } = request;
    let received = 0;
    // The silence limit aborts the fetch too; the request's own signal stays the one stop.
    const silence = options.idleTimeout ? new AbortController() : undefined;
    const idle = createIdleTimer(options.idleTimeout, () => silence?.abort());
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    try {
      const chat = chatRequestOf(request);
      const headers = await resolveHeaders(options.headers, chat);
      const custom = hasEntries(headers);
      if (!headers.has('accept')) headers.set('accept', 'text/event-stream');
      if (stream.lastEventId) headers.set('last-event-id', stream.lastEventId);
      const fetchSignal = silence ? AbortSignal.any([signal, silence.signal]) : signal;
      // Picking up a reply the server is still producing: a GET with its Last-Event-ID, nothing to send.
      const picksUp = request.resumeFrom !== undefined;
      // fetch would carry custom headers (a CSRF token, Authorization) along a redirect to any
      // origin, and a page cannot see where a redirect goes before following it: with custom
      // headers, a redirect is refused (see `refuseRedirect`).
      const redirect = custom ? 'manual' : 'follow';
      const init: RequestInit = { method: picksUp ? 'GET' : method, headers, credentials: options.credentials ?? 'same-origin', signal: fetchSignal, cache: 'no-store', redirect };
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
      refuseRedirect(response, options.url);
      const format = await checkResponse(response);
      const decoder = createBodyDecoder({
        format,
        onFormat: (chosen) => stream.open(handlers, { format: chosen, headers: response.headers }),
        onEvent: (event) => {
          // Once stopped, nothing more reaches the reply, even bytes already read.
          if (signal.aborted) return;
          received += 1;
          stream.record(event);
          handlers.onEvent(event);
        },
        onRetry: (ms) => {
          stream.retryHint = ms;
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
            // What was decoded so far is shown in the frame this lets through.
            handlers.onReadEnd?.();
            await budget.yield();
            if (signal.aborted) return;
          }
          decoder.push(bytes.length <= SLICE_BYTES ? bytes : bytes.subarray(at, at + SLICE_BYTES));
          if (signal.aborted) return;
        }
        handlers.onReadEnd?.();
      }
      if (!signal.aborted) {
        decoder.end();
        handlers.onReadEnd?.();
      }
      reader = undefined;
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof ChatStreamError) throw error;
      if (idle.tripped) throw new ConnectionDrop(silenceError(options.idleTimeout!), received);
      if (error instanceof ConnectionFailure) {
        const detail = error.cause instanceof Error && error.cause.message ? ` (${error.cause.message})` : '';
        const drop =
          error.stage === 'connect'
            ? new NetworkError(`Could not connect to ${describeUrl(options.url)}${detail}`, { cause: error.cause })
            : new NetworkError(`The connection was lost before the reply ended${detail}`, { cause: error.cause });
        throw new ConnectionDrop(drop, received);
      }
      // Anything else was thrown by a handler (or a body shaper): a bug to see as it is.
      throw error;
    } finally {
      idle.stop();
      // Leaving early (a handler threw): let the connection go.
      reader?.cancel().catch(() => undefined);
    }
  }

  return {
    async open(request: TransportRequest, handlers: TransportHandlers): Promise<void> {
      const { signal } = request;
      if (signal.aborted) return;
      const stream = new SseStream();
      // Picking up a reply the server is still producing starts after the last event it showed.
      stream.lastEventId = request.resumeFrom;
      await connectUntilEnd(
        signal,
        handlers,
        {
          policy: resume,
          verb: 'resume',
          // A stream that sent no event ids cannot resume. The server's `retry:` hint is the first wait, exactly as asked; it doubles from there.
          next: (error) =>
            !stream.lastEventId ? error : { kind: 'resume', policy: stream.retryHint === undefined ? undefined : { ...resume!, delay: stream.retryHint, jitter: 0 } },
        },
        () => connect(request, handlers, stream),
      );
    },
  };
}

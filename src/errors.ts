/**
 * Every failure the kit reports is a `ChatStreamError`. Errors never carry the partial reply:
 * that stays in the message's `content`, untouched.
 */
export class ChatStreamError extends Error {
  override name = 'ChatStreamError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The page set the kit up wrongly: an attribute it cannot use, or an add-on it has not loaded. */
export class ConfigurationError extends ChatStreamError {
  override name = 'ConfigurationError';
}

/** The server answered with a non-2xx status, or with a 2xx body that is not a stream. */
export class HttpError extends ChatStreamError {
  override name = 'HttpError';
  readonly status: number;
  /** The response body as text (may be empty). */
  readonly body: string;
  constructor(message: string, status: number, body = '', options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
    this.body = body;
  }
}

/** HTTP 429. `retryAfter` is in milliseconds, from the `Retry-After` header when present. */
export class RateLimitError extends HttpError {
  override name = 'RateLimitError';
  readonly retryAfter?: number;
  constructor(message: string, status: number, body = '', retryAfter?: number) {
    super(message, status, body);
    this.retryAfter = retryAfter;
  }
}

/** HTTP 401 or 403. */
export class AuthenticationError extends HttpError {
  override name = 'AuthenticationError';
}

/** HTTP 5xx. */
export class ServerError extends HttpError {
  override name = 'ServerError';
}

/** The connection could not be made, or dropped before the reply ended. */
export class NetworkError extends ChatStreamError {
  override name = 'NetworkError';
}

/** An event could not be understood (malformed JSON in a known event, say). */
export class ProtocolError extends ChatStreamError {
  override name = 'ProtocolError';
}

/** The server reported an error inside the stream (an `error` event). */
export class StreamError extends ChatStreamError {
  override name = 'StreamError';
  /** The provider's error type or code, when it sent one. */
  readonly code?: string;
  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Parses `Retry-After` (delay in seconds, or an HTTP date) into milliseconds from `now`.
 * https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Finds a human message in a JSON error body of any common shape, else returns undefined. */
export function messageFromErrorBody(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  return messageFromErrorValue(parsed);
}

/** `"text"`, `{message}`, `{error: "text"}`, `{error: {message}}`, `{errorText}`, `{detail}`. */
export function messageFromErrorValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value || undefined;
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  for (const key of ['message', 'errorText', 'error', 'detail', 'error_description']) {
    const found = messageFromErrorValue(record[key]);
    if (found) return found;
  }
  return undefined;
}

/** Builds the typed error for a non-2xx response. */
export function errorFromResponse(status: number, statusText: string, body: string, headers?: Headers): HttpError {
  const fromBody = messageFromErrorBody(body);
  const text = fromBody ?? (body.trim() && body.length <= 300 && !/^\s*</.test(body) ? body.trim() : '');
  const message = `HTTP ${status}${statusText ? ` ${statusText}` : ''}${text ? `: ${text}` : ''}`;
  if (status === 429) return new RateLimitError(message, status, body, parseRetryAfter(headers?.get('retry-after') ?? null));
  if (status === 401 || status === 403) return new AuthenticationError(message, status, body);
  if (status >= 500) return new ServerError(message, status, body);
  return new HttpError(message, status, body);
}

/** Wraps anything thrown into a `ChatStreamError`, keeping typed errors as they are. */
export function toChatStreamError(error: unknown): ChatStreamError {
  if (error instanceof ChatStreamError) return error;
  if (error instanceof Error) return new NetworkError(error.message || 'The connection failed', { cause: error });
  return new ChatStreamError(String(error));
}

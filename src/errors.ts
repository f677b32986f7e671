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

/** A wrong attribute or option (an unknown protocol, a missing channel), or an add-on that is not loaded. */
export class ConfigurationError extends ChatStreamError {
  override name = 'ConfigurationError';
}

export interface HttpErrorOptions {
  cause?: unknown;
  /** Milliseconds the server asked to wait (`Retry-After` on a 429 or 503). */
  retryAfter?: number;
}

/** The server answered with a non-2xx status, or with a 2xx body that is not a stream. */
export class HttpError extends ChatStreamError {
  override name = 'HttpError';
  readonly status: number;
  /** The response body as text (may be empty). */
  readonly body: string;
  /** Milliseconds to wait before asking again, when the server said (`Retry-After` on 429 and 503). */
  readonly retryAfter?: number;
  constructor(message: string, status: number, body = '', options: HttpErrorOptions = {}) {
    super(message, options);
    this.status = status;
    this.body = body;
    this.retryAfter = options.retryAfter;
  }

  /** The typed error for a status: the one place a status picks its class. */
  static forStatus(message: string, status: number, body = '', options: HttpErrorOptions = {}): HttpError {
    if (status === 429) return new RateLimitError(message, status, body, options);
    if (status === 401 || status === 403) return new AuthenticationError(message, status, body, options);
    if (status >= 500) return new ServerError(message, status, body, options);
    return new HttpError(message, status, body, options);
  }
}

/** HTTP 429. `retryAfter` is in milliseconds, from the `Retry-After` header when present. */
export class RateLimitError extends HttpError {
  override name = 'RateLimitError';
}

/** HTTP 401 or 403. */
export class AuthenticationError extends HttpError {
  override name = 'AuthenticationError';
}

/** HTTP 5xx (a 503 may carry `retryAfter`). */
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
  constructor(message: string, code?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** `"text"`, `{message}`, `{error: "text"}`, `{error: {message}}`, `{errorText}`, `{detail}`: the human message of an error value. */
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

/** Wraps anything thrown into a `ChatStreamError`, keeping typed errors as they are. */
export function toChatStreamError(error: unknown): ChatStreamError {
  if (error instanceof ChatStreamError) return error;
  if (error instanceof Error) return new NetworkError(error.message || 'The connection failed', { cause: error });
  return new ChatStreamError(String(error), { cause: error });
}

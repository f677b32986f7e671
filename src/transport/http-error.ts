import { HttpError, messageFromErrorValue } from '../errors.js';

/**
 * Parses `Retry-After` (delay in seconds, or an HTTP date) into milliseconds from `now`.
 * https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** Finds a human message in a JSON error body of any common shape, else returns undefined. */
export function messageFromErrorBody(body: string): string | undefined {
  return messageFromErrorValue(parseJson(body));
}

// Provider error types that say which failure it is, when an error arrives with HTTP 200.
const statusOfErrorType: Record<string, number> = {
  rate_limit_error: 429,
  rate_limit_exceeded: 429,
  resource_exhausted: 429,
  authentication_error: 401,
  invalid_api_key: 401,
  unauthenticated: 401,
  permission_error: 403,
  permission_denied: 403,
  api_error: 500,
  server_error: 500,
  internal: 500,
  unavailable: 503,
  overloaded_error: 529,
};

function statusOfValue(value: unknown): number | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{3}$/.test(value))) {
    const status = Number(value);
    return status >= 400 && status <= 599 ? status : undefined;
  }
  return typeof value === 'string' ? statusOfErrorType[value.toLowerCase()] : undefined;
}

/** The HTTP status a JSON error body claims (`{"error": {"type": "rate_limit_error"}}`, `{"status": 401}`...). */
export function statusFromErrorBody(body: string): number | undefined {
  const parsed = parseJson(body);
  if (!parsed || typeof parsed !== 'object') return undefined;
  const record = parsed as Record<string, unknown>;
  const inner = record.error && typeof record.error === 'object' ? (record.error as Record<string, unknown>) : {};
  for (const value of [inner.status, inner.code, inner.type, record.status, record.statusCode, record.code, record.type]) {
    const status = statusOfValue(value);
    if (status) return status;
  }
  return undefined;
}

/** The typed error for `status`, with `retryAfter` from the headers on a 429 or 503 (RFC 9110 10.2.3). */
export function httpError(message: string, status: number, body: string, headers?: Headers): HttpError {
  const retryAfter = status === 429 || status === 503 ? parseRetryAfter(headers?.get('retry-after')) : undefined;
  return HttpError.forStatus(message, status, body, { retryAfter });
}

/** Builds the typed error for a non-2xx response, its message taken from the body when it has one. */
export function errorFromResponse(status: number, statusText: string, body: string, headers?: Headers): HttpError {
  const fromBody = messageFromErrorBody(body);
  const text = fromBody ?? (body.trim() && body.length <= 300 && !/^\s*</.test(body) ? body.trim() : '');
  const message = `HTTP ${status}${statusText ? ` ${statusText}` : ''}${text ? `: ${text}` : ''}`;
  return httpError(message, status, body, headers);
}

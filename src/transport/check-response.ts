import {
  AuthenticationError,
  errorFromResponse,
  HttpError,
  messageFromErrorBody,
  RateLimitError,
  ServerError,
  parseRetryAfter,
} from '../errors.js';
import type { BodyFormat } from './body-decoder.js';

/** Error bodies are read up to this many bytes: enough for any message, bounded for hostile servers. */
export const maxErrorBodyBytes = 64 * 1024;

/** Reads at most `limit` bytes of the body as text, then lets the connection go. */
export async function readBoundedText(response: Response, limit = maxErrorBodyBytes): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      const piece = value.byteLength > limit - size ? value.subarray(0, limit - size) : value;
      size += piece.byteLength;
      text += decoder.decode(piece, { stream: true });
    }
    await reader.cancel().catch(() => undefined);
  } catch {
    // A body cut while we read an error is still an error: report what arrived.
  }
  return text + decoder.decode();
}

function mediaType(response: Response): string {
  return (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

const isJsonType = (type: string) => type === 'application/json' || type.endsWith('+json');
const isHtmlType = (type: string) => type === 'text/html' || type === 'application/xhtml+xml';
const lineDelimitedTypes = new Set(['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines']);

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
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const record = parsed as Record<string, unknown>;
  const inner = record.error && typeof record.error === 'object' ? (record.error as Record<string, unknown>) : {};
  for (const value of [inner.status, inner.code, inner.type, record.status, record.statusCode, record.code, record.type]) {
    const status = statusOfValue(value);
    if (status) return status;
  }
  return undefined;
}

function typedError(message: string, status: number, body: string, headers: Headers): HttpError {
  if (status === 429) return new RateLimitError(message, status, body, parseRetryAfter(headers.get('retry-after')));
  if (status === 401 || status === 403) return new AuthenticationError(message, status, body);
  if (status >= 500) return new ServerError(message, status, body);
  return new HttpError(message, status, body);
}

/**
 * A 503 may say when to come back too (RFC 9110 10.2.3); `ServerError` has no field for it, so the
 * wait is set on the error as `retryAfter` (ms), the same name `RateLimitError` uses.
 */
function withRetryAfter(error: HttpError, headers: Headers): HttpError {
  if (error instanceof RateLimitError || error.status !== 503) return error;
  const retryAfter = parseRetryAfter(headers.get('retry-after'));
  if (retryAfter !== undefined) Object.defineProperty(error, 'retryAfter', { value: retryAfter, enumerable: true });
  return error;
}

function htmlTitle(body: string): string | undefined {
  // Found with indexOf, not one pattern: `<title[^>]*>` retried at every `<title` of a hostile
  // body is quadratic.
  const lower = body.toLowerCase();
  const open = lower.indexOf('<title');
  const start = open === -1 ? -1 : lower.indexOf('>', open);
  const end = start === -1 ? -1 : lower.indexOf('</title>', start);
  if (end === -1 || body.slice(start + 1, end).includes('<')) return undefined;
  return body.slice(start + 1, end).replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * Decides how to read a response, before any parsing. Non-2xx answers and 2xx answers that are not
 * a stream (JSON from a provider that ignored `stream: true`, an HTML error page) become typed
 * errors carrying the status, the body text and the body's own message.
 * `unknown` means no usable content type: the body's first line decides.
 */
export async function checkResponse(response: Response): Promise<BodyFormat | 'unknown'> {
  const { status, headers } = response;
  if (!response.ok) throw withRetryAfter(errorFromResponse(status, response.statusText, await readBoundedText(response), headers), headers);
  const type = mediaType(response);
  if (type === 'text/event-stream') return 'sse';
  if (type === '' || type === 'application/octet-stream') return 'unknown';
  if (isJsonType(type)) {
    const body = await readBoundedText(response);
    const message =
      messageFromErrorBody(body) ?? `The server answered with JSON (HTTP ${status}) instead of a stream; does the endpoint stream its reply?`;
    throw typedError(message, statusFromErrorBody(body) ?? status, body, headers);
  }
  if (isHtmlType(type)) {
    const body = await readBoundedText(response);
    const title = htmlTitle(body);
    throw new HttpError(`The server answered with an HTML page (HTTP ${status}) instead of a stream${title ? `: ${title}` : ''}`, status, body);
  }
  if (type.startsWith('text/') || lineDelimitedTypes.has(type)) return 'text';
  await response.body?.cancel().catch(() => undefined);
  throw new HttpError(`The server answered with ${type} (HTTP ${status}) instead of a stream`, status);
}

import { HttpError } from '../errors.js';
import { errorFromResponse, httpError, messageFromErrorBody, statusFromErrorBody } from './http-error.js';
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
  if (!response.ok) throw errorFromResponse(status, response.statusText, await readBoundedText(response), headers);
  const type = mediaType(response);
  if (type === 'text/event-stream') return 'sse';
  if (type === '' || type === 'application/octet-stream') return 'unknown';
  if (isJsonType(type)) {
    const body = await readBoundedText(response);
    const message =
      messageFromErrorBody(body) ?? `The server answered with JSON (HTTP ${status}) instead of a stream; does the endpoint stream its reply?`;
    throw httpError(message, statusFromErrorBody(body) ?? status, body, headers);
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

import type { ChatRequest } from '../types.js';
import type { TransportRequest } from './types.js';

/** Shapes the request body from the conversation. Objects are JSON-encoded; `BodyInit` is sent as is. */
export type RequestBodyShaper = (request: ChatRequest) => BodyInit | object;

/** Request headers, or a (possibly async) function returning them: a CSRF token, an Authorization header. */
export type HeadersOption = HeadersInit | ((request: ChatRequest) => HeadersInit | Promise<HeadersInit>);

export interface EncodedBody {
  body: BodyInit;
  /** The body is JSON text, so it is sent as `application/json`. */
  json: boolean;
}

/** The request without its abort signal: what body shapers and header functions see. */
export function chatRequestOf(request: TransportRequest): ChatRequest {
  const { signal: _signal, ...chat } = request;
  return chat;
}

function isBodyInit(value: unknown): value is BodyInit {
  return (
    typeof value === 'string' ||
    value instanceof Blob ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    value instanceof FormData ||
    value instanceof URLSearchParams ||
    value instanceof ReadableStream
  );
}

/**
 * Builds the body: `{"prompt", "messages"}` by default, or what `shape` returns. A string that
 * looks like JSON counts as JSON, since `body: (r) => JSON.stringify(...)` is the common way to write it.
 */
export function encodeRequestBody(request: ChatRequest, shape?: RequestBodyShaper): EncodedBody {
  const { prompt, messages, attachments } = request;
  const value = shape ? shape(request) : attachments?.length ? { prompt, messages, attachments } : { prompt, messages };
  if (typeof value === 'string') return { body: value, json: /^\s*[[{]/.test(value) };
  if (isBodyInit(value)) return { body: value, json: false };
  return { body: JSON.stringify(value), json: true };
}

export async function resolveHeaders(option: HeadersOption | undefined, request: ChatRequest): Promise<Headers> {
  if (!option) return new Headers();
  return new Headers(typeof option === 'function' ? await option(request) : option);
}

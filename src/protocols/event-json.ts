import { messageFromErrorValue, ProtocolError, StreamError } from '../errors.js';
import type { ProtocolName } from './types.js';
import type { Usage } from '../types.js';

/** Parses an event's JSON data, or throws a `ProtocolError` naming the protocol and quoting the data. */
export function parseEventJson(protocol: ProtocolName, data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    throw new ProtocolError(`${protocol}: an event's data is not valid JSON: ${excerpt(data)}`);
  }
}

/** A short, single-line quotation of event data for error messages. */
export function excerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `«${line.length > max ? `${line.slice(0, max)}…` : line}»`;
}

/** The value as a plain object, or undefined (null, arrays and primitives are not records). */
export function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The value when it is a non-empty string. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The value when it is a finite number (token counts, indexes). */
export function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Builds the `StreamError` for an error the server sent inside the stream, in any of the common
 * shapes (`"text"`, `{message}`, `{error: "text"}`, `{error: {message, type, code}}`, `{errorText}`).
 */
export function streamErrorFrom(value: unknown, fallback = 'The server reported an error'): StreamError {
  const fields = record(value);
  const inner = record(fields?.error);
  const code = text(inner?.code) ?? text(inner?.type) ?? text(fields?.code) ?? (fields?.type !== 'error' ? text(fields?.type) : undefined);
  return new StreamError(messageFromErrorValue(value) ?? fallback, code);
}

/** An `error` event's data: JSON when it parses, else the raw text is the message. */
export function streamErrorFromData(data: string): StreamError {
  let value: unknown = data;
  try {
    value = JSON.parse(data);
  } catch {
    // Plain text is a fine error message.
  }
  return streamErrorFrom(value);
}

/** Token usage from two raw counts, or undefined when neither is a number. */
export function usageFrom(input: unknown, output: unknown): Usage | undefined {
  const inputTokens = count(input);
  const outputTokens = count(output);
  if (inputTokens === undefined && outputTokens === undefined) return undefined;
  const usage: Usage = {};
  if (inputTokens !== undefined) usage.inputTokens = inputTokens;
  if (outputTokens !== undefined) usage.outputTokens = outputTokens;
  return usage;
}

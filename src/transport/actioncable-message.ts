import type { StreamEvent } from './types.js';
import { eventFromFrame } from './websocket-frame.js';

/**
 * One ActionCable broadcast as one event, by the same rule as a WebSocket frame. ActionCable has
 * already decoded the JSON, so: a string is read like a text frame (plain text is default-event
 * data; a pre-encoded `{"event", "data"}` string is that event); an object with `event` and
 * `data` is that event (non-string data JSON-encoded); any other value (a chunk object such as
 * `{content, tool_calls}`) is default-event data as JSON, the text an SSE route writes after `data: `.
 */
export function eventFromBroadcast(message: unknown): StreamEvent {
  if (typeof message === 'string') return eventFromFrame(message);
  if (message && typeof message === 'object' && !Array.isArray(message)) {
    const fields = message as Record<string, unknown>;
    if ('event' in fields && 'data' in fields && (fields.event == null || typeof fields.event === 'string')) {
      const { event, data, id } = fields;
      const result: StreamEvent = { data: typeof data === 'string' ? data : (JSON.stringify(data) ?? 'null') };
      if (event) result.event = event;
      if (typeof id === 'string') result.id = id;
      return result;
    }
  }
  // Encoded once here, never re-parsed: the protocol adapter parses it.
  return { data: JSON.stringify(message) ?? 'null' };
}

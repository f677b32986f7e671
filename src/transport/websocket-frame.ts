import type { StreamEvent } from './types.js';

/**
 * One WebSocket (or ActionCable) message as one event: a JSON object with `event` and `data`
 * fields is that SSE event (non-string data is JSON-encoded, so protocol adapters see the text an
 * SSE server would have sent); anything else is the data of a default event.
 */
export function eventFromFrame(text: string): StreamEvent {
  if (text.trimStart().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { data: text };
    }
    if (isEventObject(parsed)) {
      const { event, data, id } = parsed;
      const result: StreamEvent = { data: typeof data === 'string' ? data : JSON.stringify(data) };
      if (event) result.event = event;
      if (typeof id === 'string') result.id = id;
      return result;
    }
  }
  return { data: text };
}

function isEventObject(value: unknown): value is { event?: string | null; data: unknown; id?: unknown } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return 'event' in record && 'data' in record && (record.event == null || typeof record.event === 'string');
}

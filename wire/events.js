// Wire events and their two carriers: the bytes of a `text/event-stream` body, and WebSocket frames.

/**
 * One event as a server writes it: an SSE event (`event` absent for default events; `id` where a
 * server numbers its events), or, for a plain-text format, a piece of body text in `data`.
 * @typedef {{ event?: string, data: string, id?: string }} WireEvent
 */

/** A JSON event: `data` is the JSON text of `value`. */
export function jsonEvent(/** @type {unknown} */ value, /** @type {string | undefined} */ event = undefined) {
  /** @type {WireEvent} */
  const result = { data: JSON.stringify(value) };
  if (event) result.event = event;
  return result;
}

/**
 * One server-sent event as text: optional `event:` line, one `data:` line per line of data, blank
 * line. https://html.spec.whatwg.org/multipage/server-sent-events.html
 */
export function formatEvent(/** @type {WireEvent} */ { event, data, id }) {
  const head = `${id === undefined ? '' : `id: ${id}\n`}${event ? `event: ${event}\n` : ''}`;
  return `${head}${data.split(/\r\n|\r|\n/).map((line) => `data: ${line}`).join('\n')}\n\n`;
}

/** The events as a `text/event-stream` body. */
export function toEventStream(/** @type {readonly WireEvent[]} */ events) {
  return events.map(formatEvent).join('');
}

/**
 * One event as a WebSocket frame: `{"event", "data"}` where `data` is exactly the text an SSE
 * `data:` line would carry (`event` is "message" for default events); plain text goes as it is.
 * @param {'sse' | 'text'} body
 * @param {WireEvent} event
 */
export function toFrame(body, event) {
  return body === 'text' ? event.data : JSON.stringify({ event: event.event ?? 'message', data: event.data });
}

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
  // Tells nginx-style proxies not to buffer the stream.
  'x-accel-buffering': 'no',
};

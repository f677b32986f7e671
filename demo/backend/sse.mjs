// Serializes one server-sent event the way servers write it: optional `event:` line, one `data:`
// line per line of data, blank line. https://html.spec.whatwg.org/multipage/server-sent-events.html

/** @param {{ event?: string, data: string, id?: string }} message */
export function formatEvent({ event, data, id }) {
  const head = `${id === undefined ? '' : `id: ${id}\n`}${event ? `event: ${event}\n` : ''}`;
  return `${head}${data.split(/\r\n|\r|\n/).map((line) => `data: ${line}`).join('\n')}\n\n`;
}

/** A JSON event: `data` is the JSON text of `value`. */
export function jsonEvent(value, event) {
  return event ? { event, data: JSON.stringify(value) } : { data: JSON.stringify(value) };
}

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
  // Tells nginx-style proxies not to buffer the stream.
  'x-accel-buffering': 'no',
};

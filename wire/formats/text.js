// A plain chunked text body holding only the answer. It has no way to report an error (a server
// failing mid-reply can only drop the connection), nor tool calls, usage or the model.

/** @type {import('./format.js').WireFormat} */
export const text = {
  name: 'text',
  body: 'text',
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' },
  carries: { toolCalls: false, toolResults: false, usage: false, model: false, errors: false },
  encoder() {
    return (step) => (step.type === 'text-delta' ? [{ data: step.delta }] : []);
  },
  errorBody(_status, message) {
    return { error: message };
  },
};

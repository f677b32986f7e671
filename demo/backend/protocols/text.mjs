// A plain chunked text body holding only the answer. It has no way to report an error, so a
// failure mid-reply drops the connection (`abortOnError`), as a crashing server would.

/** @type {import('./index.mjs').ProtocolWriter} */
export const text = {
  name: 'text',
  format: 'text',
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' },
  abortOnError: true,
  createEncoder() {
    return (step) => (step.type === 'text-delta' ? [{ data: step.delta }] : []);
  },
  errorBody(_status, message) {
    return { error: message };
  },
};

// The mock assistant over WebSocket (path /ws): the first message is the request
// ({"prompt", "messages"}); each wire event goes out as one frame `{"event", "data"}`, where
// `data` is exactly the text an SSE `data:` line would carry and `event` is "message" for
// default events. `?protocol=` picks the wire format (default rubyllm); the knobs match HTTP's.
import { WebSocketServer } from 'ws';
import { toFrame, wireFormats } from '../../wire/index.js';
import { createAnswer, failingAnswer } from './answer.mjs';
import { replyForFault, pacedEvents, readKnobs } from './stream.mjs';

const HTTP_ONLY_FAULT_MESSAGES = {
  429: 'Rate limit reached for requests. Please try again in 5s.',
  500: 'The server had an error while processing your request.',
  401: 'Not authorized to open this channel.',
  json: 'Streaming is not supported for this request.',
};

function parseRequest(data) {
  const text = String(data);
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : { prompt: String(value) };
  } catch {
    return { prompt: text };
  }
}

/**
 * Plays one reply onto an open socket.
 * @param {import('ws').WebSocket} socket
 */
export async function playOnSocket(socket, searchParams, request) {
  const name = searchParams.get('protocol') ?? 'rubyllm';
  const format = Object.hasOwn(wireFormats, name) ? wireFormats[name] : wireFormats.rubyllm;
  const { speed, fault, after } = readKnobs(searchParams);
  const answer = createAnswer(request);
  // Status codes have no meaning after the upgrade; the server reports them as an error event.
  const reply = fault in HTTP_ONLY_FAULT_MESSAGES ? failingAnswer(answer, 0, HTTP_ONLY_FAULT_MESSAGES[fault]) : replyForFault(answer, fault, after);
  const isClosed = () => socket.readyState !== socket.OPEN;
  for await (const { step, events } of pacedEvents(format, reply, { speed, isClosed })) {
    if (step.type === 'error' && !format.carries.errors) return socket.terminate();
    for (const event of events) socket.send(toFrame(format.body, event));
  }
  if (isClosed()) return;
  if (fault === 'cut') socket.terminate();
  else socket.close(1000, 'done');
}

/** Serves /ws on an existing HTTP server through its `upgrade` event. */
export function attachWebSocket(server, path = '/ws') {
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return; // someone else's upgrade (Vite's HMR socket)
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.once('message', (data) => {
        playOnSocket(ws, url.searchParams, parseRequest(data)).catch(() => ws.terminate());
      });
    });
  });
  return wss;
}

// The mock assistant over WebSocket (path /ws): the first message is the request
// ({"prompt", "messages"}); each wire event goes out as one frame `{"event", "data"}`, where
// `data` is exactly the text an SSE `data:` line would carry and `event` is "message" for
// default events. `?protocol=` picks the wire format (default rubyllm); the knobs match HTTP's.
import { WebSocketServer } from 'ws';
import { createAnswerPlan, failingPlan } from './answer.mjs';
import { protocolWriters } from './protocols/index.mjs';
import { planForFault, pacedEvents, readKnobs } from './stream.mjs';

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

/** Encodes one wire event as a frame. */
export function toFrame(writer, event) {
  if (writer.format === 'text') return event.data;
  return JSON.stringify({ event: event.event ?? 'message', data: event.data });
}

/**
 * Plays one reply onto an open socket.
 * @param {import('ws').WebSocket} socket
 */
export async function playOnSocket(socket, searchParams, request) {
  const writer = protocolWriters[searchParams.get('protocol') ?? 'rubyllm'] ?? protocolWriters.rubyllm;
  const { speed, fault, after } = readKnobs(searchParams);
  let plan = createAnswerPlan(request);
  // Status codes have no meaning after the upgrade; the server reports them as an error event.
  plan = fault in HTTP_ONLY_FAULT_MESSAGES ? failingPlan(plan, 0, HTTP_ONLY_FAULT_MESSAGES[fault]) : planForFault(plan, fault, after);
  const isClosed = () => socket.readyState !== socket.OPEN;
  for await (const { step, events } of pacedEvents(writer, plan, { speed, isClosed })) {
    if (step.type === 'error' && writer.abortOnError) return socket.terminate();
    for (const event of events) socket.send(toFrame(writer, event));
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

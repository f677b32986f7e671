// A real WebSocket server for browser tests. The client connects to ws://127.0.0.1:<port>/?script=…
// (base64url JSON); after the client's first message (the request), the server plays the script:
//   Step: { send: "text frame" } | { binary: "base64 bytes" } | { delay: ms } | { close: code | null, reason? } | { terminate: true } | { hang: true }
// Resuming server (`resume: { cuts: [k0, k1, ...] }`): steps may carry `id` (the id of the event
// that step sends). A request (first message) that is JSON with `lastEventId` plays the steps after
// the one with that id. Connection n (counted per tag, or per script) is terminated (1006) before
// its (k_n + 1)-th step with an id; connections past the list play to the end.
// Each connection's first message is recorded; GET http://…/requests?tag=name returns them.
// GET http://…/connections?tag=name returns { request, closeCode, closeReason, closedByClient } per
// connection (close fields once the socket has closed).
// A script too long for a URL: POST it (JSON text) to http://…/scripts, which answers { id }, and
// connect with ?stored=<id> instead of ?script=.
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function resumePlan(script, request, connection) {
  let steps = script.steps ?? [];
  let lastEventId;
  try {
    lastEventId = JSON.parse(request).lastEventId;
  } catch {
    lastEventId = undefined;
  }
  if (lastEventId !== undefined) {
    const at = steps.findIndex((step) => step.id === lastEventId);
    if (at >= 0) steps = steps.slice(at + 1);
  }
  const cuts = script.resume.cuts ?? [];
  if (connection >= cuts.length) return steps;
  const planned = [];
  let events = 0;
  for (const step of steps) {
    if (step.id !== undefined && events++ === cuts[connection]) return [...planned, { terminate: true }];
    planned.push(step);
  }
  return planned;
}

export async function startWebSocketServer() {
  const connectionCounts = new Map();
  const recorded = new Map();
  const connections = new Map();
  const stored = new Map();
  const http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('content-type', 'application/json');
    if (req.method === 'POST' && url.pathname === '/scripts') {
      const parts = [];
      req.on('data', (part) => parts.push(part));
      req.on('end', () => {
        const id = `stored-${stored.size + 1}`;
        stored.set(id, Buffer.concat(parts).toString('base64url'));
        res.end(JSON.stringify({ id }));
      });
      return;
    }
    const source = url.pathname === '/connections' ? connections : recorded;
    res.end(JSON.stringify(source.get(url.searchParams.get('tag')) ?? []));
  });
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (socket, req) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const scriptText = stored.get(url.searchParams.get('stored')) ?? url.searchParams.get('script') ?? 'e30';
    const script = JSON.parse(Buffer.from(scriptText, 'base64url').toString('utf8'));
    const tag = url.searchParams.get('tag');
    let connectionIndex = 0;
    if (script.resume) {
      const key = tag ? `tag:${tag}` : `script:${scriptText}`;
      connectionIndex = connectionCounts.get(key) ?? 0;
      connectionCounts.set(key, connectionIndex + 1);
    }
    const connection = { request: null, closeCode: null, closeReason: null, closedByClient: null };
    if (tag) connections.set(tag, [...(connections.get(tag) ?? []), connection]);
    let serverClosed = false;
    socket.on('close', (code, reason) => {
      Object.assign(connection, { closeCode: code, closeReason: String(reason), closedByClient: !serverClosed });
    });
    socket.once('message', async (data) => {
      connection.request = String(data);
      if (tag) recorded.set(tag, [...(recorded.get(tag) ?? []), String(data)]);
      const steps = script.resume ? resumePlan(script, String(data), connectionIndex) : (script.steps ?? []);
      for (const step of steps) {
        if (socket.readyState !== socket.OPEN) return;
        if ('delay' in step) await sleep(step.delay);
        else if ('send' in step) socket.send(step.send);
        else if ('binary' in step) socket.send(Buffer.from(step.binary, 'base64'));
        else if ('close' in step) {
          serverClosed = true;
          // `close: null` closes without a status code (the client then sees 1005).
          return socket.close(step.close ?? undefined, step.reason);
        } else if ('terminate' in step) {
          serverClosed = true;
          return socket.terminate();
        } else if ('hang' in step) return;
      }
      if (script.close !== false) {
        serverClosed = true;
        socket.close(1000, 'done');
      }
    });
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address();
  return { port, close: () => new Promise((resolve) => { wss.close(); http.close(resolve); }) };
}

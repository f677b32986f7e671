// A real WebSocket server for browser tests. The client connects to ws://127.0.0.1:<port>/?script=…
// (base64url JSON); after the client's first message (the request), the server plays the script:
//   Step: { send: "text frame" } | { binary: "base64 bytes" } | { delay: ms } | { close: code | null, reason? } | { terminate: true } | { hang: true }
// Each connection's first message is recorded; GET http://…/requests?tag=name returns them.
// GET http://…/connections?tag=name returns { request, closeCode, closeReason, closedByClient } per
// connection (close fields once the socket has closed).
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startWebSocketServer() {
  const recorded = new Map();
  const connections = new Map();
  const http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('content-type', 'application/json');
    const source = url.pathname === '/connections' ? connections : recorded;
    res.end(JSON.stringify(source.get(url.searchParams.get('tag')) ?? []));
  });
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (socket, req) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const script = JSON.parse(Buffer.from(url.searchParams.get('script') ?? 'e30', 'base64url').toString('utf8'));
    const tag = url.searchParams.get('tag');
    const connection = { request: null, closeCode: null, closeReason: null, closedByClient: null };
    if (tag) connections.set(tag, [...(connections.get(tag) ?? []), connection]);
    let serverClosed = false;
    socket.on('close', (code, reason) => {
      Object.assign(connection, { closeCode: code, closeReason: String(reason), closedByClient: !serverClosed });
    });
    socket.once('message', async (data) => {
      connection.request = String(data);
      if (tag) recorded.set(tag, [...(recorded.get(tag) ?? []), String(data)]);
      for (const step of script.steps ?? []) {
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

// A real WebSocket server for browser tests. The client connects to ws://127.0.0.1:<port>/?script=…
// (base64url JSON); after the client's first message (the request), the server plays the script:
//   Step: { send: "text frame" } | { delay: ms } | { close: code, reason? } | { terminate: true } | { hang: true }
// Each connection's first message is recorded; GET http://…/requests?tag=name returns them.
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startWebSocketServer() {
  const recorded = new Map();
  const http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(recorded.get(url.searchParams.get('tag')) ?? []));
  });
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (socket, req) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const script = JSON.parse(Buffer.from(url.searchParams.get('script') ?? 'e30', 'base64url').toString('utf8'));
    const tag = url.searchParams.get('tag');
    socket.once('message', async (data) => {
      if (tag) recorded.set(tag, [...(recorded.get(tag) ?? []), String(data)]);
      for (const step of script.steps ?? []) {
        if (socket.readyState !== socket.OPEN) return;
        if ('delay' in step) await sleep(step.delay);
        else if ('send' in step) socket.send(step.send);
        else if ('close' in step) return socket.close(step.close, step.reason);
        else if ('terminate' in step) return socket.terminate();
        else if ('hang' in step) return;
      }
      if (script.close !== false) socket.close(1000, 'done');
    });
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address();
  return { port, close: () => new Promise((resolve) => { wss.close(); http.close(resolve); }) };
}

// The bench's HTTP server: static files (bench pages, dist/, a few node_modules packages) and the
// SSE workloads, streamed for real over a socket.
//
//   POST|GET /reply?wire=rubyllm|deepchat&bytes=N&chunks=M[&rate=R][&run=ID]
//     rate absent: the whole body in one write (what a buffering proxy delivers);
//     rate=R: R chunks per second, paced by the clock (every chunk that is due is written).
//   GET /stream-end?run=ID   {"endEpochMs"}: when the server wrote the last byte of that run
//   GET /history.json?count=N
//
// `node bench/server.mjs [port]` serves on its own, for looking at the pages by hand.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cutIntoChunks, historyMessages, markdownReply, sseEnd, sseEvent } from './workload.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
// Only these folders are served: the pages, the build, and the packages the pages load.
const servedRoots = ['bench/pages/', 'dist/', 'node_modules/eventsource-parser/', 'node_modules/deep-chat/'];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

const replies = new Map();
/** The events of one reply, built once per (wire, bytes, chunks). */
function replyEvents(wire, bytes, chunks) {
  const key = `${wire}/${bytes}/${chunks}`;
  let events = replies.get(key);
  if (!events) {
    events = cutIntoChunks(markdownReply(bytes), chunks).map((chunk) => sseEvent(wire, chunk));
    const end = sseEnd(wire);
    if (end) events.push(end);
    replies.set(key, events);
  }
  return events;
}

const streamEnds = new Map();

function streamReply(req, res, params) {
  const wire = params.get('wire') === 'deepchat' ? 'deepchat' : 'rubyllm';
  const bytes = Number(params.get('bytes') ?? 16384);
  const chunks = Number(params.get('chunks') ?? 4096);
  const rate = Number(params.get('rate') ?? 0);
  const run = params.get('run') ?? '';
  const events = replyEvents(wire, bytes, chunks);
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'access-control-allow-origin': '*' });
  res.flushHeaders();
  // The stream's end is when its last bytes are handed to the socket.
  const finish = () => {
    streamEnds.set(run, Date.now());
    res.end();
  };
  // Drain the request body (the prompt) so the socket stays healthy; its content does not matter.
  req.resume();
  if (!rate) {
    res.write(events.join(''));
    finish();
    return;
  }
  const start = performance.now();
  let sent = 0;
  const tick = () => {
    if (res.destroyed) return;
    const due = Math.min(events.length, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
    if (due > sent) {
      res.write(events.slice(sent, due).join(''));
      sent = due;
    }
    if (sent >= events.length) finish();
    else setTimeout(tick, 1);
  };
  tick();
}

function serveFile(res, path) {
  const file = normalize(join(root, path));
  const relative = file.slice(root.length + 1).replaceAll('\\', '/');
  if (!file.startsWith(root) || !servedRoots.some((prefix) => relative.startsWith(prefix))) {
    res.writeHead(404).end('not served');
    return;
  }
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
  } catch {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
}

/** Starts the server; resolves with its origin and a way to read when a run's stream ended. */
export function startServer(port = 0) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/reply') return streamReply(req, res, url.searchParams);
    if (url.pathname === '/stream-end') {
      const end = streamEnds.get(url.searchParams.get('run') ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ endEpochMs: end ?? null }));
      return;
    }
    if (url.pathname === '/history.json') {
      const count = Number(url.searchParams.get('count') ?? 2000);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(historyMessages(count)));
      return;
    }
    if (url.pathname === '/') return serveFile(res, 'bench/pages/index.html');
    serveFile(res, decodeURIComponent(url.pathname));
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      done({
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
        streamEnd: (run) => streamEnds.get(run),
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
    // Keep-alive sockets from the browser must not hold the process open at the end.
    server.on('connection', (socket) => socket.unref());
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer(Number(process.argv[2] ?? 8787));
  console.log(`bench server on ${origin}/bench/pages/`);
}

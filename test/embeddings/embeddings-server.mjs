// A real HTTP server for the embedding tests: the repo's files as they are (built bundles in
// dist/ and dist-demo/, the script-tag pages in demo/) and the demo's mock assistant at
// /api/chat/:protocol, recording when each chat connection closes and whether its reply finished.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleChatRoute } from '../../demo/backend/chat-route.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

async function serveFile(res, pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root + sep) || path.includes(`${sep}node_modules${sep}`)) return false;
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the server on a free port of 127.0.0.1.
 * `chats` lists every chat request: `{ url, closed, finished }`; `closed` turns true when its
 * connection ends, `finished` says whether the server had written the whole reply by then.
 */
export async function startEmbeddingsServer() {
  const chats = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname.startsWith('/api/chat/')) {
        const entry = { url: url.pathname + url.search, closed: false, finished: false };
        chats.push(entry);
        res.on('close', () => {
          entry.closed = true;
          entry.finished = res.writableFinished;
        });
        if (await handleChatRoute(req, res, url)) return;
      }
      if (req.method === 'GET' && (await serveFile(res, url.pathname))) return;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`Not found: ${url.pathname}`);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    chats,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

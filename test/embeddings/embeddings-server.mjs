// A real HTTP server for the embedding tests: the repo's files as they are (built bundles in
// dist/ and dist-demo/, the script-tag pages in demo/) and the demo's mock assistant at
// /api/chat/:protocol, recording when each chat connection closes and whether its reply finished.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { handleChatRoute } from '../../demo/backend/chat-route.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Files are read per request (`dev`), not indexed up front: the repository is large, and the
// builds change between runs.
const serveFile = sirv(root, { dev: true, etag: false });

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
      const notFound = () => res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${url.pathname}`);
      // The pages load built bundles only, never packages straight from node_modules.
      if (req.method !== 'GET' || url.pathname.includes('/node_modules/')) return notFound();
      res.setHeader('cache-control', 'no-store');
      serveFile(req, res, notFound);
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

// The demo: one HTTP server that serves the demo page, the mock assistant backend (every wire
// protocol, over HTTP and WebSocket) and, through Vite in middleware mode, the kit's TypeScript
// sources as-is, so `npm run demo` needs no build step.
//
//   PORT (default 5173), HOST (default 127.0.0.1)
//   OPENAI_BASE_URL, OPENAI_API_KEY, MODEL: optional; enable POST /api/openai-proxy
import { createServer as createHttpServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer as createViteServer } from 'vite';
import { handleChatRoute } from './backend/chat-route.mjs';
import { attachWebSocket } from './backend/websocket.mjs';
import { handleOpenAIProxy, readProxyConfig } from './backend/openai-proxy.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pagePath = fileURLToPath(new URL('./index.html', import.meta.url));
const port = Number(process.env.PORT) || 5173;
const host = process.env.HOST || '127.0.0.1';
const proxy = readProxyConfig();

const server = createHttpServer();

const vite = await createViteServer({
  root,
  // The repo's vite.config.ts is the library build (production define, lib mode); not for this.
  configFile: false,
  appType: 'custom',
  clearScreen: false,
  logLevel: 'warn',
  // nanostores reads process.env.NODE_ENV, which browsers lack.
  define: {
    'process.env.NODE_ENV': JSON.stringify('development'),
    // Vue's full build reads these flags; left undefined it warns in the console.
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  server: { middlewareMode: true, hmr: { server } },
  // Crawl from the page at startup, so the first visit does not stop to re-bundle dependencies
  // and reload itself.
  optimizeDeps: {
    entries: ['demo/**/*.html'],
    include: ['lit', '@lit/context', 'nanostores', 'eventsource-parser', 'dompurify', 'marked', '@rails/actioncable', 'react', 'react-dom/client', 'react/jsx-dev-runtime', '@lit/react', 'vue/dist/vue.esm-bundler.js'],
  },
});

function sendJson(res, status, value) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/** The HTML file for a page URL: `/` is the demo; other pages live under /demo/ (states, embeddings). */
function pageFile(pathname) {
  if (pathname === '/' || pathname === '/index.html') return pagePath;
  if (!pathname.startsWith('/demo/')) return null;
  const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  return file.startsWith(join(root, 'demo')) && file.endsWith('.html') && existsSync(file) ? file : null;
}

async function servePage(req, res, file) {
  const html = await vite.transformIndexHtml(req.url ?? '/', await readFile(file, 'utf8'));
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

server.on('request', async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  try {
    if (await handleChatRoute(req, res, url)) return;
    if (await handleOpenAIProxy(req, res, url, proxy)) return;
    if (url.pathname === '/api/config') return sendJson(res, 200, { realModel: proxy ? proxy.model : null });
    // `page.html?html-proxy&index=0.js` is Vite's URL for a page's inline module script, not the page.
    const page = url.searchParams.has('html-proxy') ? null : pageFile(url.pathname);
    if (page) return await servePage(req, res, page);
    vite.middlewares(req, res, () => sendJson(res, 404, { error: `Not found: ${url.pathname}` }));
  } catch (error) {
    console.error(error);
    if (!res.headersSent) sendJson(res, 500, { error: String(error?.message ?? error) });
    else res.socket?.destroy();
  }
});

attachWebSocket(server);

server.listen(port, host, () => {
  console.log(`chat-stream-elements demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
  if (proxy) console.log(`Real model: ${proxy.model} via ${proxy.baseUrl} (POST /api/openai-proxy)`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    server.close();
    // Open streams and keep-alive sockets would otherwise hold the process for seconds.
    server.closeAllConnections();
    await vite.close();
    process.exit(0);
  });
}

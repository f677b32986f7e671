// POST /api/openai-proxy: forwards the request body untouched to an OpenAI-compatible
// `${OPENAI_BASE_URL}/chat/completions` and streams the answer back as it arrives, so the page can
// talk to a real model without exposing the key to the browser.
import { Readable } from 'node:stream';

function readBody(req) {
  return new Promise((resolve, reject) => {
    const parts = [];
    req.on('data', (part) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

/** The proxy's settings from the environment, or null when OPENAI_BASE_URL is unset. */
export function readProxyConfig(env = process.env) {
  if (!env.OPENAI_BASE_URL) return null;
  return { baseUrl: env.OPENAI_BASE_URL.replace(/\/+$/, ''), apiKey: env.OPENAI_API_KEY, model: env.MODEL || 'gpt-4o-mini' };
}

/** Handles the proxy route; returns false when the path is not ours or no upstream is set. */
export async function handleOpenAIProxy(req, res, url, config) {
  if (url.pathname !== '/api/openai-proxy' || !config) return false;
  if (req.method !== 'POST') {
    res.writeHead(405, { allow: 'POST' });
    res.end();
    return true;
  }
  const body = await readBody(req);
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  let upstream;
  try {
    upstream = await fetch(`${config.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: req.headers.accept ?? 'text/event-stream',
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body,
      signal: abort.signal,
    });
  } catch (error) {
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message: `Upstream unreachable: ${error.message}`, type: 'proxy_error' } }));
    return true;
  }
  const headers = { 'cache-control': 'no-cache', 'x-accel-buffering': 'no' };
  for (const name of ['content-type', 'retry-after']) {
    const value = upstream.headers.get(name);
    if (value) headers[name] = value;
  }
  res.writeHead(upstream.status, headers);
  res.flushHeaders();
  if (!upstream.body) {
    res.end();
    return true;
  }
  Readable.fromWeb(upstream.body)
    .on('error', () => res.socket?.destroy())
    .pipe(res);
  return true;
}

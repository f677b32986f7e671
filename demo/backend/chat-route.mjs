// GET|POST /api/chat/:protocol: the mock assistant over HTTP, with the fault knobs of stream.mjs.
import { wireFormats } from '../../wire/index.js';
import { createAnswer } from './answer.mjs';
import { findReply, followReply, startReply } from './reply-store.mjs';
import { replyForFault, readKnobs, writeHttpError, writeStream } from './stream.mjs';

const HTTP_FAULTS = {
  429: { message: 'Rate limit reached for requests. Please try again in 5s.', headers: { 'retry-after': '5' } },
  500: { message: 'The server had an error while processing your request.' },
  401: { message: 'Incorrect API key provided.' },
};

function readBody(req) {
  return new Promise((resolve, reject) => {
    const parts = [];
    req.on('data', (part) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

/** The request as {prompt, messages, model}: from the query (GET) or the JSON body (POST). */
async function readChatRequest(req, url) {
  if (req.method !== 'POST') return { prompt: url.searchParams.get('prompt') ?? '', messages: [] };
  const text = await readBody(req);
  return text ? JSON.parse(text) : {};
}

/**
 * Handles one chat request; returns false when the path is not ours.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function handleChatRoute(req, res, url) {
  const match = /^\/api\/chat\/([\w-]+)\/?$/.exec(url.pathname);
  if (!match) return false;
  res.setHeader('access-control-allow-origin', '*');
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET, POST' });
    res.end();
    return true;
  }
  const format = Object.hasOwn(wireFormats, match[1]) ? wireFormats[match[1]] : undefined;
  if (!format) {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: `Unknown protocol "${match[1]}"; try one of ${Object.keys(wireFormats).join(', ')}` }));
    return true;
  }
  const { speed, fault, after } = readKnobs(url.searchParams);
  // A page reloaded mid-reply picks its reply up (the SSE transport's resume does the same after a drop).
  const lastEventId = req.headers['last-event-id'];
  if (lastEventId && format.body === 'sse') {
    const found = findReply(lastEventId);
    if (!found) {
      writeHttpError(res, format, 404, 'That reply is over or unknown, so it cannot be resumed.');
      return true;
    }
    res.writeHead(200, format.headers);
    res.flushHeaders();
    await followReply(res, found.reply, found.after);
    return true;
  }
  let request;
  try {
    request = await readChatRequest(req, url);
  } catch {
    writeHttpError(res, format, 400, 'The request body is not valid JSON.');
    return true;
  }
  const httpFault = HTTP_FAULTS[fault];
  if (httpFault) {
    writeHttpError(res, format, Number(fault), httpFault.message, httpFault.headers);
    return true;
  }
  if (fault === 'json') {
    // A provider that ignored `stream: true` (or failed before streaming) answers with plain JSON.
    writeHttpError(res, format, 200, 'Streaming is not supported for this request.', {}, 400);
    return true;
  }
  const reply = replyForFault(createAnswer(request), fault, after);
  if (format.body === 'sse' && fault !== 'cut') {
    res.writeHead(200, format.headers);
    res.flushHeaders();
    res.socket?.setNoDelay(true);
    await followReply(res, startReply(format, reply, { speed }));
    return true;
  }
  await writeStream(res, format, reply, { speed, cut: fault === 'cut' });
  return true;
}

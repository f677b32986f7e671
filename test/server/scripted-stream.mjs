// A real HTTP endpoint for browser tests: plays a "script" of writes, delays and faults onto the
// socket, so tests can choose exact byte boundaries, timing, status codes and connection cuts.
//
//   GET|POST /__stream?script=<base64url JSON>[&tag=name]
//   POST     /__scripts        stores a script too long for a URL (JSON body); answers { id } for
//                                /__stream?stored=<id> in place of ?script=
//   GET      /__requests/<tag>   the requests recorded under that tag (method, url, headers, body,
//                                and `outcome` once known: "finished", "cut" or "client-closed")
//
// Script: { status?, headers?, steps: Step[], end?, resume? }
//   Step: { write: "utf-8 text" } | { b64: "raw bytes" } | { delay: ms } | { cut: true, after?: ms }
//         | { hang: true } | { repeat: "text", times: n }   (large bodies without a large URL)
//         | { trickle: "utf-8 text", size?: n }   (the text's bytes in writes of n bytes, default 1)
//   `cut` waits `after` ms (default 20) for the bytes written to leave, then drops the connection.
//
// Resuming server (`resume: { cuts: [k0, k1, ...] }`): steps may carry `id` (the id of the event
// that step completes). A request with `Last-Event-ID` plays the steps after the one with that id
// (from the start when no step has it). Connection n (counted per tag, or per script without a
// tag) is cut before its (k_n + 1)-th step with an id (goes silent there instead with
// `silent: true`); connections past the list play to the end.
// `statuses: [s0, s1, ...]` answers connection n with status s_n and an empty body instead
// (a 429/503 before the stream, say), with `retryAfter` as its Retry-After header.

const recorded = new Map();
// Scripts posted to /__scripts, by id, as base64url JSON (what ?script= carries).
const storedScripts = new Map();
// Connections made so far per tag (or per script), for resuming scripts.
const connectionCounts = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req) {
  return new Promise((resolve) => {
    const parts = [];
    req.on('data', (part) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

export function decodeScript(value) {
  return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
}

// Which steps this connection plays, and after how many id-carrying steps it is cut.
function resumePlan(script, lastEventId, connection) {
  let steps = script.steps ?? [];
  if (lastEventId !== undefined) {
    const at = steps.findIndex((step) => step.id === lastEventId);
    if (at >= 0) steps = steps.slice(at + 1);
  }
  const cuts = script.resume?.cuts ?? [];
  if (connection >= cuts.length) return steps;
  const planned = [];
  let events = 0;
  for (const step of steps) {
    if (step.id !== undefined && events++ === cuts[connection]) {
      planned.push(script.resume.silent ? { hang: true } : { cut: true });
      return planned;
    }
    planned.push(step);
  }
  return planned;
}

async function play(req, res, script, entry = {}, connection = 0) {
  const status = script.statuses?.[connection];
  if (status !== undefined) {
    const retryAfter = script.retryAfter === undefined ? {} : { 'retry-after': String(script.retryAfter) };
    res.writeHead(status, { 'content-type': 'application/json', ...retryAfter });
    res.end(JSON.stringify({ error: { message: `scripted status ${status}` } }));
    entry.outcome = 'finished';
    return;
  }
  const headers = { 'cache-control': 'no-cache', ...(script.headers ?? { 'content-type': 'text/event-stream' }) };
  res.writeHead(script.status ?? 200, headers);
  res.flushHeaders();
  let closed = false;
  res.on('close', () => {
    closed = true;
    // The client went away before the script ended (a stop, an idle timeout, a cancelled read).
    entry.outcome ??= res.writableFinished ? 'finished' : 'client-closed';
  });
  const lastEventId = req.headers['last-event-id'];
  const steps = script.resume || script.statuses ? resumePlan(script, lastEventId, connection) : (script.steps ?? []);
  for (const step of steps) {
    if (closed) return;
    if ('delay' in step) await sleep(step.delay);
    else if ('write' in step) res.write(step.write);
    else if ('b64' in step) res.write(Buffer.from(step.b64, 'base64'));
    else if ('repeat' in step) res.write(step.repeat.repeat(step.times));
    else if ('trickle' in step) {
      const bytes = Buffer.from(step.trickle, 'utf8');
      const size = Math.max(1, step.size ?? 1);
      for (let at = 0; at < bytes.length && !closed; at += size) {
        res.write(bytes.subarray(at, at + size));
        // Let each write leave on its own instead of joining the next one in the socket's buffer.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    else if ('cut' in step) {
      // Let the bytes already written leave, then drop the connection without ending the body.
      await sleep(step.after ?? 20);
      entry.outcome ??= 'cut';
      res.socket?.destroy();
      return;
    } else if ('hang' in step) return; // keep the connection open and silent
  }
  if (script.end !== false) res.end();
}

export function scriptedStreamMiddleware() {
  return async (ctx, next) => {
    const path = ctx.path;
    if (path.startsWith('/__requests/')) {
      const tag = decodeURIComponent(path.slice('/__requests/'.length));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(recorded.get(tag) ?? []);
      return;
    }
    if (path === '/__scripts' && ctx.method === 'POST') {
      const id = `stored-${storedScripts.size + 1}`;
      storedScripts.set(id, Buffer.from(await readBody(ctx.req), 'utf8').toString('base64url'));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ id });
      return;
    }
    if (path !== '/__stream') return next();
    const body = await readBody(ctx.req);
    const tag = ctx.query.tag;
    const entry = { method: ctx.method, url: ctx.url, headers: ctx.headers, body };
    if (typeof tag === 'string') {
      const list = recorded.get(tag) ?? [];
      list.push(entry);
      recorded.set(tag, list);
    }
    const scriptText = storedScripts.get(String(ctx.query.stored)) ?? String(ctx.query.script ?? '');
    const script = decodeScript(scriptText);
    const key = typeof tag === 'string' ? `tag:${tag}` : `script:${scriptText}`;
    const counted = Boolean(script.resume || script.statuses);
    const connection = counted ? (connectionCounts.get(key) ?? 0) : 0;
    if (counted) connectionCounts.set(key, connection + 1);
    ctx.respond = false;
    await play(ctx.req, ctx.res, script, entry, connection);
  };
}

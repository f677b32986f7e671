// A real HTTP endpoint for browser tests: plays a "script" of writes, delays and faults onto the
// socket, so tests can choose exact byte boundaries, timing, status codes and connection cuts.
//
//   GET|POST /__stream?script=<base64url JSON>[&tag=name]
//   GET      /__requests/<tag>   the requests recorded under that tag (method, url, headers, body,
//                                and `outcome` once known: "finished", "cut" or "client-closed")
//
// Script: { status?, headers?, steps: Step[], end? }
//   Step: { write: "utf-8 text" } | { b64: "raw bytes" } | { delay: ms } | { cut: true } | { hang: true }
//         | { repeat: "text", times: n }   (large bodies without a large URL)

const recorded = new Map();

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

async function play(req, res, script, entry = {}) {
  const headers = { 'cache-control': 'no-cache', ...(script.headers ?? { 'content-type': 'text/event-stream' }) };
  res.writeHead(script.status ?? 200, headers);
  res.flushHeaders();
  let closed = false;
  res.on('close', () => {
    closed = true;
    // The client went away before the script ended (a stop, an idle timeout, a cancelled read).
    entry.outcome ??= res.writableFinished ? 'finished' : 'client-closed';
  });
  for (const step of script.steps ?? []) {
    if (closed) return;
    if ('delay' in step) await sleep(step.delay);
    else if ('write' in step) res.write(step.write);
    else if ('b64' in step) res.write(Buffer.from(step.b64, 'base64'));
    else if ('repeat' in step) res.write(step.repeat.repeat(step.times));
    else if ('cut' in step) {
      // Let the bytes already written leave, then drop the connection without ending the body.
      await sleep(20);
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
    if (path !== '/__stream') return next();
    const body = await readBody(ctx.req);
    const tag = ctx.query.tag;
    const entry = { method: ctx.method, url: ctx.url, headers: ctx.headers, body };
    if (typeof tag === 'string') {
      const list = recorded.get(tag) ?? [];
      list.push(entry);
      recorded.set(tag, list);
    }
    const script = decodeScript(String(ctx.query.script ?? ''));
    ctx.respond = false;
    await play(ctx.req, ctx.res, script, entry);
  };
}

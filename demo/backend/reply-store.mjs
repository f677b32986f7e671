// Replies that outlive their connection, so a page reloaded mid-reply can pick its reply up:
// each SSE reply runs on its own, numbering its events `<reply>.<n>` (the `id:` lines), and keeps
// them in memory until it completes (and a minute after, for a reload at the very end). A request
// with `Last-Event-ID: <reply>.<n>` gets the events after n, then the rest as they come.
// The mock writes a reply to its end even when nobody reads it: that costs nothing here.
import { randomUUID } from 'node:crypto';
import { formatEvent } from '../../wire/index.js';
import { pacedEvents } from './stream.mjs';

const KEEP_AFTER_END_MS = 60_000;
const replies = new Map();

/** Starts producing `answer` in `format` at `speed`; returns the reply to follow. */
export function startReply(format, answer, { speed }) {
  const reply = { id: randomUUID().slice(0, 8), events: [], done: false, wake: new Set() };
  replies.set(reply.id, reply);
  const wake = () => {
    for (const resolve of reply.wake) resolve();
    reply.wake.clear();
  };
  (async () => {
    try {
      for await (const { events } of pacedEvents(format, answer, { speed })) {
        for (const event of events) reply.events.push(formatEvent({ ...event, id: `${reply.id}.${reply.events.length}` }));
        wake();
      }
    } finally {
      reply.done = true;
      wake();
      setTimeout(() => replies.delete(reply.id), KEEP_AFTER_END_MS).unref();
    }
  })();
  return reply;
}

/** The reply a `Last-Event-ID` names, and the position after which to go on; undefined when it is gone. */
export function findReply(lastEventId) {
  const match = /^([\w-]+)\.(\d+)$/.exec(String(lastEventId ?? ''));
  const reply = match && replies.get(match[1]);
  return reply ? { reply, after: Number(match[2]) } : undefined;
}

/** Writes the reply's events after position `after` onto `res`, then each new one, until it ends or `res` closes. */
export async function followReply(res, reply, after = -1) {
  let closed = false;
  res.on('close', () => (closed = true));
  let next = after + 1;
  for (;;) {
    while (next < reply.events.length && !closed) res.write(reply.events[next++]);
    if (closed) return;
    if (reply.done) break;
    await new Promise((resolve) => reply.wake.add(resolve));
  }
  res.end();
}

// Plays a plan through a protocol writer at a realistic pace, onto a Node response, a WebSocket,
// or as an async generator of wire strings (for test servers that want the bytes).
import { createRandom, answerLength, failingPlan } from './answer.mjs';
import { formatEvent } from './sse.mjs';

const FIRST_TOKEN_MS = 250;
const TOOL_RUN_MS = 350;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function seedOf(plan) {
  return parseInt(plan.id, 36) || 1;
}

/** How long to wait before a step: model latency first, tool execution time, then per-token gaps. */
function delayBefore(step, speed, random) {
  if (!(speed > 0) || !Number.isFinite(speed)) return 0;
  if (step.type === 'start') return FIRST_TOKEN_MS;
  if (step.type === 'tool-result') return TOOL_RUN_MS;
  if (step.type === 'text-delta' || step.type === 'tool-delta') {
    // Real token gaps are uneven; ±50% around the mean keeps the average at `speed`.
    return (1000 / speed) * (0.5 + random());
  }
  return 0;
}

/**
 * The plan's events, paced. Yields `{ step, events }` per step.
 * @param {import('./protocols/index.mjs').ProtocolWriter} writer
 * @param {{ speed?: number, isClosed?: () => boolean }} [options] speed in tokens per second; 0 = no delays
 */
export async function* pacedEvents(writer, plan, { speed = 40, isClosed = () => false } = {}) {
  const encode = writer.createEncoder(plan);
  const random = createRandom(seedOf(plan));
  for (const step of plan.steps) {
    const wait = delayBefore(step, speed, random);
    if (wait > 0) await sleep(wait);
    if (isClosed()) return;
    yield { step, events: encode(step) };
  }
}

/** One wire event as bytes: an SSE event, or raw body text for `format: 'text'`. */
export function serialize(writer, event) {
  return writer.format === 'text' ? event.data : formatEvent(event);
}

/**
 * The plan as the strings a server writes, paced. For reuse by test servers.
 * @param {import('./protocols/index.mjs').ProtocolWriter} writer
 */
export async function* wireChunks(writer, plan, options) {
  for await (const { events } of pacedEvents(writer, plan, options)) {
    for (const event of events) yield serialize(writer, event);
  }
}

/**
 * The knobs a request can set in its query string.
 *   speed=tokens/s (0 = as fast as possible) · fault=fail|cut|429|500|401|json · after=N chars
 *   failAfter=N is shorthand for fault=fail&after=N; cut=N for fault=cut&after=N.
 */
export function readKnobs(searchParams) {
  const number = (name) => {
    const value = searchParams.get(name);
    if (value === null || value === '') return undefined;
    const parsed = Number(value);
    return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
  };
  let fault = searchParams.get('fault') || 'none';
  let after = number('after');
  if (number('failAfter') !== undefined) [fault, after] = ['fail', number('failAfter')];
  else if (searchParams.has('cut')) [fault, after] = ['cut', number('cut') ?? after];
  return { speed: number('speed') ?? 40, fault, after };
}

/**
 * The plan a fault turns the answer into: `fail` ends with the protocol's error event after
 * `after` characters; `cut` stops there (the caller then drops the connection). Default: half.
 */
export function planForFault(plan, fault, after) {
  const chars = after ?? Math.floor(answerLength(plan) / 2);
  if (fault === 'fail') return failingPlan(plan, chars);
  if (fault === 'cut') {
    const cut = failingPlan(plan, chars);
    return { ...cut, steps: cut.steps.slice(0, -1) };
  }
  return plan;
}

/**
 * Streams a plan onto a Node response, with the writer's headers.
 * @param {import('node:http').ServerResponse} res
 * @param {import('./protocols/index.mjs').ProtocolWriter} writer
 * @param {{ speed?: number, cut?: boolean }} [options] cut: drop the socket at the end instead of ending the body
 */
export async function writeStream(res, writer, plan, { speed = 40, cut = false } = {}) {
  let closed = false;
  res.on('close', () => (closed = true));
  res.writeHead(200, writer.headers);
  res.flushHeaders();
  // Each token leaves in its own packet rather than waiting for Nagle's algorithm.
  res.socket?.setNoDelay(true);
  for await (const { step, events } of pacedEvents(writer, plan, { speed, isClosed: () => closed })) {
    if (step.type === 'error' && writer.abortOnError) return dropConnection(res);
    for (const event of events) res.write(serialize(writer, event));
  }
  if (closed) return;
  if (cut) return dropConnection(res);
  res.end();
}

async function dropConnection(res) {
  // Let the bytes already written leave, then close without finishing the chunked body.
  await sleep(20);
  res.socket?.destroy();
}

/**
 * Sends an HTTP error response with the body the protocol's provider would send.
 * `bodyStatus` picks the error type in the body when it differs from the status line (a 200 JSON error).
 */
export function writeHttpError(res, writer, status, message, headers = {}, bodyStatus = status) {
  const body = JSON.stringify(writer.errorBody(bodyStatus, message));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

// Plays a reply in one wire format at a realistic pace, onto a Node response or a WebSocket.
// The events come from the one reply encoder (wire/); pacing, faults and sockets live here.
import { encodeSteps, formatEvent } from '../../wire/index.js';
import { createRandom, answerLength, failingAnswer } from './answer.mjs';

const FIRST_TOKEN_MS = 250;
const TOOL_RUN_MS = 350;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function seedOf(reply) {
  return parseInt(reply.id, 36) || 1;
}

/** How long to wait before a step: model latency first, tool execution time, then per-token gaps. */
function delayBefore(step, speed, random) {
  if (!(speed > 0) || !Number.isFinite(speed)) return 0;
  if (step.type === 'start') return FIRST_TOKEN_MS;
  if (step.type === 'tool-result') return TOOL_RUN_MS;
  if (step.type === 'text-delta' || step.type === 'tool-input-delta') {
    // Real token gaps are uneven; ±50% around the mean keeps the average at `speed`.
    return (1000 / speed) * (0.5 + random());
  }
  return 0;
}

/**
 * The reply's steps in the wire format, paced. Yields `{ step, events }` per step.
 * @param {import('../../wire/index.js').WireFormat} format
 * @param {import('../../wire/index.js').Reply} reply
 * @param {{ speed?: number, isClosed?: () => boolean }} [options] speed in tokens per second; 0 = no delays
 */
export async function* pacedEvents(format, reply, { speed = 40, isClosed = () => false } = {}) {
  const random = createRandom(seedOf(reply));
  for (const { step, events } of encodeSteps(format.name, reply)) {
    const wait = delayBefore(step, speed, random);
    if (wait > 0) await sleep(wait);
    if (isClosed()) return;
    yield { step, events };
  }
}

/** One wire event as the text a response body carries: an SSE event, or raw text for a plain-text format. */
function serialize(format, event) {
  return format.body === 'text' ? event.data : formatEvent(event);
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
 * The reply a fault turns the answer into: `fail` ends with the protocol's error event after
 * `after` characters; `cut` stops there (the caller then drops the connection). Default: half.
 */
export function replyForFault(reply, fault, after) {
  const chars = after ?? Math.floor(answerLength(reply) / 2);
  if (fault === 'fail') return failingAnswer(reply, chars);
  if (fault === 'cut') return { ...failingAnswer(reply, chars), end: { type: 'cut' } };
  return reply;
}

/**
 * Streams a reply onto a Node response, with the format's headers.
 * @param {import('node:http').ServerResponse} res
 * @param {import('../../wire/index.js').WireFormat} format
 * @param {{ speed?: number, cut?: boolean }} [options] cut: drop the socket at the end instead of ending the body
 */
export async function writeStream(res, format, reply, { speed = 40, cut = false } = {}) {
  let closed = false;
  res.on('close', () => (closed = true));
  res.writeHead(200, format.headers);
  res.flushHeaders();
  // Each token leaves in its own packet rather than waiting for Nagle's algorithm.
  res.socket?.setNoDelay(true);
  for await (const { step, events } of pacedEvents(format, reply, { speed, isClosed: () => closed })) {
    // A format with no error event can only fail by dropping the connection, as a crashing server would.
    if (step.type === 'error' && !format.carries.errors) return dropConnection(res);
    for (const event of events) res.write(serialize(format, event));
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
export function writeHttpError(res, format, status, message, headers = {}, bodyStatus = status) {
  const body = JSON.stringify(format.errorBody(bodyStatus, message));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

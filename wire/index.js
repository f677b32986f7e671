// One reply encoder for every wire format the kit reads: a reply description (./reply.js) in,
// each format's events, `text/event-stream` body or WebSocket frames out. Shared by the demo
// backend (Node), the stories and the tests (browser); plain ESM without Node APIs.
import { toEventStream, toFrame } from './events.js';
import { aiSdk } from './formats/ai-sdk.js';
import { anthropic } from './formats/anthropic.js';
import { openaiResponses } from './formats/openai-responses.js';
import { openai } from './formats/openai.js';
import { rubyllm } from './formats/rubyllm.js';
import { text } from './formats/text.js';
import { replySteps } from './reply.js';

export { cutReply, inputDeltas, replySteps, replyText, splitEvenly } from './reply.js';
export { formatEvent, jsonEvent, toEventStream, toFrame } from './events.js';

/**
 * @typedef {import('./reply.js').Reply} Reply
 * @typedef {import('./reply.js').ReplyPart} ReplyPart
 * @typedef {import('./reply.js').TextPart} TextPart
 * @typedef {import('./reply.js').ReplyEnd} ReplyEnd
 * @typedef {import('./reply.js').ReplyStep} ReplyStep
 * @typedef {import('./events.js').WireEvent} WireEvent
 * @typedef {import('./formats/format.js').WireFormat} WireFormat
 * @typedef {WireFormat['name']} FormatName
 */

/** Every wire format, by the name the `protocol` attribute uses. */
export const wireFormats = /** @type {Record<FormatName, WireFormat>} */ ({
  rubyllm,
  openai,
  'openai-responses': openaiResponses,
  anthropic,
  'ai-sdk': aiSdk,
  text,
});

/**
 * The reply step by step, each step with the events it puts on the wire (for a server that
 * paces them).
 * @param {FormatName} name
 * @param {Reply} reply
 * @returns {Array<{ step: ReplyStep, events: WireEvent[] }>}
 */
export function encodeSteps(name, reply) {
  const encode = wireFormats[name].encoder(reply);
  return replySteps(reply).map((step) => ({ step, events: encode(step) }));
}

/** The events a server speaking `name` sends for `reply`. */
export function encodeReply(/** @type {FormatName} */ name, /** @type {Reply} */ reply) {
  return encodeSteps(name, reply).flatMap(({ events }) => events);
}

/** The reply as the text of a response body: an event stream, or plain text. */
export function replyBody(/** @type {FormatName} */ name, /** @type {Reply} */ reply) {
  const events = encodeReply(name, reply);
  return wireFormats[name].body === 'text' ? events.map((event) => event.data).join('') : toEventStream(events);
}

/** The reply as WebSocket frames, one per event. */
export function replyFrames(/** @type {FormatName} */ name, /** @type {Reply} */ reply) {
  return encodeReply(name, reply).map((event) => toFrame(wireFormats[name].body, event));
}

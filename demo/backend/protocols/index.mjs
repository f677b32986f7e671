// Every protocol writer, by the name the `protocol` attribute uses.
//
// A writer is pure: `createEncoder(plan)` returns a function from one plan step to the events
// that step puts on the wire ({event?, data}; for `format: 'text'`, data is raw body text).
// Pacing, faults and sockets live in ../stream.mjs.
/**
 * @typedef {{ event?: string, data: string }} WireEvent
 * @typedef {{
 *   name: string,
 *   format: 'sse' | 'text',
 *   headers: Record<string, string>,
 *   abortOnError?: boolean,
 *   createEncoder(plan: object): (step: object) => WireEvent[],
 *   errorBody(status: number, message: string): object,
 * }} ProtocolWriter
 */
import { rubyllm } from './rubyllm.mjs';
import { openai } from './openai.mjs';
import { openaiResponses } from './openai-responses.mjs';
import { anthropic } from './anthropic.mjs';
import { aiSdk } from './ai-sdk.mjs';
import { text } from './text.mjs';

export { rubyllm, openai, openaiResponses, anthropic, aiSdk, text };

/** @type {Record<string, ProtocolWriter>} */
export const protocolWriters = {
  rubyllm,
  openai,
  'openai-responses': openaiResponses,
  anthropic,
  'ai-sdk': aiSdk,
  text,
};

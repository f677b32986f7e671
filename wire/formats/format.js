// What every wire format provides (the type only; each format is one file beside this one).

/**
 * @typedef {import('../reply.js').Reply} Reply
 * @typedef {import('../reply.js').ReplyStep} ReplyStep
 * @typedef {import('../events.js').WireEvent} WireEvent
 */
/**
 * What a reader can learn from this format once the kit has decoded it (the tests compare only these).
 * `parts` lists the other parts the encoder writes (reasoning, sources, tool errors, approval requests, files).
 * @typedef {{ toolCalls: boolean, toolResults: boolean, usage: boolean, model: boolean, errors: boolean, parts?: Array<'reasoning' | 'sources' | 'tool-errors' | 'approvals' | 'files'> }} Carries
 */
/**
 * @typedef {{
 *   name: import('../../src/protocols/types.js').ProtocolName,
 *   body: 'sse' | 'text',
 *   headers: Record<string, string>,
 *   carries: Carries,
 *   encoder(reply: Reply): (step: ReplyStep) => WireEvent[],
 *   errorBody(status: number, message: string): object,
 * }} WireFormat
 * `encoder(reply)` returns a function from one step to the events that step puts on the wire; it
 * keeps the little state its format needs (indexes, ids, text so far), so use one per reply.
 * `errorBody` is the JSON body of an HTTP error response, as the provider writes it.
 */
export {};

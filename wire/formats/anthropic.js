// Anthropic Messages streaming: message_start (with input usage), a ping, one content block per
// part (start, deltas, stop; a tool's input opens with an empty fragment), message_delta with the
// output usage, message_stop.
import { SSE_HEADERS, jsonEvent } from '../events.js';

const ERROR_TYPES = /** @type {Record<number, string>} */ ({
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
});

export function anthropicErrorBody(/** @type {number} */ status, /** @type {string} */ message) {
  return { type: 'error', error: { type: ERROR_TYPES[status] ?? 'api_error', message } };
}

/** @type {import('./format.js').WireFormat} */
export const anthropic = {
  name: 'anthropic',
  body: 'sse',
  headers: SSE_HEADERS,
  carries: { toolCalls: true, toolResults: false, usage: true, model: true, errors: true, parts: ['reasoning', 'sources'] },
  encoder(reply) {
    const typed = (/** @type {string} */ type, /** @type {object} */ fields = {}) => jsonEvent({ type, ...fields }, type);
    // Content blocks are numbered from 0 in the order they open; tool results are not content.
    let block = -1;
    return (step) => {
      switch (step.type) {
        case 'start':
          return [
            typed('message_start', {
              message: {
                id: `msg_${reply.id ?? 'reply'}`,
                type: 'message',
                role: 'assistant',
                model: reply.model,
                content: [],
                stop_reason: null,
                stop_sequence: null,
                usage: { input_tokens: reply.usage?.inputTokens ?? 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 1 },
              },
            }),
            typed('ping'),
          ];
        case 'tool-input-start':
          return [
            typed('content_block_start', { index: ++block, content_block: { type: 'tool_use', id: step.part.id, name: step.part.name, input: {} } }),
            typed('content_block_delta', { index: block, delta: { type: 'input_json_delta', partial_json: '' } }),
          ];
        case 'tool-input-delta':
          return [typed('content_block_delta', { index: block, delta: { type: 'input_json_delta', partial_json: step.delta } })];
        case 'reasoning-start':
          return [typed('content_block_start', { index: ++block, content_block: { type: 'thinking', thinking: '', signature: '' } })];
        case 'reasoning-delta':
          return [typed('content_block_delta', { index: block, delta: { type: 'thinking_delta', thinking: step.delta } })];
        case 'reasoning-end':
          return [typed('content_block_delta', { index: block, delta: { type: 'signature_delta', signature: 'demo-signature' } }), typed('content_block_stop', { index: block })];
        case 'text-source': {
          // A citation belongs to its text block as a whole (Anthropic gives no offsets).
          const { source } = step;
          const cited = step.part.deltas.join('').slice(step.start, step.end);
          const citation = { type: 'web_search_result_location', url: source.url, title: source.title ?? null, cited_text: cited, encrypted_index: 'demo' };
          return [typed('content_block_delta', { index: block, delta: { type: 'citations_delta', citation } })];
        }
        case 'text-start':
          return [typed('content_block_start', { index: ++block, content_block: { type: 'text', text: '' } })];
        case 'text-delta':
          return [typed('content_block_delta', { index: block, delta: { type: 'text_delta', text: step.delta } })];
        case 'text-end':
        case 'tool-input-end':
          return [typed('content_block_stop', { index: block })];
        case 'finish':
          return [
            typed('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: reply.usage?.outputTokens ?? 0 } }),
            typed('message_stop'),
          ];
        case 'error':
          return [jsonEvent(anthropicErrorBody(529, step.message), 'error')];
        default:
          return [];
      }
    };
  },
  errorBody: anthropicErrorBody,
};

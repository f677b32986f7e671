// Anthropic Messages streaming: message_start (with input usage), one content block per tool call
// and per text (start, deltas, stop), a ping, message_delta with the output usage, message_stop.
import { SSE_HEADERS, jsonEvent } from '../sse.mjs';

const ERROR_TYPES = { 400: 'invalid_request_error', 401: 'authentication_error', 403: 'permission_error', 429: 'rate_limit_error', 500: 'api_error', 529: 'overloaded_error' };

export function anthropicErrorBody(status, message) {
  return { type: 'error', error: { type: ERROR_TYPES[status] ?? 'api_error', message } };
}

/** @type {import('./index.mjs').ProtocolWriter} */
export const anthropic = {
  name: 'anthropic',
  format: 'sse',
  headers: SSE_HEADERS,
  createEncoder(plan) {
    const call = plan.toolCall;
    const typed = (type, fields) => jsonEvent({ type, ...fields }, type);
    return (step) => {
      switch (step.type) {
        case 'start':
          return [
            typed('message_start', {
              message: {
                id: `msg_${plan.id}`,
                type: 'message',
                role: 'assistant',
                model: plan.model,
                content: [],
                stop_reason: null,
                stop_sequence: null,
                usage: { input_tokens: plan.usage.inputTokens, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 1 },
              },
            }),
          ];
        case 'tool-start':
          return [
            typed('content_block_start', { index: 0, content_block: { type: 'tool_use', id: `toolu_${plan.id}`, name: call.name, input: {} } }),
            typed('ping', {}),
            // Anthropic opens a tool's input with an empty fragment.
            typed('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: '' } }),
          ];
        case 'tool-delta':
          return [typed('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: step.delta } })];
        case 'tool-end':
          return [typed('content_block_stop', { index: 0 })];
        case 'text-start':
          return [typed('content_block_start', { index: 1, content_block: { type: 'text', text: '' } })];
        case 'text-delta':
          return [typed('content_block_delta', { index: 1, delta: { type: 'text_delta', text: step.delta } })];
        case 'text-end':
          return [typed('content_block_stop', { index: 1 })];
        case 'finish':
          return [
            typed('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: plan.usage.outputTokens } }),
            typed('message_stop', {}),
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

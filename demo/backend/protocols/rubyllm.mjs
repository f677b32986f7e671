// RubyLLM as the Rails route writes it: each content chunk is `data: <chunk.content.to_json>`
// (a JSON string); tool calls and the closing usage are chunk objects; `event: complete` ends it.
// Tool-call continuations come from RubyLLM's parsing of provider deltas, which keys them by a nil
// id: Ruby's to_json turns that into an "" key with null id and name.
import { SSE_HEADERS, jsonEvent } from '../sse.mjs';

/** @type {import('./index.mjs').ProtocolWriter} */
export const rubyllm = {
  name: 'rubyllm',
  format: 'sse',
  headers: SSE_HEADERS,
  createEncoder(plan) {
    const call = plan.toolCall;
    return (step) => {
      switch (step.type) {
        case 'tool-start':
          return [jsonEvent({ tool_calls: { [call.id]: { id: call.id, name: call.name, arguments: '' } } })];
        case 'tool-delta':
          return [jsonEvent({ tool_calls: { '': { id: null, name: null, arguments: step.delta } } })];
        case 'tool-result':
          // What the route writes from `on_tool_result`: the finished call with its result.
          return [jsonEvent({ tool_calls: { [call.id]: { id: call.id, name: call.name, arguments: call.input, result: call.result } } })];
        case 'text-delta':
          return [jsonEvent(step.delta)];
        case 'finish':
          return [
            jsonEvent({ input_tokens: plan.usage.inputTokens, output_tokens: plan.usage.outputTokens, model_id: plan.model }),
            jsonEvent({}, 'complete'),
          ];
        case 'error':
          return [jsonEvent({ error: step.message }, 'error')];
        default:
          return [];
      }
    };
  },
  errorBody(_status, message) {
    return { error: message };
  },
};

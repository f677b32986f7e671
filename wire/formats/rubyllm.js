// RubyLLM as a Rails route writes it: each content chunk is `data: <chunk.content.to_json>` (a
// JSON string); tool calls and the closing usage are chunk objects; `event: complete` ends it.
// Tool-call continuations come from RubyLLM's parsing of provider deltas, which keys them by a nil
// id: Ruby's to_json turns that into an "" key with null id and name.
import { SSE_HEADERS, jsonEvent } from '../events.js';

/** @type {import('./format.js').WireFormat} */
export const rubyllm = {
  name: 'rubyllm',
  body: 'sse',
  headers: SSE_HEADERS,
  carries: { toolCalls: true, toolResults: false, usage: true, model: true, errors: true },
  encoder(reply) {
    /** @type {Map<string, import('../reply.js').ToolCallPart>} */
    const calls = new Map();
    const toolCalls = (/** @type {Record<string, unknown>} */ byId) => jsonEvent({ tool_calls: byId });
    return (step) => {
      switch (step.type) {
        case 'tool-input-start':
          calls.set(step.part.id, step.part);
          return [toolCalls({ [step.part.id]: { id: step.part.id, name: step.part.name, arguments: '' } })];
        case 'tool-input-delta':
          return [toolCalls({ '': { id: null, name: null, arguments: step.delta } })];
        case 'tool-result': {
          // What the route writes from `on_tool_result`: the finished call with its result.
          const call = calls.get(step.part.id);
          return [toolCalls({ [step.part.id]: { id: step.part.id, name: call?.name, arguments: call?.input, result: step.part.output } })];
        }
        case 'text-delta':
          return [jsonEvent(step.delta)];
        case 'finish':
          return [
            jsonEvent({ input_tokens: reply.usage?.inputTokens, output_tokens: reply.usage?.outputTokens, model_id: reply.model }),
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

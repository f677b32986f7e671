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
  carries: { toolCalls: true, toolResults: false, usage: true, model: true, errors: true, parts: ['reasoning', 'sources'] },
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
        case 'reasoning-delta':
          return [jsonEvent({ role: 'assistant', content: null, thinking: step.delta })];
        case 'text-source': {
          // Offsets into the whole reply text, as RubyLLM's citations give them.
          const { source } = step;
          const citation = { url: source.url, title: source.title, cited_text: step.part.deltas.join('').slice(step.start, step.end), start_index: step.offset + step.start, end_index: step.offset + step.end };
          return [jsonEvent({ role: 'assistant', content: null, citations: [citation] })];
        }
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

// OpenAI Responses API streaming: typed events, each written with its `event:` line and a
// `sequence_number`; one output item per part (a `message` for text, a `function_call` for a
// tool call), whose argument deltas are keyed by the item's id; `response.completed` with usage.
import { SSE_HEADERS } from '../events.js';
import { openaiErrorBody } from './openai.js';

/** @type {import('./format.js').WireFormat} */
export const openaiResponses = {
  name: 'openai-responses',
  body: 'sse',
  headers: SSE_HEADERS,
  carries: { toolCalls: true, toolResults: false, usage: true, model: true, errors: true, parts: ['reasoning', 'sources'] },
  encoder(reply) {
    const replyId = reply.id ?? 'reply';
    let sequence = 0;
    /** @type {object[]} */
    const output = [];
    // The item being streamed: its output index, id and text (or arguments) so far.
    let item = { index: -1, id: '', text: '' };
    const event = (/** @type {string} */ type, /** @type {object} */ fields) => ({ event: type, data: JSON.stringify({ type, sequence_number: sequence++, ...fields }) });
    const open = (/** @type {string} */ prefix) => (item = { index: output.length, id: `${prefix}_${replyId}_${output.length}`, text: '' });
    const textPart = () => ({ type: 'output_text', annotations: [], logprobs: [], text: item.text });
    const messageItem = (/** @type {string} */ status) => ({ id: item.id, type: 'message', status, content: status === 'completed' ? [textPart()] : [], role: 'assistant' });
    const callItem = (/** @type {import('../reply.js').ToolCallPart} */ call, /** @type {string} */ status) => ({
      id: item.id,
      type: 'function_call',
      status,
      arguments: item.text,
      call_id: call.id,
      name: call.name,
    });
    const inText = () => ({ item_id: item.id, output_index: item.index, content_index: 0 });
    const inSummary = () => ({ item_id: item.id, output_index: item.index, summary_index: 0 });
    const reasoningItem = (/** @type {boolean} */ done) => ({ id: item.id, type: 'reasoning', summary: done ? [{ type: 'summary_text', text: item.text }] : [] });
    let annotations = 0;
    const response = (/** @type {string} */ status, /** @type {object | null} */ usage = null) => ({
      id: `resp_${replyId}`,
      object: 'response',
      created_at: reply.created ?? 1767225600,
      status,
      error: null,
      incomplete_details: null,
      model: reply.model,
      output,
      parallel_tool_calls: true,
      previous_response_id: null,
      text: { format: { type: 'text' } },
      tool_choice: 'auto',
      tools: [],
      usage,
    });
    return (step) => {
      switch (step.type) {
        case 'start':
          return [event('response.created', { response: response('in_progress') }), event('response.in_progress', { response: response('in_progress') })];
        case 'tool-input-start':
          open('fc');
          return [event('response.output_item.added', { output_index: item.index, item: callItem(step.part, 'in_progress') })];
        case 'tool-input-delta':
          item.text += step.delta;
          return [event('response.function_call_arguments.delta', { item_id: item.id, output_index: item.index, delta: step.delta })];
        case 'tool-input-end': {
          const done = callItem(step.part, 'completed');
          output.push(done);
          return [
            event('response.function_call_arguments.done', { item_id: item.id, output_index: item.index, arguments: item.text }),
            event('response.output_item.done', { output_index: item.index, item: done }),
          ];
        }
        case 'reasoning-start':
          open('rs');
          return [
            event('response.output_item.added', { output_index: item.index, item: reasoningItem(false) }),
            event('response.reasoning_summary_part.added', { ...inSummary(), part: { type: 'summary_text', text: '' } }),
          ];
        case 'reasoning-delta':
          item.text += step.delta;
          return [event('response.reasoning_summary_text.delta', { ...inSummary(), delta: step.delta })];
        case 'reasoning-end': {
          const done = reasoningItem(true);
          output.push(done);
          return [
            event('response.reasoning_summary_text.done', { ...inSummary(), text: item.text }),
            event('response.reasoning_summary_part.done', { ...inSummary(), part: { type: 'summary_text', text: item.text } }),
            event('response.output_item.done', { output_index: item.index, item: done }),
          ];
        }
        case 'text-source': {
          const annotation = { type: 'url_citation', url: step.source.url, title: step.source.title ?? '', start_index: step.start, end_index: step.end };
          return [event('response.output_text.annotation.added', { ...inText(), annotation_index: annotations++, annotation })];
        }
        case 'text-start':
          open('msg');
          annotations = 0;
          return [
            event('response.output_item.added', { output_index: item.index, item: messageItem('in_progress') }),
            event('response.content_part.added', { ...inText(), part: textPart() }),
          ];
        case 'text-delta':
          item.text += step.delta;
          return [event('response.output_text.delta', { ...inText(), delta: step.delta, logprobs: [] })];
        case 'text-end': {
          const done = messageItem('completed');
          output.push(done);
          return [
            event('response.output_text.done', { ...inText(), text: item.text, logprobs: [] }),
            event('response.content_part.done', { ...inText(), part: textPart() }),
            event('response.output_item.done', { output_index: item.index, item: done }),
          ];
        }
        case 'finish': {
          const usage = reply.usage && {
            input_tokens: reply.usage.inputTokens,
            input_tokens_details: { cached_tokens: 0 },
            output_tokens: reply.usage.outputTokens,
            output_tokens_details: { reasoning_tokens: 0 },
            total_tokens: reply.usage.inputTokens + reply.usage.outputTokens,
          };
          return [event('response.completed', { response: response('completed', usage) })];
        }
        case 'error':
          return [event('error', { code: 'server_error', message: step.message, param: null })];
        default:
          return [];
      }
    };
  },
  errorBody: openaiErrorBody,
};

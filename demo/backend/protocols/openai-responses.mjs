// OpenAI Responses API streaming: typed events, each written with its `event:` line and a
// `sequence_number`; function-call argument deltas are keyed by the output item's id.
import { SSE_HEADERS } from '../sse.mjs';
import { openaiErrorBody } from './openai.mjs';

/** @type {import('./index.mjs').ProtocolWriter} */
export const openaiResponses = {
  name: 'openai-responses',
  format: 'sse',
  headers: SSE_HEADERS,
  createEncoder(plan) {
    const call = plan.toolCall;
    const callItemId = `fc_${plan.id}`;
    const messageItemId = `msg_${plan.id}`;
    let sequence = 0;
    let args = '';
    let text = '';
    const output = [];
    const event = (type, fields) => ({ event: type, data: JSON.stringify({ type, sequence_number: sequence++, ...fields }) });
    const callItem = (status) => ({ id: callItemId, type: 'function_call', status, arguments: args, call_id: call.id, name: call.name });
    const messageItem = (status) => ({
      id: messageItemId,
      type: 'message',
      status,
      content: status === 'completed' ? [textPart()] : [],
      role: 'assistant',
    });
    const textPart = () => ({ type: 'output_text', annotations: [], logprobs: [], text });
    const response = (status, usage = null) => ({
      id: `resp_${plan.id}`,
      object: 'response',
      created_at: plan.created,
      status,
      error: null,
      incomplete_details: null,
      model: plan.model,
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
        case 'tool-start':
          return [event('response.output_item.added', { output_index: 0, item: callItem('in_progress') })];
        case 'tool-delta':
          args += step.delta;
          return [event('response.function_call_arguments.delta', { item_id: callItemId, output_index: 0, delta: step.delta })];
        case 'tool-end':
          output.push(callItem('completed'));
          return [
            event('response.function_call_arguments.done', { item_id: callItemId, output_index: 0, arguments: args }),
            event('response.output_item.done', { output_index: 0, item: callItem('completed') }),
          ];
        case 'text-start':
          return [
            event('response.output_item.added', { output_index: 1, item: messageItem('in_progress') }),
            event('response.content_part.added', { item_id: messageItemId, output_index: 1, content_index: 0, part: textPart() }),
          ];
        case 'text-delta':
          text += step.delta;
          return [event('response.output_text.delta', { item_id: messageItemId, output_index: 1, content_index: 0, delta: step.delta, logprobs: [] })];
        case 'text-end':
          output.push(messageItem('completed'));
          return [
            event('response.output_text.done', { item_id: messageItemId, output_index: 1, content_index: 0, text, logprobs: [] }),
            event('response.content_part.done', { item_id: messageItemId, output_index: 1, content_index: 0, part: textPart() }),
            event('response.output_item.done', { output_index: 1, item: messageItem('completed') }),
          ];
        case 'finish': {
          const { inputTokens, outputTokens } = plan.usage;
          const usage = {
            input_tokens: inputTokens,
            input_tokens_details: { cached_tokens: 0 },
            output_tokens: outputTokens,
            output_tokens_details: { reasoning_tokens: 0 },
            total_tokens: inputTokens + outputTokens,
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

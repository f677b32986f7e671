// OpenAI Chat Completions streaming (`stream: true, stream_options: {include_usage: true}`):
// `chat.completion.chunk` objects, tool calls addressed by index (only the first delta carries
// id and name), `usage: null` on every chunk until a last one with empty `choices`, then [DONE].
import { SSE_HEADERS, jsonEvent } from '../sse.mjs';

export function openaiErrorBody(status, message) {
  const type = status === 429 ? 'requests' : status === 401 ? 'invalid_request_error' : status >= 500 ? 'server_error' : 'invalid_request_error';
  const code = status === 429 ? 'rate_limit_exceeded' : status === 401 ? 'invalid_api_key' : null;
  return { error: { message, type, param: null, code } };
}

/** @type {import('./index.mjs').ProtocolWriter} */
export const openai = {
  name: 'openai',
  format: 'sse',
  headers: SSE_HEADERS,
  createEncoder(plan) {
    const call = plan.toolCall;
    const chunk = (delta, finishReason = null) =>
      jsonEvent({
        id: `chatcmpl-${plan.id}`,
        object: 'chat.completion.chunk',
        created: plan.created,
        model: plan.model,
        system_fingerprint: 'fp_demo',
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
        usage: null,
      });
    return (step) => {
      switch (step.type) {
        case 'tool-start':
          return [
            chunk({
              role: 'assistant',
              content: null,
              tool_calls: [{ index: 0, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }],
              refusal: null,
            }),
          ];
        case 'tool-delta':
          return [chunk({ tool_calls: [{ index: 0, function: { arguments: step.delta } }] })];
        case 'text-delta':
          return [chunk({ content: step.delta })];
        case 'finish': {
          const { inputTokens, outputTokens } = plan.usage;
          return [
            chunk({}, 'stop'),
            jsonEvent({
              id: `chatcmpl-${plan.id}`,
              object: 'chat.completion.chunk',
              created: plan.created,
              model: plan.model,
              system_fingerprint: 'fp_demo',
              choices: [],
              usage: {
                prompt_tokens: inputTokens,
                completion_tokens: outputTokens,
                total_tokens: inputTokens + outputTokens,
                prompt_tokens_details: { cached_tokens: 0 },
                completion_tokens_details: { reasoning_tokens: 0 },
              },
            }),
            { data: '[DONE]' },
          ];
        }
        case 'error':
          // OpenAI reports a failure mid-stream as a data event holding an `error` object.
          return [jsonEvent(openaiErrorBody(500, step.message))];
        default:
          return [];
      }
    };
  },
  errorBody: openaiErrorBody,
};

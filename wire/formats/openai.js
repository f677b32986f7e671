// OpenAI Chat Completions streaming (`stream: true, stream_options: {include_usage: true}`):
// `chat.completion.chunk` objects, the first with the role, tool calls addressed by index (only
// the first delta carries id and name), `usage: null` on every chunk until a last one with empty
// `choices`, then [DONE].
import { SSE_HEADERS, jsonEvent } from '../events.js';

export function openaiErrorBody(/** @type {number} */ status, /** @type {string} */ message) {
  const type = status === 429 ? 'requests' : status === 401 ? 'invalid_request_error' : status >= 500 ? 'server_error' : 'invalid_request_error';
  const code = status === 429 ? 'rate_limit_exceeded' : status === 401 ? 'invalid_api_key' : null;
  return { error: { message, type, param: null, code } };
}

/** @type {import('./format.js').WireFormat} */
export const openai = {
  name: 'openai',
  body: 'sse',
  headers: SSE_HEADERS,
  carries: { toolCalls: true, toolResults: false, usage: true, model: true, errors: true, parts: ['reasoning', 'sources', 'files'] },
  encoder(reply) {
    const id = `chatcmpl-${reply.id ?? 'reply'}`;
    const base = { id, object: 'chat.completion.chunk', created: reply.created ?? 1767225600, model: reply.model, system_fingerprint: 'fp_demo' };
    const chunk = (/** @type {object} */ delta, /** @type {string | null} */ finishReason = null) =>
      jsonEvent({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }], usage: null });
    /** @type {Map<string, number>} */
    const indexes = new Map();
    return (step) => {
      switch (step.type) {
        case 'start':
          return [chunk({ role: 'assistant', content: '', refusal: null })];
        case 'tool-input-start':
          indexes.set(step.part.id, indexes.size);
          return [chunk({ tool_calls: [{ index: indexes.get(step.part.id), id: step.part.id, type: 'function', function: { name: step.part.name, arguments: '' } }] })];
        case 'tool-input-delta':
          return [chunk({ tool_calls: [{ index: indexes.get(step.part.id), function: { arguments: step.delta } }] })];
        case 'text-delta':
          return [chunk({ content: step.delta })];
        case 'reasoning-delta':
          // DeepSeek's and OpenRouter's field for it.
          return [chunk({ reasoning_content: step.delta })];
        case 'text-source': {
          // URL citations as OpenAI's search models send them: offsets into the whole reply text.
          const { source, offset } = step;
          const citation = { url: source.url, title: source.title ?? '', start_index: offset + step.start, end_index: offset + step.end };
          return [chunk({ annotations: [{ type: 'url_citation', url_citation: citation }] })];
        }
        case 'file':
          // Images as OpenRouter streams them; other files have no place in the format.
          return step.part.mediaType.startsWith('image/') ? [chunk({ images: [{ type: 'image_url', image_url: { url: step.part.url } }] })] : [];
        case 'finish': {
          const usage = reply.usage && {
            prompt_tokens: reply.usage.inputTokens,
            completion_tokens: reply.usage.outputTokens,
            total_tokens: reply.usage.inputTokens + reply.usage.outputTokens,
            prompt_tokens_details: { cached_tokens: 0 },
            completion_tokens_details: { reasoning_tokens: 0 },
          };
          return [chunk({}, 'stop'), ...(usage ? [jsonEvent({ ...base, choices: [], usage })] : []), { data: '[DONE]' }];
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


// The AI SDK UI message stream, v1 (what `toUIMessageStreamResponse()` writes): JSON parts as
// default events, the header `x-vercel-ai-ui-message-stream: v1`, and `[DONE]` last, even after an
// error part. The tool call and the answer are two steps, as in a multi-step `streamText`.
import { SSE_HEADERS, jsonEvent } from '../sse.mjs';

/** @type {import('./index.mjs').ProtocolWriter} */
export const aiSdk = {
  name: 'ai-sdk',
  format: 'sse',
  headers: { ...SSE_HEADERS, 'x-vercel-ai-ui-message-stream': 'v1' },
  createEncoder(plan) {
    const call = plan.toolCall;
    const textId = `txt-${plan.id}`;
    const part = (type, fields = {}) => jsonEvent({ type, ...fields });
    const done = { data: '[DONE]' };
    return (step) => {
      switch (step.type) {
        case 'start':
          return [part('start', { messageId: `msg-${plan.id}` }), part('start-step')];
        case 'tool-start':
          return [part('tool-input-start', { toolCallId: call.id, toolName: call.name })];
        case 'tool-delta':
          return [part('tool-input-delta', { toolCallId: call.id, inputTextDelta: step.delta })];
        case 'tool-end':
          return [part('tool-input-available', { toolCallId: call.id, toolName: call.name, input: call.input })];
        case 'tool-result':
          return [part('tool-output-available', { toolCallId: call.id, output: call.result }), part('finish-step'), part('start-step')];
        case 'text-start':
          return [part('text-start', { id: textId })];
        case 'text-delta':
          return [part('text-delta', { id: textId, delta: step.delta })];
        case 'text-end':
          return [part('text-end', { id: textId })];
        case 'finish':
          return [
            part('finish-step'),
            part('finish', { messageMetadata: { model: plan.model, usage: { inputTokens: plan.usage.inputTokens, outputTokens: plan.usage.outputTokens } } }),
            done,
          ];
        case 'error':
          return [part('error', { errorText: step.message }), done];
        default:
          return [];
      }
    };
  },
  errorBody(_status, message) {
    return { error: message };
  },
};

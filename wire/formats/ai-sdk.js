// The AI SDK UI message stream, v1 (what `toUIMessageStreamResponse()` writes): JSON parts as
// default events, the header `x-vercel-ai-ui-message-stream: v1`, and `[DONE]` last, even after an
// error part. Tool results end a step, as in a multi-step `streamText`: the next part opens a new one.
import { SSE_HEADERS, jsonEvent } from '../events.js';

const DONE = { data: '[DONE]' };

/** @type {import('./format.js').WireFormat} */
export const aiSdk = {
  name: 'ai-sdk',
  body: 'sse',
  headers: { ...SSE_HEADERS, 'x-vercel-ai-ui-message-stream': 'v1' },
  carries: { toolCalls: true, toolResults: true, usage: true, model: true, errors: true, parts: ['reasoning', 'sources', 'tool-errors', 'approvals', 'files'] },
  encoder(reply) {
    const replyId = reply.id ?? 'reply';
    const part = (/** @type {string} */ type, /** @type {object} */ fields = {}) => jsonEvent({ type, ...fields });
    let stepEnded = false;
    // A part after tool results belongs to the next step.
    const nextStep = () => {
      if (!stepEnded) return [];
      stepEnded = false;
      return [part('finish-step'), part('start-step')];
    };
    const textId = (/** @type {number} */ index) => `txt-${replyId}-${index}`;
    return (step) => {
      switch (step.type) {
        case 'start':
          return [part('start', { messageId: `msg-${replyId}` }), part('start-step')];
        case 'tool-input-start':
          return [...nextStep(), part('tool-input-start', { toolCallId: step.part.id, toolName: step.part.name })];
        case 'tool-input-delta':
          return [part('tool-input-delta', { toolCallId: step.part.id, inputTextDelta: step.delta })];
        case 'tool-input-end':
          return [part('tool-input-available', { toolCallId: step.part.id, toolName: step.part.name, input: step.part.input })];
        case 'tool-result':
          stepEnded = true;
          return [part('tool-output-available', { toolCallId: step.part.id, output: step.part.output })];
        case 'tool-error':
          stepEnded = true;
          return [part('tool-output-error', { toolCallId: step.part.id, errorText: step.part.errorText })];
        case 'tool-approval':
          return [part('tool-approval-request', { approvalId: step.part.approvalId, toolCallId: step.part.id })];
        case 'reasoning-start':
          return [...nextStep(), part('reasoning-start', { id: `rsn-${replyId}-${step.index}` })];
        case 'reasoning-delta':
          return [part('reasoning-delta', { id: `rsn-${replyId}-${step.index}`, delta: step.delta })];
        case 'reasoning-end':
          return [part('reasoning-end', { id: `rsn-${replyId}-${step.index}` })];
        case 'text-source':
          return [part('source-url', { sourceId: step.source.id, url: step.source.url, ...(step.source.title ? { title: step.source.title } : {}) })];
        case 'file':
          return [...nextStep(), part('file', { url: step.part.url, mediaType: step.part.mediaType })];
        case 'text-start':
          return [...nextStep(), part('text-start', { id: textId(step.index) })];
        case 'text-delta':
          return [part('text-delta', { id: textId(step.index), delta: step.delta })];
        case 'text-end':
          return [part('text-end', { id: textId(step.index) })];
        case 'finish': {
          const usage = reply.usage && { inputTokens: reply.usage.inputTokens, outputTokens: reply.usage.outputTokens };
          return [part('finish-step'), part('finish', { messageMetadata: { model: reply.model, usage } }), DONE];
        }
        case 'error':
          return [part('error', { errorText: step.message }), DONE];
        default:
          return [];
      }
    };
  },
  errorBody(_status, message) {
    return { error: message };
  },
};

import { NetworkError } from '../errors.js';
import type { Chunk, ToolCallDelta } from '../types.js';
import { parseEventJson, record, streamErrorFrom, text, usageFrom } from './event-json.js';
import { guardedAdapter } from './guarded-adapter.js';
import { OpenToolCalls } from './open-tool-calls.js';
import type { ChunkSink, ProtocolAdapter } from './types.js';

/**
 * Decodes the Vercel AI SDK UI message stream (v1, `x-vercel-ai-ui-message-stream: v1`): JSON parts
 * typed `text-delta`, `tool-input-*`, `tool-output-available`, `finish`, `error`, then `[DONE]`.
 * Reasoning, sources, files and `data-*` parts are skipped. Usage is read from the message
 * metadata (`inputTokens` / `outputTokens`, directly or under `usage` / `totalUsage`).
 */
export function createAISDKAdapter(): ProtocolAdapter {
  const calls = new OpenToolCalls();

  const fromMetadata = (value: unknown, chunk: Chunk): void => {
    const metadata = record(value);
    if (!metadata) return;
    const usage = record(metadata.totalUsage) ?? record(metadata.usage) ?? metadata;
    const tokens = usageFrom(usage.inputTokens, usage.outputTokens);
    if (tokens) chunk.usage = tokens;
    const model = text(metadata.model) ?? text(metadata.modelId);
    if (model) chunk.model = model;
  };

  const send = (chunk: Chunk, reply: ChunkSink): void => {
    if (chunk.content || chunk.toolCalls || chunk.usage || chunk.model || chunk.finishReason) reply.chunk(chunk);
  };

  const finish = (reply: ChunkSink, chunk: Chunk = {}): void => {
    const completed = calls.completeAll();
    if (completed.length) chunk.toolCalls = completed;
    send(chunk, reply);
    reply.done();
  };

  const toolCall = (fields: Record<string, unknown>, reply: ChunkSink, delta: Omit<ToolCallDelta, 'id'>): void => {
    const id = text(fields.toolCallId);
    if (!id) return;
    calls.start(id);
    const name = text(fields.toolName);
    if (name) delta.name = name;
    if (delta.status === 'complete' && !calls.complete(id)) delete delta.status;
    reply.chunk({ toolCalls: [{ id, ...delta }] });
  };

  return guardedAdapter('ai-sdk', {
    event(event, reply) {
      if (event.data.trim() === '[DONE]') {
        finish(reply);
        return;
      }
      const fields = record(parseEventJson('ai-sdk', event.data)) ?? {};
      switch (fields.type) {
        case 'text-delta': {
          const content = text(fields.delta);
          if (content) reply.chunk({ content });
          return;
        }
        case 'tool-input-start':
          toolCall(fields, reply, { status: 'streaming' });
          return;
        case 'tool-input-delta': {
          const args = text(fields.inputTextDelta);
          if (args) toolCall(fields, reply, { arguments: args });
          return;
        }
        case 'tool-input-available': {
          const input = record(fields.input);
          toolCall(fields, reply, input ? { arguments: input, status: 'complete' } : { status: 'complete' });
          return;
        }
        case 'tool-input-error':
        case 'tool-output-error':
          toolCall(fields, reply, { status: 'complete', result: { error: text(fields.errorText) ?? 'The tool failed' } });
          return;
        case 'tool-output-available':
          toolCall(fields, reply, { result: fields.output, status: 'complete' });
          return;
        case 'start':
        case 'message-metadata': {
          const chunk: Chunk = {};
          fromMetadata(fields.messageMetadata, chunk);
          send(chunk, reply);
          return;
        }
        case 'finish': {
          const chunk: Chunk = {};
          fromMetadata(fields.messageMetadata, chunk);
          const finishReason = text(fields.finishReason);
          if (finishReason) chunk.finishReason = finishReason;
          finish(reply, chunk);
          return;
        }
        case 'abort':
          // The server stopped the reply on purpose: it ends here, without an error.
          finish(reply, { finishReason: 'abort' });
          return;
        case 'error':
          reply.error(streamErrorFrom(fields.errorText ?? fields));
          return;
        default:
          return;
      }
    },
    close(reply) {
      reply.error(new NetworkError('The stream ended before the reply was complete'));
    },
  });
}

import { NetworkError } from '../errors.js';
import type { Chunk } from '../types.js';
import { count, parseEventJson, record, streamErrorFrom, text, usageFrom } from './event-json.js';
import { guardedAdapter } from './guarded-adapter.js';
import { OpenToolCalls } from './open-tool-calls.js';
import type { ProtocolAdapter } from './types.js';

/**
 * Decodes the Anthropic Messages stream: `message_start` (model, input tokens), content blocks of
 * text or `tool_use` filled by `text_delta` / `input_json_delta` deltas keyed by block index,
 * `message_delta` (output tokens, stop reason), `message_stop`. `ping` and thinking blocks are
 * skipped; a close before `message_stop` is an interrupted reply.
 */
export function createAnthropicAdapter(): ProtocolAdapter {
  const calls = new OpenToolCalls();
  const toolIdByBlock = new Map<number, string>();

  return guardedAdapter('anthropic', {
    event(event, reply) {
      const fields = record(parseEventJson('anthropic', event.data)) ?? {};
      const type = text(fields.type) ?? event.event;
      const index = count(fields.index) ?? 0;
      switch (type) {
        case 'message_start': {
          const message = record(fields.message);
          const chunk: Chunk = {};
          const model = text(message?.model);
          if (model) chunk.model = model;
          // Output tokens here are a placeholder; message_delta reports the real count.
          const tokens = usageFrom(record(message?.usage)?.input_tokens, undefined);
          if (tokens) chunk.usage = tokens;
          if (chunk.model || chunk.usage) reply.chunk(chunk);
          return;
        }
        case 'content_block_start': {
          const block = record(fields.content_block);
          if (block?.type === 'text') {
            const content = text(block.text);
            if (content) reply.chunk({ content });
          } else if (block?.type === 'tool_use' || block?.type === 'server_tool_use') {
            const id = text(block.id) ?? `tool-use-${index}`;
            toolIdByBlock.set(index, id);
            calls.start(id);
            reply.chunk({ toolCalls: [{ id, name: text(block.name), status: 'streaming' }] });
          }
          return;
        }
        case 'content_block_delta': {
          const delta = record(fields.delta);
          if (delta?.type === 'text_delta') {
            const content = text(delta.text);
            if (content) reply.chunk({ content });
          } else if (delta?.type === 'input_json_delta') {
            const id = toolIdByBlock.get(index);
            const args = text(delta.partial_json);
            if (id && args) reply.chunk({ toolCalls: [{ id, arguments: args }] });
          }
          return;
        }
        case 'content_block_stop': {
          const id = toolIdByBlock.get(index);
          const completed = id && calls.complete(id);
          if (completed) reply.chunk({ toolCalls: [completed] });
          return;
        }
        case 'message_delta': {
          const chunk: Chunk = {};
          const usage = record(fields.usage);
          const tokens = usage && usageFrom(usage.input_tokens, usage.output_tokens);
          if (tokens) chunk.usage = tokens;
          const stopReason = text(record(fields.delta)?.stop_reason);
          if (stopReason) chunk.finishReason = stopReason;
          if (chunk.usage || chunk.finishReason) reply.chunk(chunk);
          return;
        }
        case 'message_stop': {
          const completed = calls.completeAll();
          if (completed.length) reply.chunk({ toolCalls: completed });
          reply.done();
          return;
        }
        case 'error':
          reply.error(streamErrorFrom(fields.error ?? fields));
          return;
        default:
          // ping, and types added after this was written
          return;
      }
    },
    close(reply) {
      reply.error(new NetworkError('The stream ended before the reply was complete'));
    },
  });
}

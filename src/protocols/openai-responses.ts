import { NetworkError, StreamError } from '../errors.js';
import type { Chunk, ToolCallDelta } from '../types.js';
import { parseEventJson, record, streamErrorFrom, text, usageFrom } from './event-json.js';
import { guardedAdapter } from './guarded-adapter.js';
import { OpenToolCalls } from './open-tool-calls.js';
import type { ChunkSink, ProtocolAdapter } from './types.js';

interface FunctionCallItem {
  callId: string;
  /** Whether argument deltas arrived, so `.done` need not repeat the arguments. */
  streamed: boolean;
}

/**
 * Decodes the OpenAI Responses API stream: `response.output_text.delta` text, function calls
 * announced by `response.output_item.added` and filled by `response.function_call_arguments.delta`
 * (keyed by `item_id`), `response.completed` with usage. The type is read from `data.type`, else
 * from the event name; unknown types are ignored, as the API adds new ones often.
 */
export function createOpenAIResponsesAdapter(): ProtocolAdapter {
  const calls = new OpenToolCalls();
  const items = new Map<string, FunctionCallItem>();

  const itemFor = (itemId: string): FunctionCallItem => {
    let item = items.get(itemId);
    if (!item) {
      item = { callId: itemId, streamed: false };
      items.set(itemId, item);
    }
    return item;
  };

  // Completes a function call; sends the whole arguments when no delta carried them.
  const completeCall = (itemId: string | undefined, args: unknown, reply: ChunkSink): void => {
    if (!itemId) return;
    const item = itemFor(itemId);
    calls.start(item.callId);
    if (!calls.isOpen(item.callId)) return;
    const delta: ToolCallDelta = { id: item.callId, status: 'complete' };
    if (!item.streamed && typeof args === 'string' && args) delta.arguments = args;
    calls.complete(item.callId);
    reply.chunk({ toolCalls: [delta] });
  };

  const finish = (reply: ChunkSink, chunk: Chunk = {}): void => {
    const completed = calls.completeAll();
    if (completed.length) chunk.toolCalls = completed;
    if (chunk.usage || chunk.model || chunk.toolCalls) reply.chunk(chunk);
    reply.done();
  };

  return guardedAdapter('openai-responses', {
    event(event, reply) {
      // Some compatible servers end with the Chat Completions terminator.
      if (event.data.trim() === '[DONE]') {
        finish(reply);
        return;
      }
      const fields = record(parseEventJson('openai-responses', event.data)) ?? {};
      const type = text(fields.type) ?? event.event;
      const response = record(fields.response);
      switch (type) {
        case 'response.created':
        case 'response.in_progress': {
          const model = text(response?.model);
          if (model) reply.chunk({ model });
          return;
        }
        case 'response.output_text.delta':
        case 'response.refusal.delta': {
          const content = text(fields.delta);
          if (content) reply.chunk({ content });
          return;
        }
        case 'response.output_item.added': {
          const item = record(fields.item);
          const itemId = text(item?.id);
          if (!item || item.type !== 'function_call' || !itemId) return;
          const callId = text(item.call_id) ?? itemId;
          items.set(itemId, { callId, streamed: false });
          calls.start(callId);
          const delta: ToolCallDelta = { id: callId, status: 'streaming' };
          const name = text(item.name);
          if (name) delta.name = name;
          reply.chunk({ toolCalls: [delta] });
          return;
        }
        case 'response.function_call_arguments.delta': {
          const itemId = text(fields.item_id);
          const args = text(fields.delta);
          if (!itemId || !args) return;
          const item = itemFor(itemId);
          item.streamed = true;
          calls.start(item.callId);
          reply.chunk({ toolCalls: [{ id: item.callId, arguments: args }] });
          return;
        }
        case 'response.function_call_arguments.done':
          completeCall(text(fields.item_id), fields.arguments, reply);
          return;
        case 'response.output_item.done': {
          const item = record(fields.item);
          if (item?.type === 'function_call') completeCall(text(item.id), item.arguments, reply);
          return;
        }
        case 'response.completed': {
          const chunk: Chunk = {};
          const usage = record(response?.usage);
          const tokens = usage && usageFrom(usage.input_tokens, usage.output_tokens);
          if (tokens) chunk.usage = tokens;
          const model = text(response?.model);
          if (model) chunk.model = model;
          finish(reply, chunk);
          return;
        }
        case 'response.failed':
          reply.error(streamErrorFrom(response?.error ?? fields, 'The response failed'));
          return;
        case 'response.incomplete': {
          const reason = text(record(response?.incomplete_details)?.reason);
          reply.error(new StreamError(`The response is incomplete${reason ? `: ${reason}` : ''}`, reason));
          return;
        }
        case 'error':
          reply.error(streamErrorFrom(fields));
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

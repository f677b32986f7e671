import { NetworkError } from '../errors.js';
import type { ToolCallDelta } from '../types.js';
import { readToolResultBlock, sourceOfCitation } from './anthropic-content.js';
import { ChunkBuilder } from './chunk-builder.js';
import { count, parseEventJson, record, streamErrorFrom, text, usageFrom } from './event-json.js';
import { guardedAdapter } from './guarded-adapter.js';
import { OpenToolCalls } from './open-tool-calls.js';
import type { ProtocolAdapter } from './types.js';

/** What a content block (keyed by its index) is, while it streams. */
type Block =
  | { kind: 'text'; start: number; cited: Set<string> }
  | { kind: 'thinking'; id: string }
  | { kind: 'tool'; id: string };

/**
 * Decodes the Anthropic Messages stream: `message_start` (model, input tokens), content blocks
 * keyed by index (text with its citations, `thinking` / `redacted_thinking` with signature
 * deltas, `tool_use`, and the provider-run `server_tool_use` / `mcp_tool_use` with their
 * `*_tool_result` blocks), `message_delta` (output tokens, stop reason), `message_stop`. A
 * citation covers its whole text block, so its span is known when the block stops, even when the
 * citation arrived before the text. A close before `message_stop` is an interrupted reply.
 */
export function createAnthropicAdapter(): ProtocolAdapter {
  const calls = new OpenToolCalls();
  const blocks = new Map<number, Block>();
  const out = new ChunkBuilder();

  const startBlock = (index: number, block: Record<string, unknown>): void => {
    switch (block.type) {
      case 'text': {
        blocks.set(index, { kind: 'text', start: out.textLength, cited: new Set() });
        out.text(text(block.text));
        return;
      }
      case 'thinking': {
        const id = `thinking-${index}`;
        blocks.set(index, { kind: 'thinking', id });
        out.reasoning({ id, text: text(block.thinking), signature: text(block.signature) });
        return;
      }
      case 'redacted_thinking':
        out.reasoning({ id: `thinking-${index}`, redacted: true, end: true });
        return;
      case 'tool_use':
      case 'server_tool_use':
      case 'mcp_tool_use': {
        const id = text(block.id) ?? `tool-use-${index}`;
        blocks.set(index, { kind: 'tool', id });
        calls.start(id);
        const delta: ToolCallDelta = { id, name: text(block.name), status: 'streaming' };
        if (block.type !== 'tool_use') delta.providerExecuted = true;
        // Input given whole in the start block (no deltas will follow).
        const input = record(block.input);
        if (input && Object.keys(input).length) delta.arguments = input;
        out.toolCall(delta);
        return;
      }
      default: {
        if (typeof block.type !== 'string' || !block.type.endsWith('_tool_result')) return;
        const result = readToolResultBlock(block);
        if (!result) return;
        calls.complete(result.callId);
        const delta: ToolCallDelta = { id: result.callId, providerExecuted: true };
        if (result.errorText !== undefined) delta.errorText = result.errorText;
        else delta.result = result.result;
        out.toolCall(delta);
        for (const source of result.sources) out.source(source);
      }
    }
  };

  const blockDelta = (block: Block | undefined, delta: Record<string, unknown>): void => {
    switch (delta.type) {
      case 'text_delta':
        out.text(text(delta.text));
        return;
      case 'thinking_delta':
        out.reasoning({ id: block?.kind === 'thinking' ? block.id : undefined, text: text(delta.thinking) });
        return;
      case 'signature_delta':
        out.reasoning({ id: block?.kind === 'thinking' ? block.id : undefined, signature: text(delta.signature) });
        return;
      case 'input_json_delta': {
        const args = text(delta.partial_json);
        if (block?.kind === 'tool' && args) out.toolCall({ id: block.id, arguments: args });
        return;
      }
      case 'citations_delta': {
        const source = sourceOfCitation(delta.citation);
        if (!source) return;
        out.source(source);
        if (block?.kind === 'text') block.cited.add(source.id);
        return;
      }
      default:
        return;
    }
  };

  const stopBlock = (index: number): void => {
    const block = blocks.get(index);
    blocks.delete(index);
    if (block?.kind === 'tool') {
      const completed = calls.complete(block.id);
      if (completed) out.toolCall(completed);
    } else if (block?.kind === 'thinking') {
      out.reasoning({ id: block.id, end: true });
    } else if (block?.kind === 'text' && out.textLength > block.start) {
      for (const id of block.cited) out.source({ id, span: { start: block.start, end: out.textLength } });
    }
  };

  return guardedAdapter('anthropic', {
    event(event, reply) {
      const fields = record(parseEventJson('anthropic', event.data)) ?? {};
      const type = text(fields.type) ?? event.event;
      const index = count(fields.index) ?? 0;
      switch (type) {
        case 'message_start': {
          const message = record(fields.message);
          // Output tokens here are a placeholder; message_delta reports the real count.
          out.meta({ model: text(message?.model), usage: usageFrom(record(message?.usage)?.input_tokens, undefined) });
          break;
        }
        case 'content_block_start': {
          const block = record(fields.content_block);
          if (block) startBlock(index, block);
          break;
        }
        case 'content_block_delta': {
          const delta = record(fields.delta);
          if (delta) blockDelta(blocks.get(index), delta);
          break;
        }
        case 'content_block_stop':
          stopBlock(index);
          break;
        case 'message_delta': {
          const usage = record(fields.usage);
          out.meta({ usage: usage && usageFrom(usage.input_tokens, usage.output_tokens), finishReason: text(record(fields.delta)?.stop_reason) });
          break;
        }
        case 'message_stop': {
          for (const completed of calls.completeAll()) out.toolCall(completed);
          out.send(reply);
          reply.done();
          return;
        }
        case 'error':
          out.send(reply);
          reply.error(streamErrorFrom(fields.error ?? fields));
          return;
        default:
          // ping, and types added after this was written
          break;
      }
      out.send(reply);
    },
    close(reply) {
      reply.error(new NetworkError('The stream ended before the reply was complete'));
    },
  });
}

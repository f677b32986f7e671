import { NetworkError } from '../errors.js';
import type { Chunk, ToolCallDelta } from '../types.js';
import { parseEventJson, record, streamErrorFromData, text, usageFrom } from './event-json.js';
import { ChunkBuilder } from './chunk-builder.js';
import { guardedAdapter } from './guarded-adapter.js';
import { readCitations, readServerToolCalls, readThinking } from './rubyllm-extras.js';
import { OpenToolCalls } from './open-tool-calls.js';
import type { ProtocolAdapter } from './types.js';

/**
 * Decodes the RubyLLM shape that Rails and Sinatra apps stream: default events whose data is a
 * JSON string (`"Hel"`) or a `RubyLLM::Chunk` as JSON (`content`, `thinking` and
 * `thinking_signature`, `tool_calls`, `server_tool_calls`, `citations`, `input_tokens`,
 * `output_tokens`, `model_id`); `event: complete` ends the reply and `event: error` fails it.
 * A stream that closes before `complete` was interrupted.
 */
export function createRubyLLMAdapter(): ProtocolAdapter {
  const calls = new OpenToolCalls();
  // Continuation fragments carry no id (RubyLLM serializes them under a "" or null key).
  let latestId: string | undefined;
  let unnamed = 0;
  const out = new ChunkBuilder();

  const toolCallDelta = (key: string | undefined, value: unknown): ToolCallDelta | undefined => {
    const fields = record(value);
    if (!fields) return undefined;
    const name = text(fields.name);
    let id = text(fields.id) ?? (key && key !== 'null' ? key : undefined);
    if (!id) id = name || !latestId ? `tool-call-${++unnamed}` : latestId;
    calls.start(id);
    latestId = id;
    const delta: ToolCallDelta = { id };
    if (name) delta.name = name;
    const args = fields.arguments;
    if (typeof args === 'string') {
      if (args) delta.arguments = args;
    } else if (record(args)) {
      // Whole arguments as an object: the call is already complete.
      delta.arguments = record(args);
      Object.assign(delta, calls.complete(id));
    }
    return delta;
  };

  const toolCallDeltas = (value: unknown): ToolCallDelta[] => {
    const deltas: ToolCallDelta[] = [];
    const add = (key: string | undefined, item: unknown) => {
      const delta = toolCallDelta(key, item);
      if (delta) deltas.push(delta);
    };
    if (Array.isArray(value)) for (const item of value) add(undefined, item);
    else if (record(value)) for (const [key, item] of Object.entries(value as object)) add(key, item);
    return deltas;
  };

  const usageAndModel = (fields: Record<string, unknown>, chunk: Chunk): void => {
    const usage = usageFrom(fields.input_tokens, fields.output_tokens);
    if (usage) chunk.usage = usage;
    const model = text(fields.model_id) ?? text(fields.model);
    if (model) chunk.model = model;
  };

  return guardedAdapter('rubyllm', {
    event(event, reply) {
      if (event.event === 'error') {
        reply.error(streamErrorFromData(event.data));
        return;
      }
      if (event.event === 'complete') {
        // `complete` may carry the final message; only its usage and model are new by now.
        const chunk: Chunk = {};
        const fields = record(safeJson(event.data));
        if (fields) usageAndModel(fields, chunk);
        for (const completed of calls.completeAll()) out.toolCall(completed);
        out.meta(chunk).send(reply);
        reply.done();
        return;
      }
      if (event.event !== undefined && event.event !== 'message' && event.event !== 'chunk') return;

      const value = parseEventJson('rubyllm', event.data);
      if (typeof value === 'string') {
        out.text(value).send(reply);
        return;
      }
      const fields = record(value);
      if (!fields) return;
      readThinking(fields, out);
      out.text(text(fields.content));
      for (const delta of toolCallDeltas(fields.tool_calls)) out.toolCall(delta);
      readServerToolCalls(fields.server_tool_calls, out);
      readCitations(fields.citations, out);
      const chunk: Chunk = {};
      usageAndModel(fields, chunk);
      out.meta({ ...chunk, finishReason: text(fields.finish_reason) }).send(reply);
    },
    close(reply) {
      reply.error(new NetworkError('The stream ended before the reply was complete'));
    },
  });
}

function safeJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

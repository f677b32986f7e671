import { NetworkError } from '../errors.js';
import type { Chunk, ToolCallDelta } from '../types.js';
import { count, parseEventJson, record, streamErrorFrom, streamErrorFromData, text, usageFrom } from './event-json.js';
import { guardedAdapter } from './guarded-adapter.js';
import { OpenToolCalls } from './open-tool-calls.js';
import type { ChunkSink, ProtocolAdapter } from './types.js';

/**
 * Decodes OpenAI Chat Completions streaming (and the many servers that copy it): `choices[0].delta`
 * content and tool-call fragments assembled by `index`, a `usage` chunk, then `[DONE]`.
 * A close without `[DONE]` is still a normal end once a `finish_reason` has arrived.
 */
export function createOpenAIAdapter(): ProtocolAdapter {
  const calls = new OpenToolCalls();
  // Only a call's first fragment carries its id and name; later ones only its index.
  const idByIndex = new Map<number, string>();
  let finished = false;
  let model: string | undefined;

  const toolCallDelta = (value: unknown, position: number): ToolCallDelta | undefined => {
    const fields = record(value);
    if (!fields) return undefined;
    const index = count(fields.index) ?? position;
    const fn = record(fields.function);
    const givenId = text(fields.id);
    let id = idByIndex.get(index);
    if ((givenId && givenId !== id) || !id) {
      id = givenId ?? `call-${index}`;
      idByIndex.set(index, id);
    }
    calls.start(id);
    const delta: ToolCallDelta = { id };
    const name = text(fn?.name);
    if (name) delta.name = name;
    const args = text(fn?.arguments);
    if (args) delta.arguments = args;
    return delta;
  };

  const end = (reply: ChunkSink) => {
    const completed = calls.completeAll();
    if (completed.length) reply.chunk({ toolCalls: completed });
    reply.done();
  };

  return guardedAdapter('openai', {
    event(event, reply) {
      if (event.data.trim() === '[DONE]') {
        end(reply);
        return;
      }
      if (event.event === 'error') {
        reply.error(streamErrorFromData(event.data));
        return;
      }
      const fields = record(parseEventJson('openai', event.data));
      if (!fields) return;
      if (fields.error) {
        reply.error(streamErrorFrom(fields.error));
        return;
      }
      const chunk: Chunk = {};
      const chunkModel = text(fields.model);
      if (chunkModel && chunkModel !== model) chunk.model = model = chunkModel;

      const choices = Array.isArray(fields.choices) ? fields.choices : [];
      for (const item of choices) {
        const choice = record(item);
        // Several choices (n > 1) would interleave replies; a message shows the first.
        if (!choice || (count(choice.index) ?? 0) !== 0) continue;
        const delta = record(choice.delta);
        const content = text(delta?.content) ?? text(delta?.refusal);
        if (content) chunk.content = content;
        if (Array.isArray(delta?.tool_calls)) {
          const deltas: ToolCallDelta[] = [];
          delta.tool_calls.forEach((value: unknown, position: number) => {
            const toolDelta = toolCallDelta(value, position);
            if (toolDelta) deltas.push(toolDelta);
          });
          if (deltas.length) chunk.toolCalls = deltas;
        }
        const finishReason = text(choice.finish_reason);
        if (finishReason) {
          finished = true;
          chunk.finishReason = finishReason;
          const completed = calls.completeAll();
          if (completed.length) chunk.toolCalls = [...(chunk.toolCalls ?? []), ...completed];
        }
      }
      const usage = record(fields.usage);
      if (usage) {
        const tokens = usageFrom(usage.prompt_tokens, usage.completion_tokens);
        if (tokens) chunk.usage = tokens;
      }
      if (chunk.content || chunk.toolCalls || chunk.usage || chunk.model || chunk.finishReason) reply.chunk(chunk);
    },
    close(reply) {
      if (finished) end(reply);
      else reply.error(new NetworkError('The stream ended before the reply was complete'));
    },
  });
}

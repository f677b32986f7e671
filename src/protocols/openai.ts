import { NetworkError } from '../errors.js';
import type { ToolCallDelta } from '../types.js';
import { ChunkBuilder } from './chunk-builder.js';
import { count, parseEventJson, record, streamErrorFrom, streamErrorFromData, text, usageFrom } from './event-json.js';
import { guardedAdapter } from './guarded-adapter.js';
import { readContent, readImages, readReasoning, readSources } from './openai-delta.js';
import { OpenToolCalls } from './open-tool-calls.js';
import type { ChunkSink, ProtocolAdapter } from './types.js';

/**
 * Decodes OpenAI Chat Completions streaming (and the many servers that copy it): `choices[0].delta`
 * reasoning (`reasoning_content`, `reasoning`, `reasoning_details`), content (a string, or an
 * array of thinking, text and image items), tool-call fragments assembled by `index`, URL
 * annotations and search results as sources, a `usage` chunk, then `[DONE]`. A choice that sends
 * `message` or `text` instead of `delta` is read the same way. A close without `[DONE]` is still
 * a normal end once a `finish_reason` has arrived.
 */
export function createOpenAIAdapter(): ProtocolAdapter {
  const calls = new OpenToolCalls();
  const out = new ChunkBuilder();
  const seenSources = new Set<string>();
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
    for (const completed of calls.completeAll()) out.toolCall(completed);
    out.send(reply);
    reply.done();
  };

  const readChoice = (choice: Record<string, unknown>, fields: Record<string, unknown>): void => {
    const delta = record(choice.delta) ?? record(choice.message);
    if (delta) {
      readReasoning(delta, out);
      readContent(delta.content, out);
      out.text(text(delta.refusal));
      if (Array.isArray(delta.tool_calls)) {
        delta.tool_calls.forEach((value: unknown, position: number) => {
          const toolDelta = toolCallDelta(value, position);
          if (toolDelta) out.toolCall(toolDelta);
        });
      }
      readImages(delta.images, out);
    } else {
      // Legacy completions-style chunks carry the text on the choice itself.
      out.text(text(choice.text));
    }
    readSources(delta, fields, out, seenSources);
    const finishReason = text(choice.finish_reason);
    if (finishReason) {
      finished = true;
      out.meta({ finishReason });
      for (const completed of calls.completeAll()) out.toolCall(completed);
    }
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
      const chunkModel = text(fields.model);
      if (chunkModel && chunkModel !== model) out.meta({ model: (model = chunkModel) });

      const choices = Array.isArray(fields.choices) ? fields.choices : [];
      for (const item of choices) {
        const choice = record(item);
        // Several choices (n > 1) would interleave replies; a message shows the first.
        if (choice && (count(choice.index) ?? 0) === 0) readChoice(choice, fields);
      }
      if (!choices.length) readSources(undefined, fields, out, seenSources);
      const usage = record(fields.usage);
      if (usage) out.meta({ usage: usageFrom(usage.prompt_tokens, usage.completion_tokens) });
      out.send(reply);
    },
    close(reply) {
      if (finished) end(reply);
      else reply.error(new NetworkError('The stream ended before the reply was complete'));
    },
  });
}

import { NetworkError } from '../errors.js';
import type { Chunk, ToolCallDelta } from '../types.js';
import { ChunkBuilder } from './chunk-builder.js';
import { parseEventJson, record, streamErrorFrom, text, usageFrom } from './event-json.js';
import { guardedAdapter } from './guarded-adapter.js';
import { OpenToolCalls } from './open-tool-calls.js';
import type { ChunkSink, ProtocolAdapter } from './types.js';

/**
 * Decodes the Vercel AI SDK UI message stream (v1, `x-vercel-ai-ui-message-stream: v1`): JSON parts
 * typed `text-*`, `reasoning-*`, `tool-input-*`, `tool-output-*` (available, error, denied),
 * `tool-approval-request`, `source-url` / `source-document`, `file`, `data-*` (transient ones
 * reach chunk listeners only), `start-step` / `finish-step`, `finish`, `abort`, `error`, then
 * `[DONE]`. Usage is read from the message metadata (`inputTokens` / `outputTokens`, directly
 * or under `usage` / `totalUsage`).
 */
export function createAISDKAdapter(): ProtocolAdapter {
  const calls = new OpenToolCalls();
  const out = new ChunkBuilder();

  const metadata = (value: unknown): Pick<Chunk, 'usage' | 'model'> => {
    const fields = record(value);
    if (!fields) return {};
    const usage = record(fields.totalUsage) ?? record(fields.usage) ?? fields;
    return { usage: usageFrom(usage.inputTokens, usage.outputTokens), model: text(fields.model) ?? text(fields.modelId) };
  };

  const finish = (reply: ChunkSink): void => {
    for (const completed of calls.completeAll()) out.toolCall(completed);
    out.send(reply);
    reply.done();
  };

  const toolCall = (fields: Record<string, unknown>, delta: Omit<ToolCallDelta, 'id'>): void => {
    const id = text(fields.toolCallId);
    if (!id) return;
    calls.start(id);
    const call: ToolCallDelta = { id, ...delta };
    const name = text(fields.toolName);
    if (name) call.name = name;
    if (typeof fields.providerExecuted === 'boolean') call.providerExecuted = fields.providerExecuted;
    // Any state past the input ends the call for `completeAll`.
    if (delta.status === 'complete' || delta.state) calls.complete(id);
    out.toolCall(call);
  };

  const input = (value: unknown): Pick<ToolCallDelta, 'arguments'> => {
    const object = record(value);
    if (object) return { arguments: object };
    return value === undefined ? {} : { arguments: typeof value === 'string' ? value : JSON.stringify(value) };
  };

  return guardedAdapter('ai-sdk', {
    event(event, reply) {
      if (event.data.trim() === '[DONE]') {
        finish(reply);
        return;
      }
      const fields = record(parseEventJson('ai-sdk', event.data)) ?? {};
      const type = text(fields.type) ?? '';
      const id = text(fields.id);
      switch (type) {
        case 'text-delta':
          out.text(text(fields.delta));
          break;
        case 'reasoning-start':
          out.reasoning({ id, redacted: redactedIn(fields.providerMetadata) || undefined });
          break;
        case 'reasoning-delta':
          out.reasoning({ id, text: text(fields.delta) });
          break;
        case 'reasoning-end':
          out.reasoning({ id, end: true });
          break;
        case 'tool-input-start':
          toolCall(fields, { status: 'streaming' });
          break;
        case 'tool-input-delta': {
          const args = text(fields.inputTextDelta);
          if (args) toolCall(fields, { arguments: args });
          break;
        }
        case 'tool-input-available':
          toolCall(fields, { ...input(fields.input), status: 'complete' });
          break;
        case 'tool-input-error':
          toolCall(fields, { ...input(fields.input), state: 'output-error', errorText: text(fields.errorText) ?? 'The tool input was invalid' });
          break;
        case 'tool-approval-request':
          toolCall(fields, { state: 'approval-requested', approvalId: text(fields.approvalId) });
          break;
        case 'tool-output-available':
          toolCall(fields, { state: 'output-available', result: fields.output });
          break;
        case 'tool-output-error':
          toolCall(fields, { state: 'output-error', errorText: text(fields.errorText) ?? 'The tool failed' });
          break;
        case 'tool-output-denied':
          toolCall(fields, { state: 'output-denied' });
          break;
        case 'source-url': {
          const url = text(fields.url);
          if (url) out.source({ id: text(fields.sourceId) ?? url, url, title: text(fields.title) });
          break;
        }
        case 'source-document': {
          const sourceId = text(fields.sourceId);
          if (sourceId) out.source({ id: sourceId, title: text(fields.title), mediaType: text(fields.mediaType), filename: text(fields.filename) });
          break;
        }
        case 'file': {
          const url = text(fields.url);
          if (url) out.file({ url, mediaType: text(fields.mediaType) ?? 'application/octet-stream' });
          break;
        }
        case 'start-step':
          out.stepStart();
          break;
        case 'finish-step':
          out.stepFinish();
          break;
        case 'start':
        case 'message-metadata':
          out.meta(metadata(fields.messageMetadata));
          break;
        case 'finish':
          out.meta({ ...metadata(fields.messageMetadata), finishReason: text(fields.finishReason) });
          finish(reply);
          return;
        case 'abort':
          // The server stopped the reply on purpose: it ends here, without an error.
          out.meta({ finishReason: 'abort' });
          finish(reply);
          return;
        case 'error':
          out.send(reply);
          reply.error(streamErrorFrom(fields.errorText ?? fields));
          return;
        default:
          if (type.startsWith('data-') && type.length > 5) {
            out.data({ name: type.slice(5), id, data: fields.data, transient: fields.transient === true || undefined });
          }
          break;
      }
      out.send(reply);
    },
    close(reply) {
      reply.error(new NetworkError('The stream ended before the reply was complete'));
    },
  });
}

/** Anthropic's redacted thinking, as the AI SDK passes it on in provider metadata. */
function redactedIn(value: unknown): boolean {
  return !!record(record(value)?.anthropic)?.redactedData;
}

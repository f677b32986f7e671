import { NetworkError, StreamError } from '../errors.js';
import type { ToolCallDelta } from '../types.js';
import { ChunkBuilder } from './chunk-builder.js';
import { count, parseEventJson, record, streamErrorFrom, text, usageFrom } from './event-json.js';
import { guardedAdapter } from './guarded-adapter.js';
import { isProviderTool, providerToolDone, providerToolStart, sourceOfAnnotation } from './openai-responses-items.js';
import { OpenToolCalls } from './open-tool-calls.js';
import type { ChunkSink, ProtocolAdapter } from './types.js';

interface FunctionCallItem {
  callId: string;
  /** Whether argument deltas arrived, so `.done` need not repeat the arguments. */
  streamed: boolean;
}

/** A run of text (output text, a reasoning summary) keyed by item and index: where it began in the reply and how much arrived. */
interface TextRun {
  base: number;
  length: number;
}

/**
 * Decodes the OpenAI Responses API stream: output text with its annotations (sources, with the
 * span they cite), reasoning summaries and reasoning text, function calls announced by
 * `response.output_item.added` and filled by argument deltas (keyed by `item_id`), provider-run
 * tools (`web_search_call`, `file_search_call`, `mcp_call`, code interpreter, image generation)
 * with their results, MCP approval requests, `response.completed` with usage. Text that a `.done`
 * event holds beyond its deltas is added, so none is lost. A response that completes with calls for
 * the app may be followed by the next response of the same reply (a step); the reply then ends at
 * the close. The type is read from `data.type`, else from the event name; unknown types are ignored.
 */
export function createOpenAIResponsesAdapter(): ProtocolAdapter {
  const calls = new OpenToolCalls();
  const out = new ChunkBuilder();
  const items = new Map<string, FunctionCallItem>();
  const runs = new Map<string, TextRun>();
  let responses = 0;
  let completed = false;
  let callsForApp = false;

  const itemFor = (itemId: string): FunctionCallItem => {
    let item = items.get(itemId);
    if (!item) items.set(itemId, (item = { callId: itemId, streamed: false }));
    return item;
  };

  // Completes a function call; sends the whole arguments when no delta carried them.
  const completeCall = (itemId: string | undefined, args: unknown): void => {
    if (!itemId) return;
    const item = itemFor(itemId);
    calls.start(item.callId);
    if (!calls.isOpen(item.callId)) return;
    const delta: ToolCallDelta = { id: item.callId, status: 'complete' };
    if (!item.streamed && typeof args === 'string' && args) delta.arguments = args;
    calls.complete(item.callId);
    out.toolCall(delta);
  };

  const runOf = (key: string): TextRun => {
    let run = runs.get(key);
    if (!run) runs.set(key, (run = { base: out.textLength, length: 0 }));
    return run;
  };

  const replyText = (key: string, piece: string | undefined): void => {
    if (!piece) return;
    runOf(key).length += piece.length;
    out.text(piece);
  };

  // A `.done` event's whole text: whatever the deltas did not bring is added.
  const replyTextDone = (key: string, whole: string | undefined): void => {
    const run = runOf(key);
    if (whole && whole.length > run.length) replyText(key, whole.slice(run.length));
  };

  const reasoningText = (id: string, piece: string | undefined, whole?: string): void => {
    const run = runOf(id);
    const added = whole !== undefined ? (whole.length > run.length ? whole.slice(run.length) : undefined) : piece;
    if (!added) return;
    run.length += added.length;
    out.reasoning({ id, text: added });
  };

  const finish = (reply: ChunkSink): void => {
    for (const done of calls.completeAll()) out.toolCall(done);
    out.send(reply);
    reply.done();
  };

  const itemAdded = (item: Record<string, unknown>): void => {
    const itemId = text(item.id);
    if (!itemId) return;
    if (item.type === 'function_call' || item.type === 'custom_tool_call') {
      callsForApp = true;
      const callId = text(item.call_id) ?? itemId;
      items.set(itemId, { callId, streamed: false });
      calls.start(callId);
      out.toolCall({ id: callId, status: 'streaming', name: text(item.name) });
    } else if (isProviderTool(item)) {
      items.set(itemId, { callId: itemId, streamed: false });
      out.toolCall(providerToolStart(item, itemId));
    }
  };

  const itemDone = (item: Record<string, unknown>): void => {
    const itemId = text(item.id);
    if (!itemId) return;
    if (item.type === 'function_call') completeCall(itemId, item.arguments);
    else if (item.type === 'custom_tool_call') completeCall(itemId, item.input);
    else if (isProviderTool(item)) providerToolDone(item, itemId, out);
    else if (item.type === 'mcp_approval_request') {
      const args = text(item.arguments);
      out.toolCall({ id: itemId, name: text(item.name), arguments: args, state: 'approval-requested', approvalId: itemId, providerExecuted: true });
    } else if (item.type === 'reasoning') out.reasoning({ end: true });
    else if (item.type === 'message' && Array.isArray(item.content)) {
      item.content.forEach((part: unknown, index: number) => replyTextDone(`${itemId}:${index}`, text(record(part)?.text) ?? text(record(part)?.refusal)));
    }
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
      const itemId = text(fields.item_id) ?? '';
      const textKey = `${itemId}:${count(fields.content_index) ?? 0}`;
      switch (type) {
        case 'response.created':
          if (responses++ > 0) out.stepStart();
          callsForApp = false;
          out.meta({ model: text(response?.model) });
          break;
        case 'response.in_progress':
          out.meta({ model: text(response?.model) });
          break;
        case 'response.content_part.added':
          runOf(textKey);
          replyTextDone(textKey, text(record(fields.part)?.text));
          break;
        case 'response.output_text.delta':
        case 'response.refusal.delta':
          replyText(textKey, text(fields.delta));
          break;
        case 'response.output_text.done':
          replyTextDone(textKey, text(fields.text));
          break;
        case 'response.refusal.done':
          replyTextDone(textKey, text(fields.refusal));
          break;
        case 'response.content_part.done':
          replyTextDone(textKey, text(record(fields.part)?.text) ?? text(record(fields.part)?.refusal));
          break;
        case 'response.output_text.annotation.added': {
          const source = sourceOfAnnotation(fields.annotation, runOf(textKey).base);
          if (source) out.source(source);
          break;
        }
        case 'response.reasoning_summary_part.added':
          out.reasoning({ id: `${itemId}:s${count(fields.summary_index) ?? 0}` });
          break;
        case 'response.reasoning_summary_text.delta':
          reasoningText(`${itemId}:s${count(fields.summary_index) ?? 0}`, text(fields.delta));
          break;
        case 'response.reasoning_summary_text.done':
          reasoningText(`${itemId}:s${count(fields.summary_index) ?? 0}`, undefined, text(fields.text) ?? '');
          break;
        case 'response.reasoning_summary_part.done':
          out.reasoning({ id: `${itemId}:s${count(fields.summary_index) ?? 0}`, end: true });
          break;
        case 'response.reasoning_text.delta':
          reasoningText(`${itemId}:t${count(fields.content_index) ?? 0}`, text(fields.delta));
          break;
        case 'response.reasoning_text.done':
          reasoningText(`${itemId}:t${count(fields.content_index) ?? 0}`, undefined, text(fields.text) ?? '');
          break;
        case 'response.output_item.added': {
          const item = record(fields.item);
          if (item) itemAdded(item);
          break;
        }
        case 'response.function_call_arguments.delta':
        case 'response.custom_tool_call_input.delta':
        case 'response.mcp_call_arguments.delta': {
          const args = text(fields.delta);
          if (!itemId || !args) break;
          const item = itemFor(itemId);
          item.streamed = true;
          calls.start(item.callId);
          out.toolCall({ id: item.callId, arguments: args });
          break;
        }
        case 'response.function_call_arguments.done':
          completeCall(itemId, fields.arguments);
          break;
        case 'response.output_item.done': {
          const item = record(fields.item);
          if (item) itemDone(item);
          break;
        }
        case 'response.completed': {
          completed = true;
          const usage = record(response?.usage);
          out.meta({ usage: usage && usageFrom(usage.input_tokens, usage.output_tokens), model: text(response?.model) });
          out.stepFinish();
          if (!callsForApp) {
            finish(reply);
            return;
          }
          break;
        }
        case 'response.failed':
          out.send(reply);
          reply.error(streamErrorFrom(response?.error ?? fields, 'The response failed'));
          return;
        case 'response.incomplete': {
          out.send(reply);
          const reason = text(record(response?.incomplete_details)?.reason);
          reply.error(new StreamError(`The response is incomplete${reason ? `: ${reason}` : ''}`, reason));
          return;
        }
        case 'error':
          out.send(reply);
          reply.error(streamErrorFrom(fields));
          return;
        default:
          break;
      }
      out.send(reply);
    },
    close(reply) {
      if (completed) finish(reply);
      else reply.error(new NetworkError('The stream ended before the reply was complete'));
    },
  });
}

import type { ToolCallDelta } from '../types.js';
import type { ChunkBuilder } from './chunk-builder.js';
import { count, record, text } from './event-json.js';

/** `thinking` as text (or `{text, signature}`), with `thinking_signature` beside it. */
export function readThinking(fields: Record<string, unknown>, out: ChunkBuilder): void {
  const thinking = fields.thinking;
  const inner = record(thinking);
  const piece = text(thinking) ?? text(inner?.text);
  const signature = text(fields.thinking_signature) ?? text(inner?.signature);
  if (piece || signature) out.reasoning({ text: piece, signature });
}

/**
 * `server_tool_calls` (`[{type, name, id, input, result}]`, RubyLLM's provider-run tool steps):
 * a call block starts a call, a `*_result` block answers the call it names.
 */
export function readServerToolCalls(value: unknown, out: ChunkBuilder): void {
  if (!Array.isArray(value)) return;
  // Results that are lists of search results (`{url, title}`) are sources too.
  const sources: unknown[] = [];
  for (const entry of value) {
    const step = record(entry);
    if (!step) continue;
    const raw = record(step.raw);
    const type = text(step.type) ?? '';
    const isResult = type.endsWith('_result') || (raw?.tool_use_id !== undefined && step.result !== undefined);
    const id = (isResult ? text(raw?.tool_use_id) : undefined) ?? text(step.id) ?? text(raw?.id);
    if (!id) continue;
    const delta: ToolCallDelta = { id, providerExecuted: true };
    const name = text(step.name);
    if (name) delta.name = name;
    const input = record(step.input);
    if (input) delta.arguments = input;
    if (isResult || step.result !== undefined) {
      const result = step.result ?? raw?.content;
      const error = record(result);
      if (raw?.is_error === true || text(error?.type)?.endsWith('_error')) delta.errorText = text(error?.error_code) ?? text(error?.type) ?? 'The tool failed';
      else delta.result = result;
      if (Array.isArray(result)) sources.push(...result);
    } else {
      delta.status = 'complete';
    }
    out.toolCall(delta);
    for (const found of sources.splice(0)) {
      const item = record(found);
      const url = text(item?.url);
      if (url) out.source({ id: url, url, title: text(item?.title) });
    }
  }
}

/** `citations` (`[{url, title, start_index, end_index, source_id, source_index}]`, offsets into the reply text). */
export function readCitations(value: unknown, out: ChunkBuilder): void {
  if (!Array.isArray(value)) return;
  for (const entry of value) {
    const citation = record(entry);
    if (!citation) continue;
    const url = text(citation.url);
    const title = text(citation.title);
    const index = count(citation.source_index);
    const id = text(citation.source_id) ?? url ?? (index !== undefined ? `source-${index}` : title);
    if (!id) continue;
    const start = count(citation.start_index);
    const end = count(citation.end_index);
    out.source({ id, url, title, span: start !== undefined && end !== undefined && end > start ? { start, end } : undefined });
  }
}

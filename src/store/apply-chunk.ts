import type { Chunk, Message, ToolCall, ToolCallDelta } from '../types.js';

/**
 * Returns the message with one chunk applied. Costs O(chunk): content is appended (V8 keeps long
 * concatenations as ropes), and the tool-call list is copied only when the chunk touches it.
 */
export function applyChunk(message: Message, chunk: Chunk): Message {
  const next: Message = { ...message };
  if (chunk.content) next.content = message.content + chunk.content;
  if (chunk.toolCalls?.length) next.toolCalls = applyToolCallDeltas(message.toolCalls, chunk.toolCalls);
  if (chunk.usage) next.usage = { ...message.usage, ...definedOnly(chunk.usage) };
  if (chunk.model) next.model = chunk.model;
  return next;
}

/**
 * The chunks of one batch as one chunk: content concatenated, tool-call deltas in order (applying
 * them in turn gives what applying each chunk did), usage merged, the last model and finish reason.
 * Builds each field once, so a batch of n chunks costs O(n) and one `applyChunk`.
 */
export function mergeChunks(chunks: readonly Chunk[]): Chunk {
  if (chunks.length === 1) return chunks[0];
  let content = '';
  let toolCalls: ToolCallDelta[] | undefined;
  let usage: Chunk['usage'];
  const merged: Chunk = {};
  for (const chunk of chunks) {
    if (chunk.content) content += chunk.content;
    if (chunk.toolCalls?.length) (toolCalls ??= []).push(...chunk.toolCalls);
    if (chunk.usage) usage = { ...usage, ...definedOnly(chunk.usage) };
    if (chunk.model) merged.model = chunk.model;
    if (chunk.finishReason) merged.finishReason = chunk.finishReason;
  }
  if (content) merged.content = content;
  if (toolCalls) merged.toolCalls = toolCalls;
  if (usage) merged.usage = usage;
  return merged;
}

function applyToolCallDeltas(calls: ToolCall[], deltas: ToolCallDelta[]): ToolCall[] {
  const next = calls.slice();
  for (const delta of deltas) {
    const index = next.findIndex((call) => call.id === delta.id);
    const current: ToolCall = index >= 0 ? next[index] : { id: delta.id, name: '', arguments: '', status: 'streaming' };
    const updated: ToolCall = { ...current };
    if (delta.name) updated.name = delta.name;
    if (typeof delta.arguments === 'string') {
      updated.arguments = (typeof current.arguments === 'string' ? current.arguments : JSON.stringify(current.arguments)) + delta.arguments;
    } else if (delta.arguments) {
      updated.arguments = delta.arguments;
    }
    if ('result' in delta) updated.result = delta.result;
    if (delta.status === 'complete') Object.assign(updated, completeToolCall(updated));
    if (index >= 0) next[index] = updated;
    else next.push(updated);
  }
  return next;
}

/** Marks a tool call complete and parses its argument text when it is valid JSON. */
export function completeToolCall(call: ToolCall): ToolCall {
  let args = call.arguments;
  if (typeof args === 'string') {
    try {
      const parsed: unknown = JSON.parse(args.trim() === '' ? '{}' : args);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) args = parsed as Record<string, unknown>;
    } catch {
      // Leave unparseable text as it came: it is what the model sent.
    }
  }
  return { ...call, arguments: args, status: 'complete' };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

import type { Chunk } from '../types.js';

const definedOnly = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * The chunks of one batch as one chunk, for the `chunk` event: content and reasoning text
 * concatenated; tool-call deltas, sources, files and data in order; usage merged; the last model,
 * finish reason and step. The message applies the chunks one by one (their order places parts);
 * this only describes the batch. O(n) for n chunks.
 */
export function mergeChunks(chunks: readonly Chunk[]): Chunk {
  if (chunks.length === 1) return chunks[0];
  const merged: Chunk = {};
  let content = '';
  let reasoning = '';
  for (const chunk of chunks) {
    if (chunk.content) content += chunk.content;
    if (chunk.reasoning) {
      reasoning += chunk.reasoning.text ?? '';
      merged.reasoning = { ...chunk.reasoning, text: reasoning };
    }
    for (const key of ['toolCalls', 'sources', 'files', 'data'] as const) {
      const list = chunk[key];
      if (list?.length) ((merged[key] ??= []) as unknown[]).push(...list);
    }
    if (chunk.usage) merged.usage = { ...merged.usage, ...definedOnly(chunk.usage) };
    if (chunk.model) merged.model = chunk.model;
    if (chunk.finishReason) merged.finishReason = chunk.finishReason;
    if (chunk.step) merged.step = chunk.step;
  }
  if (content) merged.content = content;
  return merged;
}

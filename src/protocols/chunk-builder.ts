import type { Chunk, DataDelta, FilePart, ReasoningDelta, SourceDelta, ToolCallDelta } from '../types.js';
import type { ChunkSink } from './types.js';

/** The order in which `applyChunk` applies a chunk's fields. */
const enum Rank {
  Reasoning = 1,
  Content,
  ToolCalls,
  Sources,
  Files,
  Data,
}

/**
 * Collects what one event carries into as few chunks as keep its order: a field that `applyChunk`
 * would apply before one already collected starts a new chunk. Lives as long as its adapter, so
 * it also counts the reply text sent so far (for citation spans).
 */
export class ChunkBuilder {
  /** UTF-16 length of all reply text sent so far: the offset the next text starts at. */
  textLength = 0;
  private chunks: Chunk[] = [];
  private current: Chunk = {};
  private rank = 0;
  /** Whether `current` holds anything (cheaper than looking at its fields). */
  private filled = false;

  private at(rank: Rank): Chunk {
    if (rank < this.rank || this.current.step === 'finish') this.flush();
    this.rank = rank;
    this.filled = true;
    return this.current;
  }

  text(text: string | undefined): this {
    if (!text) return this;
    const chunk = this.at(Rank.Content);
    chunk.content = (chunk.content ?? '') + text;
    this.textLength += text.length;
    return this;
  }

  reasoning(delta: ReasoningDelta): this {
    let chunk = this.at(Rank.Reasoning);
    const open = chunk.reasoning;
    if (open && (open.end || open.id !== delta.id || (delta.redacted && !open.redacted))) {
      this.flush();
      chunk = this.at(Rank.Reasoning);
    }
    const merged: ReasoningDelta = { ...chunk.reasoning, ...definedOnly(delta) };
    if (chunk.reasoning?.text && delta.text) merged.text = chunk.reasoning.text + delta.text;
    else if (chunk.reasoning?.text) merged.text = chunk.reasoning.text;
    if (chunk.reasoning?.signature && delta.signature) merged.signature = chunk.reasoning.signature + delta.signature;
    else if (chunk.reasoning?.signature) merged.signature = chunk.reasoning.signature;
    chunk.reasoning = merged;
    return this;
  }

  toolCall(delta: ToolCallDelta): this {
    (this.at(Rank.ToolCalls).toolCalls ??= []).push(definedOnly(delta));
    return this;
  }

  source(delta: SourceDelta): this {
    (this.at(Rank.Sources).sources ??= []).push(definedOnly(delta));
    return this;
  }

  file(file: Omit<FilePart, 'type'>): this {
    (this.at(Rank.Files).files ??= []).push(file);
    return this;
  }

  data(delta: DataDelta): this {
    (this.at(Rank.Data).data ??= []).push(definedOnly(delta));
    return this;
  }

  /** A step begins: it goes before anything collected after it. */
  stepStart(): this {
    if (this.filled) this.flush();
    this.current.step = 'start';
    this.filled = true;
    return this;
  }

  /** A step ends: after everything collected so far. */
  stepFinish(): this {
    if (this.current.step === 'start') this.flush();
    this.current.step = 'finish';
    this.filled = true;
    return this;
  }

  /** Fields that belong to the reply as a whole (usage, model, finish reason): they go anywhere. */
  meta(fields: Pick<Chunk, 'usage' | 'model' | 'finishReason'>): this {
    if (fields.usage) this.current.usage = { ...this.current.usage, ...fields.usage };
    if (fields.model) this.current.model = fields.model;
    if (fields.finishReason) this.current.finishReason = fields.finishReason;
    if (fields.usage || fields.model || fields.finishReason) this.filled = true;
    return this;
  }

  /** Sends every chunk collected, in order. */
  send(reply: ChunkSink): void {
    if (!this.chunks.length) {
      // The common case, one chunk: no list to build.
      if (!this.filled) return;
      const chunk = this.current;
      this.current = {};
      this.rank = 0;
      this.filled = false;
      reply.chunk(chunk);
      return;
    }
    this.flush();
    const chunks = this.chunks;
    this.chunks = [];
    for (const chunk of chunks) reply.chunk(chunk);
  }

  private flush(): void {
    if (this.filled) this.chunks.push(this.current);
    this.current = {};
    this.rank = 0;
    this.filled = false;
  }
}

/** The object without its undefined fields, so chunks compare and print cleanly. */
function definedOnly<T extends object>(value: T): T {
  for (const key in value) if (value[key] === undefined) return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
  return value;
}

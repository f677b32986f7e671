import type { DataDelta, FilePart, Part, ReasoningDelta, ReasoningPart, SourceDelta, SourcePart, ToolCall, ToolCallDelta, ToolCallPart } from '../types.js';
import { nextToolCall } from './tool-call-state.js';

/**
 * Where things are in one parts array, so a delta finds its part in O(1) instead of scanning.
 * Parts are only ever appended or replaced in place, so positions stay true for every later
 * array of the same message; one index is shared by them (and checked before each use).
 */
interface PartIndex {
  /** The text part new text goes to, or -1 when the next text starts a new part. */
  openText: number;
  /**
   * The open text part is the message's only text, so its text and `content` can be the same
   * string: one rope of the reply's pieces instead of two (each costs a node per delta).
   */
  textIsContent: boolean;
  /** The streaming reasoning part new reasoning goes to, or -1. */
  openReasoning: number;
  reasoningId?: string;
  reasoningStartedAt: number;
  tools: Map<string, number>;
  sources: Map<string, number>;
  data: Map<string, number>;
}

const indexes = new WeakMap<readonly Part[], PartIndex>();
/** What the shared edit holds between chunks: nothing, so it keeps no message alive. */
const released: Part[] = [];
// The index of the array last edited: a streaming reply hits it on every chunk, so the WeakMap is
// only written when another message's parts are edited in between (a WeakMap entry per chunk
// costs more than the rest of the edit).
let lastParts: readonly Part[] | undefined;
let lastIndex: PartIndex | undefined;

function indexFor(parts: readonly Part[]): PartIndex {
  if (parts === lastParts) return lastIndex!;
  return indexes.get(parts) ?? buildIndex(parts);
}

/** Lets go of a finished reply's parts (the cache would otherwise keep the last message alive). */
export function forgetParts(parts: readonly Part[]): void {
  if (parts === lastParts) lastParts = lastIndex = undefined;
  indexes.delete(parts);
}

function remember(parts: readonly Part[], index: PartIndex): void {
  if (lastParts && lastIndex !== index) indexes.set(lastParts, lastIndex!);
  lastParts = parts;
  lastIndex = index;
}

function buildIndex(parts: readonly Part[]): PartIndex {
  const index: PartIndex = { openText: -1, textIsContent: false, openReasoning: -1, reasoningStartedAt: 0, tools: new Map(), sources: new Map(), data: new Map() };
  parts.forEach((part, at) => {
    if (part.type === 'tool-call') index.tools.set(part.id, at);
    else if (part.type === 'source') index.sources.set(part.id, at);
    else if (part.type === 'data') index.data.set(dataKey(part.name, part.id), at);
  });
  // Text and reasoning carry on past sources and data (see `pushQuietly`).
  let last = parts.length - 1;
  while (parts[last]?.type === 'source' || parts[last]?.type === 'data') last -= 1;
  const flow = parts[last];
  if (flow?.type === 'text') index.openText = last;
  if (flow?.type === 'reasoning' && flow.state === 'streaming') {
    index.openReasoning = last;
    index.reasoningStartedAt = Date.now() - (flow.durationMs ?? 0);
  }
  return index;
}

const dataKey = (name: string, id: string | undefined) => `${name}\u0000${id ?? ''}`;

/**
 * The changes one chunk makes to a message's parts. The array is copied once, on the first
 * change, and never when nothing changes; each delta then costs O(1) besides that copy.
 */
export class PartsEdit {
  private parts: Part[] = released;
  private copied = false;
  private index!: PartIndex;
  private time?: number;

  /**
   * Starts an edit of `parts`. One edit runs at a time (applying a chunk calls nothing outside),
   * so the same instance serves every chunk instead of one allocated per delta.
   */
  static of(parts: readonly Part[], time?: number): PartsEdit {
    const edit = shared;
    edit.parts = parts as Part[];
    edit.copied = false;
    edit.index = indexFor(parts);
    edit.time = time;
    return edit;
  }

  /** The parts after the edit (the same array when nothing changed). */
  result(): Part[] {
    const parts = this.parts;
    remember(parts, this.index);
    this.parts = released;
    return parts;
  }

  /** Appends reply text; returns the message's new `content` (`content` with the text appended). */
  text(text: string, content: string): string {
    const index = this.index;
    const open = index.openText >= 0 ? this.parts[index.openText] : undefined;
    if (open?.type === 'text') {
      const grown = open.text + text;
      this.set(index.openText, { type: 'text', text: grown });
      return index.textIsContent ? grown : content + text;
    }
    this.push({ type: 'text', text });
    index.openText = this.parts.length - 1;
    index.textIsContent = content.length === 0;
    return content + text;
  }

  reasoning(delta: ReasoningDelta): void {
    const index = this.index;
    const now = this.time ?? Date.now();
    let at = index.openReasoning;
    let part = this.openReasoningPart();
    if (part && delta.id !== undefined && index.reasoningId !== undefined && delta.id !== index.reasoningId) {
      this.closeReasoning();
      part = undefined;
    }
    if (!part) {
      if (delta.end && !delta.text && !delta.redacted && !delta.signature) return;
      part = { type: 'reasoning', text: '', state: 'streaming', durationMs: 0 };
      this.push(part);
      at = this.parts.length - 1;
      index.openReasoning = at;
      index.reasoningId = delta.id;
      index.reasoningStartedAt = now;
    }
    const next: ReasoningPart = { ...part };
    if (delta.text) {
      next.text = part.text + delta.text;
      next.durationMs = now - index.reasoningStartedAt;
    }
    if (delta.redacted) next.redacted = true;
    if (delta.signature) next.signature = (part.signature ?? '') + delta.signature;
    if (delta.end) {
      next.state = 'done';
      index.openReasoning = -1;
    }
    this.set(at, next);
  }

  /** Applies tool-call deltas to the parts and to `calls` (the message's `toolCalls`); returns the new calls list. */
  toolCalls(deltas: readonly ToolCallDelta[], calls: readonly ToolCall[]): ToolCall[] {
    const list = calls.slice();
    for (const delta of deltas) {
      const at = this.toolAt(delta.id);
      if (at < 0) {
        const call = nextToolCall(undefined, delta);
        this.push(call);
        this.index.tools.set(call.id, this.parts.length - 1);
        list.push(call);
        continue;
      }
      const before = this.parts[at] as ToolCallPart;
      const call = nextToolCall(before, delta);
      this.set(at, call);
      const listed = list.indexOf(before);
      const position = listed >= 0 ? listed : list.findIndex((candidate) => candidate.id === call.id);
      if (position >= 0) list[position] = call;
      else list.push(call);
    }
    return list;
  }

  source(delta: SourceDelta): void {
    const known = this.index.sources.get(delta.id);
    const before = known === undefined ? undefined : this.parts[known];
    if (known === undefined || before?.type !== 'source' || before.id !== delta.id) {
      const part: SourcePart = { type: 'source', id: delta.id };
      mergeSource(part, delta);
      this.pushQuietly(part);
      this.index.sources.set(delta.id, this.parts.length - 1);
      return;
    }
    const next: SourcePart = { ...before };
    if (mergeSource(next, delta)) this.set(known, next);
  }

  file(file: Omit<FilePart, 'type'>): void {
    this.push({ type: 'file', ...file });
  }

  data(delta: DataDelta): void {
    if (delta.transient) return;
    const key = dataKey(delta.name, delta.id);
    const known = delta.id === undefined ? undefined : this.index.data.get(key);
    const part: Part = { type: 'data', name: delta.name, data: delta.data };
    if (delta.id !== undefined) part.id = delta.id;
    if (known !== undefined && this.parts[known]?.type === 'data') {
      this.set(known, part);
      return;
    }
    this.pushQuietly(part);
    this.index.data.set(key, this.parts.length - 1);
  }

  stepStart(): void {
    const last = this.parts[this.parts.length - 1];
    if (!last || last.type === 'step-start') return;
    this.push({ type: 'step-start' });
  }

  stepFinish(): void {
    this.closeReasoning();
    this.index.openText = -1;
  }

  /** The reasoning part still streaming, marked done (the answer started or the reply ended). */
  closeReasoning(): void {
    const part = this.openReasoningPart();
    if (part) this.set(this.index.openReasoning, { ...part, state: 'done' });
    this.index.openReasoning = -1;
  }

  /** Every tool call still streaming its input, completed; returns the completed calls. */
  completeStreamingCalls(complete: (call: ToolCallPart) => ToolCallPart): ToolCallPart[] {
    const done: ToolCallPart[] = [];
    for (const at of this.index.tools.values()) {
      const part = this.parts[at];
      if (part?.type !== 'tool-call' || part.state !== 'input-streaming') continue;
      const call = complete(part);
      this.set(at, call);
      done.push(call);
    }
    return done;
  }

  private openReasoningPart(): ReasoningPart | undefined {
    if (this.index.openReasoning < 0) return undefined;
    const part = this.parts[this.index.openReasoning];
    return part?.type === 'reasoning' && part.state === 'streaming' ? part : undefined;
  }

  private toolAt(id: string): number {
    const at = this.index.tools.get(id);
    const part = at === undefined ? undefined : this.parts[at];
    return part?.type === 'tool-call' && part.id === id ? at! : -1;
  }

  private writable(): Part[] {
    if (!this.copied) {
      this.parts = this.parts.slice();
      this.copied = true;
    }
    return this.parts;
  }

  private set(at: number, part: Part): void {
    this.writable()[at] = part;
  }

  /** Adds a part that interrupts the flow: the answer has moved on from reasoning and from the text before. */
  private push(part: Part): void {
    if (part.type !== 'reasoning') this.closeReasoning();
    this.index.openText = -1;
    this.writable().push(part);
  }

  /** Adds a part beside the flow (a source, data): text and reasoning carry on after it. */
  private pushQuietly(part: Part): void {
    this.writable().push(part);
  }
}

/** Copies the delta's fields into the part; true when anything changed. */
function mergeSource(part: SourcePart, delta: SourceDelta): boolean {
  let changed = false;
  for (const key of ['url', 'title', 'mediaType', 'filename'] as const) {
    const value = delta[key];
    if (value !== undefined && part[key] !== value) {
      part[key] = value;
      changed = true;
    }
  }
  if (delta.span) {
    const spans = part.spans ?? [];
    if (!spans.some((span) => span.start === delta.span!.start && span.end === delta.span!.end)) {
      part.spans = [...spans, { start: delta.span.start, end: delta.span.end }];
      changed = true;
    }
  }
  return changed;
}

const shared = new PartsEdit();

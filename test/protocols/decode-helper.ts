/**
 * Decodes recorded replies the way the kit does: bytes through the kit's body decoder (one
 * streaming TextDecoder, eventsource-parser), a protocol adapter, then `applyChunk` into a
 * message. Lets a test cut the bytes anywhere and compare what a reader would end up seeing.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ChatStreamError } from '../../src/errors.js';
import { createAdapter } from '../../src/protocols/registry.js';
import type { ChunkSink, ProtocolAdapter, ProtocolName } from '../../src/protocols/types.js';
import { applyChunk, completeToolCall } from '../../src/store/apply-chunk.js';
import { createBodyDecoder, type BodyFormat } from '../../src/transport/body-decoder.js';
import type { StreamEvent } from '../../src/transport/types.js';
import type { Chunk, Message } from '../../src/types.js';
import type { ExpectedReply, StreamFixture } from '../fixtures/streams.js';

export interface DecodedReply {
  message: Message;
  /** `done`, the error the reply ended with, or `open` when the adapter never ended it. */
  end: 'done' | 'open' | ChatStreamError;
  /** Every chunk, in order. */
  chunks: Chunk[];
  /** The adapter used (for `auto`, the detecting one). */
  adapter: ProtocolAdapter;
}

/** A sink that applies chunks to a message and fails loudly on a second ending or a late chunk. */
export function recordingSink(): { sink: ChunkSink; result: () => Omit<DecodedReply, 'adapter'> } {
  let message: Message = { id: 'reply', role: 'assistant', content: '', status: 'streaming', toolCalls: [] };
  let end: DecodedReply['end'] = 'open';
  const chunks: Chunk[] = [];
  const ending = (value: DecodedReply['end']) => {
    if (end !== 'open') throw new Error(`the reply ended twice (${describeEnd(end)}, then ${describeEnd(value)})`);
    end = value;
  };
  const sink: ChunkSink = {
    chunk(chunk) {
      if (end !== 'open') throw new Error(`a chunk arrived after the reply ended: ${JSON.stringify(chunk)}`);
      chunks.push(chunk);
      message = applyChunk(message, chunk);
    },
    done: () => ending('done'),
    error: (error) => ending(error),
  };
  const result = () => {
    // Calls still streaming when the reply completes are complete, as the store treats them.
    const toolCalls = end === 'done' ? message.toolCalls.map((call) => (call.status === 'streaming' ? completeToolCall(call) : call)) : message.toolCalls;
    return { message: { ...message, toolCalls }, end, chunks };
  };
  return { sink, result };
}

/** Feeds events straight to an adapter (no bytes, no parser), then closes when asked. */
export function decodeEvents(protocol: ProtocolName | 'auto', events: Array<StreamEvent | string>, options: { close?: boolean } = {}): DecodedReply {
  const adapter = createAdapter(protocol);
  const { sink, result } = recordingSink();
  adapter.open?.({ format: 'sse' });
  for (const event of events) adapter.event(typeof event === 'string' ? { data: event } : event, sink);
  if (options.close ?? true) adapter.close(sink);
  return { ...result(), adapter };
}

export interface DecodeOptions {
  /** How the body is read; `unknown` decides from its first line, as for a response without a usable content type. */
  format: BodyFormat | 'unknown';
  /** Response headers the transport could read; leave out to model a cross-origin response. */
  headers?: Record<string, string>;
}

/**
 * Decodes a body delivered as these byte pieces with the kit's own body decoder (the one the SSE
 * transport reads responses with), then closes the stream.
 */
export function decodePieces(protocol: ProtocolName | 'auto', pieces: Uint8Array[], options: DecodeOptions): DecodedReply {
  const adapter = createAdapter(protocol);
  const { sink, result } = recordingSink();
  const headers = options.headers ? new Headers(options.headers) : undefined;
  const decoder = createBodyDecoder({
    format: options.format,
    onFormat: (format) => adapter.open?.({ format, headers }),
    onEvent: (event) => adapter.event(event, sink),
  });
  for (const piece of pieces) decoder.push(piece);
  decoder.end();
  adapter.close(sink);
  return { ...result(), adapter };
}

/** Cuts bytes at the given offsets (any order; out-of-range and repeated offsets are ignored). */
export function splitBytes(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts)].filter((cut) => cut > 0 && cut < bytes.length).sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    pieces.push(bytes.subarray(start, point));
    start = point;
  }
  return pieces;
}

/** What a reader sees of a reply, in a fixed key order so equal replies stringify equally. */
export interface VisibleReply {
  content: string;
  toolCalls: Array<{ id: string; name: string; arguments: unknown; result?: unknown }>;
  usage?: { inputTokens?: number; outputTokens?: number };
  model?: string;
  /** `done`, or the error's class name, followed by `: message` when the message is compared. */
  ended: string;
}

function visible(content: string, toolCalls: VisibleReply['toolCalls'], usage: VisibleReply['usage'], model: string | undefined, ended: string): VisibleReply {
  const reply: VisibleReply = {
    content,
    toolCalls: toolCalls.map((call) => {
      const seen: VisibleReply['toolCalls'][number] = { id: call.id, name: call.name, arguments: call.arguments };
      if ('result' in call) seen.result = call.result;
      return seen;
    }),
    ended,
  };
  if (usage) reply.usage = { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens };
  if (model) reply.model = model;
  return reply;
}

/** The expected reply as a reader would see it. */
export function expectedVisible(expected: ExpectedReply): VisibleReply {
  const { end } = expected;
  const ended = end === 'done' ? 'done' : end.message === undefined ? end.error : `${end.error}: ${end.message}`;
  return visible(expected.content, expected.toolCalls, expected.usage, expected.model, ended);
}

/** The decoded reply as a reader sees it; the error message is left out when `expected` gives none. */
export function visibleReply(decoded: Pick<DecodedReply, 'message' | 'end'>, expected?: ExpectedReply): VisibleReply {
  const { message, end } = decoded;
  const withMessage = !expected || expected.end === 'done' || expected.end.message !== undefined;
  const ended = typeof end === 'string' ? end : withMessage ? `${end.name}: ${end.message}` : end.name;
  return visible(message.content, message.toolCalls, message.usage, message.model, ended);
}

function describeEnd(end: DecodedReply['end']): string {
  return end === 'done' || end === 'open' ? end : `${end.name}: ${end.message}`;
}

/** Asserts the decoded reply is what the fixture expects (error messages compared when given). */
export function expectReply(decoded: DecodedReply, expected: ExpectedReply, label = ''): void {
  expect(visibleReply(decoded, expected), label).to.deep.equal(expectedVisible(expected));
}

/**
 * Decodes the fixture cut at every single byte boundary, then one byte at a time, then at the
 * given extra cut sets, and asserts the reply a reader sees is the expected one every time.
 * Returns how many deliveries were checked.
 */
export function expectSameAtEveryBoundary(fixture: StreamFixture, protocol: ProtocolName | 'auto' = fixture.protocol, extraCuts: number[][] = []): number {
  const bytes = new TextEncoder().encode(fixture.body);
  const options: DecodeOptions = { format: fixture.format };
  const deliveries: Array<{ label: string; cuts: number[] }> = [{ label: 'in one piece', cuts: [] }];
  for (let cut = 1; cut < bytes.length; cut++) deliveries.push({ label: `cut at byte ${cut}`, cuts: [cut] });
  deliveries.push({ label: 'one byte at a time', cuts: Array.from({ length: bytes.length }, (_, index) => index) });
  for (const cuts of extraCuts) deliveries.push({ label: `cut at bytes ${cuts.join(', ')}`, cuts });

  const want = JSON.stringify(expectedVisible(fixture.expected));
  for (const { label, cuts } of deliveries) {
    const decoded = decodePieces(protocol, splitBytes(bytes, cuts), options);
    const seen = visibleReply(decoded, fixture.expected);
    // Compare cheaply first; only a mismatch pays for chai's detailed diff.
    if (JSON.stringify(seen) !== want) expectReply(decoded, fixture.expected, `${fixture.name}, ${label}`);
  }
  return deliveries.length;
}

/** Asserts the same reply for many random multi-way cuts (fast-check shrinks a failure to its smallest cut set). */
export function expectSameForRandomCuts(fixture: StreamFixture, protocol: ProtocolName | 'auto' = fixture.protocol, runs = 150): void {
  const bytes = new TextEncoder().encode(fixture.body);
  const want = JSON.stringify(expectedVisible(fixture.expected));
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, bytes.length - 1) }), { maxLength: 24 }), (cuts) => {
      const decoded = decodePieces(protocol, splitBytes(bytes, cuts), { format: fixture.format });
      if (JSON.stringify(visibleReply(decoded, fixture.expected)) !== want) expectReply(decoded, fixture.expected, `${fixture.name}, cut at ${cuts.join(', ')}`);
    }),
    { numRuns: runs, seed: 20261125 },
  );
}

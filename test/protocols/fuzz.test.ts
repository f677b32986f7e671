/**
 * Property-based fuzzing of every adapter: random replies (unicode text in pieces, tool calls whose
 * input arrives in fragments, tool results, usage, model; ending normally, with the server's error
 * or cut) are written by the one reply encoder (wire/) into each wire format, the bytes are split
 * at random positions, decoded by the kit's own body decoder and adapter, and compared with what
 * the format can carry of the generated reply. Seeds are fixed, so a failure reproduces.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ChatStreamError } from '../../src/errors.js';
import type { ProtocolName } from '../../src/protocols/types.js';
import { replyBody, replyText, wireFormats, type Reply, type ReplyPart } from '../../wire/index.js';
import { decodePieces, splitBytes, type DecodedReply } from './decode-helper.js';

const textArb = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\n', 'é', '世', '👋', '🇫🇷', '"', '\\', '<', '\r', '\t', 'ß'), minLength: 1, maxLength: 12 });
const inputArb = fc.dictionary(fc.string({ unit: fc.constantFrom('a', 'b', 'ü', '_'), minLength: 1, maxLength: 5 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean()), {
  maxKeys: 3,
});

/** The JSON text of `input` cut at these points (taken modulo its length). */
function cutJson(input: Record<string, unknown>, cuts: number[]): string[] {
  const json = JSON.stringify(input);
  const points = [...new Set(cuts.map((cut) => cut % (json.length + 1)))].filter((cut) => cut > 0 && cut < json.length).sort((a, b) => a - b);
  return [0, ...points].map((from, at, all) => json.slice(from, all[at + 1] ?? json.length));
}

type Draft = { type: 'text'; deltas: string[] } | { type: 'tool'; name: string; input: Record<string, unknown>; cuts: number[]; result?: unknown };

const draftArb: fc.Arbitrary<Draft> = fc.oneof(
  { weight: 3, arbitrary: fc.array(textArb, { minLength: 1, maxLength: 4 }).map((deltas) => ({ type: 'text' as const, deltas })) },
  fc.record(
    { name: fc.constantFrom('weather', 'search', 'time_now'), input: inputArb, cuts: fc.array(fc.nat({ max: 40 }), { maxLength: 3 }), result: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }) },
    { requiredKeys: ['name', 'input', 'cuts'] },
  ).map((call) => ({ type: 'tool' as const, ...call })),
);

/** A reply description from drafts: call ids by position, a result part after a call that has one. */
function replyOf(drafts: Draft[], usage: Reply['usage'], model: string, end: Reply['end']): Reply {
  const parts = drafts.flatMap((draft, index): ReplyPart[] => {
    if (draft.type === 'text') return [draft];
    const id = `call_${index}`;
    const call: ReplyPart = { type: 'tool-call', id, name: draft.name, input: draft.input, inputDeltas: cutJson(draft.input, draft.cuts) };
    return draft.result === undefined ? [call] : [call, { type: 'tool-result', id, output: draft.result }];
  });
  return { id: 'fuzz', model, parts, usage, end };
}

const replyArb = (protocol: ProtocolName): fc.Arbitrary<Reply> => {
  const { carries } = wireFormats[protocol];
  const ends: Array<fc.Arbitrary<Reply['end']>> = [fc.constant({ type: 'complete' as const }), fc.constant({ type: 'cut' as const })];
  if (carries.errors) ends.push(fc.constantFrom('Overloaded', 'The model stopped: upstream overloaded', 'Quota exceeded — 世界 👋').map((message) => ({ type: 'error' as const, message })));
  return fc
    .tuple(
      fc.array(carries.toolCalls ? draftArb : draftArb.filter((draft) => draft.type === 'text'), { minLength: 1, maxLength: 8 }),
      fc.record({ inputTokens: fc.nat({ max: 5000 }), outputTokens: fc.nat({ max: 5000 }) }),
      fc.constantFrom('gpt-4.1', 'claude-sonnet-4', 'llama3.2'),
      fc.oneof(...ends),
    )
    .map(([drafts, usage, model, end]) => replyOf(drafts, usage, model, end));
};

/** What a reader sees of a decoded reply, limited to what `protocol` carries (tool calls, usage and model once complete). */
function seen(protocol: ProtocolName, { message }: DecodedReply, complete: boolean) {
  const { carries } = wireFormats[protocol];
  return {
    content: message.content,
    toolCalls:
      complete && carries.toolCalls
        ? message.toolCalls.map((call) => ({ id: call.id, name: call.name, input: call.arguments, ...(carries.toolResults && 'result' in call ? { output: call.result } : {}) }))
        : [],
    usage: complete && carries.usage ? message.usage : undefined,
    model: complete && carries.model ? message.model : undefined,
  };
}

/** What a reader should see of `reply` in `protocol`, by the same measure as `seen`. */
function wanted(protocol: ProtocolName, reply: Reply, complete: boolean): ReturnType<typeof seen> {
  const { carries } = wireFormats[protocol];
  const results = new Map(reply.parts.flatMap((part) => (part.type === 'tool-result' ? [[part.id, part.output] as const] : [])));
  return {
    content: replyText(reply),
    toolCalls:
      complete && carries.toolCalls
        ? reply.parts.flatMap((part) =>
            part.type === 'tool-call' ? [{ id: part.id, name: part.name, input: part.input, ...(carries.toolResults && results.has(part.id) ? { output: results.get(part.id) } : {}) }] : [],
          )
        : [],
    usage: complete && carries.usage ? reply.usage : undefined,
    model: complete && carries.model ? reply.model : undefined,
  };
}

/** A reply ends `done` when it completed (or when its format cannot tell otherwise), else with an error naming the server's message. */
function expectEnding(protocol: ProtocolName, reply: Reply, decoded: DecodedReply): void {
  const end = reply.end ?? { type: 'complete' };
  if (end.type === 'complete' || !wireFormats[protocol].carries.errors) {
    expect(decoded.end).to.equal('done');
    return;
  }
  expect(decoded.end).to.be.instanceOf(ChatStreamError);
  if (end.type === 'error') expect((decoded.end as ChatStreamError).message).to.include(end.message);
}

const seeds: Record<ProtocolName, number> = { rubyllm: 11, openai: 22, 'openai-responses': 33, anthropic: 44, 'ai-sdk': 55, text: 66 };

describe('adapters under random replies and random network splits', () => {
  for (const protocol of Object.keys(wireFormats) as ProtocolName[]) {
    it(`${protocol}: the reader sees exactly the generated reply, however the bytes are split`, () => {
      const { body } = wireFormats[protocol];
      fc.assert(
        fc.property(replyArb(protocol), fc.array(fc.nat(), { maxLength: 30 }), (reply, rawCuts) => {
          const bytes = new TextEncoder().encode(replyBody(protocol, reply));
          const pieces = splitBytes(
            bytes,
            rawCuts.map((cut) => cut % Math.max(1, bytes.length)),
          );
          const decoded = decodePieces(protocol, pieces, { format: body });
          const complete = reply.end?.type === 'complete';
          expect(seen(protocol, decoded, complete)).to.deep.equal(wanted(protocol, reply, complete));
          expectEnding(protocol, reply, decoded);
        }),
        { seed: seeds[protocol], numRuns: 200 },
      );
    });
  }
});

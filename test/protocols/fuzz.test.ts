/**
 * Property-based fuzzing of every adapter: random replies (unicode text pieces, tool calls whose
 * arguments arrive in fragments, usage) are encoded into each wire format, the bytes are split at
 * random positions, decoded the way the kit does, and compared with the generated reply.
 * Seeds are fixed, so a failure reproduces.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ProtocolName } from '../../src/protocols/types.js';
import { decodePieces, splitBytes } from './decode-helper.js';

interface ToolCallPart {
  kind: 'tool';
  id: string;
  name: string;
  args: Record<string, unknown>;
  /** Cut points inside the argument JSON text. */
  cuts: number[];
}
type Part = { kind: 'text'; text: string } | ToolCallPart;
interface Reply {
  parts: Part[];
  usage: { inputTokens: number; outputTokens: number };
}

const textArb = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\n', 'é', '世', '👋', '🇫🇷', '"', '\\', '<', '\r', '\t', 'ß'), minLength: 1, maxLength: 12 });
const argsArb = fc.dictionary(fc.string({ unit: fc.constantFrom('a', 'b', 'ü', '_'), minLength: 1, maxLength: 5 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean()), {
  maxKeys: 3,
});
const partArb: fc.Arbitrary<Part> = fc.oneof(
  { weight: 3, arbitrary: textArb.map((text) => ({ kind: 'text' as const, text })) },
  fc.record({ name: fc.constantFrom('weather', 'search', 'time_now'), args: argsArb, cuts: fc.array(fc.nat({ max: 40 }), { maxLength: 3 }) }).map((call) => ({ kind: 'tool' as const, id: '', ...call })),
);
const replyArb = (tools: boolean): fc.Arbitrary<Reply> =>
  fc.record({
    parts: fc.array(tools ? partArb : textArb.map((text): Part => ({ kind: 'text', text })), { minLength: 1, maxLength: 10 }),
    usage: fc.record({ inputTokens: fc.nat({ max: 5000 }), outputTokens: fc.nat({ max: 5000 }) }),
  }).map((reply) => {
    reply.parts.forEach((part, index) => {
      if (part.kind === 'tool') part.id = `call_${index}`;
    });
    return reply;
  });

/** The argument JSON text cut into fragments. */
function fragments(call: ToolCallPart): string[] {
  const json = JSON.stringify(call.args);
  const points = [...new Set(call.cuts.map((cut) => cut % (json.length + 1)))].filter((cut) => cut > 0 && cut < json.length).sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of [...points, json.length]) {
    pieces.push(json.slice(from, point));
    from = point;
  }
  return pieces;
}

const sse = (data: unknown, event?: string) => `${event ? `event: ${event}\n` : ''}data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
const tools = (reply: Reply) => reply.parts.filter((part): part is ToolCallPart => part.kind === 'tool');

/** Each wire format's encoder, and whether it carries usage. */
const encoders: Record<ProtocolName, { encode(reply: Reply): string; usage: boolean; tools: boolean; format: 'sse' | 'text' }> = {
  rubyllm: {
    usage: true,
    tools: true,
    format: 'sse',
    encode: (reply) =>
      reply.parts
        .map((part) =>
          part.kind === 'text'
            ? sse(JSON.stringify(part.text))
            : sse({ tool_calls: { [part.id]: { id: part.id, name: part.name, arguments: '' } } }) +
              fragments(part)
                .map((arguments_) => sse({ tool_calls: { '': { id: null, name: null, arguments: arguments_ } } }))
                .join(''),
        )
        .join('') + sse({ input_tokens: reply.usage.inputTokens, output_tokens: reply.usage.outputTokens }) + sse({}, 'complete'),
  },
  openai: {
    usage: true,
    tools: true,
    format: 'sse',
    encode: (reply) => {
      const chunk = (delta: unknown, extra: object = {}) => sse({ object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: null, ...extra }] });
      let index = 0;
      const body = reply.parts
        .map((part) => {
          if (part.kind === 'text') return chunk({ content: part.text });
          const at = index++;
          return (
            chunk({ tool_calls: [{ index: at, id: part.id, type: 'function', function: { name: part.name, arguments: '' } }] }) +
            fragments(part)
              .map((arguments_) => chunk({ tool_calls: [{ index: at, function: { arguments: arguments_ } }] }))
              .join('')
          );
        })
        .join('');
      return `${body}${chunk({}, { finish_reason: 'stop' })}${sse({ choices: [], usage: { prompt_tokens: reply.usage.inputTokens, completion_tokens: reply.usage.outputTokens } })}data: [DONE]\n\n`;
    },
  },
  'openai-responses': {
    usage: true,
    tools: true,
    format: 'sse',
    encode: (reply) => {
      const event = (type: string, fields: object) => sse({ type, ...fields }, type);
      const body = reply.parts
        .map((part, index) => {
          if (part.kind === 'text') return event('response.output_text.delta', { item_id: 'msg_1', output_index: 0, content_index: 0, delta: part.text });
          const item = { type: 'function_call', id: `fc_${index}`, call_id: part.id, name: part.name };
          return (
            event('response.output_item.added', { output_index: index, item: { ...item, arguments: '' } }) +
            fragments(part)
              .map((delta) => event('response.function_call_arguments.delta', { item_id: item.id, output_index: index, delta }))
              .join('') +
            event('response.output_item.done', { output_index: index, item: { ...item, arguments: JSON.stringify(part.args), status: 'completed' } })
          );
        })
        .join('');
      return body + event('response.completed', { response: { status: 'completed', usage: { input_tokens: reply.usage.inputTokens, output_tokens: reply.usage.outputTokens } } });
    },
  },
  anthropic: {
    usage: true,
    tools: true,
    format: 'sse',
    encode: (reply) => {
      const event = (type: string, fields: object) => sse({ type, ...fields }, type);
      const body = reply.parts
        .map((part, index) => {
          if (part.kind === 'text') {
            return (
              event('content_block_start', { index, content_block: { type: 'text', text: '' } }) +
              event('content_block_delta', { index, delta: { type: 'text_delta', text: part.text } }) +
              event('content_block_stop', { index })
            );
          }
          return (
            event('content_block_start', { index, content_block: { type: 'tool_use', id: part.id, name: part.name, input: {} } }) +
            fragments(part)
              .map((partial_json) => event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json } }))
              .join('') +
            event('content_block_stop', { index })
          );
        })
        .join('');
      return (
        event('message_start', { message: { id: 'msg_1', role: 'assistant', usage: { input_tokens: reply.usage.inputTokens, output_tokens: 1 } } }) +
        body +
        event('message_delta', { delta: { stop_reason: 'end_turn' }, usage: { output_tokens: reply.usage.outputTokens } }) +
        event('message_stop', {})
      );
    },
  },
  'ai-sdk': {
    usage: false,
    tools: true,
    format: 'sse',
    encode: (reply) =>
      sse({ type: 'start' }) +
      reply.parts
        .map((part, index) =>
          part.kind === 'text'
            ? sse({ type: 'text-start', id: `t${index}` }) + sse({ type: 'text-delta', id: `t${index}`, delta: part.text }) + sse({ type: 'text-end', id: `t${index}` })
            : sse({ type: 'tool-input-start', toolCallId: part.id, toolName: part.name }) +
              fragments(part)
                .map((inputTextDelta) => sse({ type: 'tool-input-delta', toolCallId: part.id, inputTextDelta }))
                .join('') +
              sse({ type: 'tool-input-available', toolCallId: part.id, toolName: part.name, input: part.args }),
        )
        .join('') +
      sse({ type: 'finish' }) +
      'data: [DONE]\n\n',
  },
  text: {
    usage: false,
    tools: false,
    format: 'text',
    encode: (reply) => reply.parts.map((part) => (part.kind === 'text' ? part.text : '')).join(''),
  },
};

const seeds: Record<ProtocolName, number> = { rubyllm: 11, openai: 22, 'openai-responses': 33, anthropic: 44, 'ai-sdk': 55, text: 66 };

describe('adapters under random replies and random network splits', () => {
  for (const [protocol, encoder] of Object.entries(encoders) as Array<[ProtocolName, (typeof encoders)[ProtocolName]]>) {
    it(`${protocol}: the reader sees exactly the generated reply, however the bytes are split`, () => {
      fc.assert(
        fc.property(replyArb(encoder.tools), fc.array(fc.nat(), { maxLength: 30 }), (reply, rawCuts) => {
          const bytes = new TextEncoder().encode(encoder.encode(reply));
          const cuts = rawCuts.map((cut) => cut % Math.max(1, bytes.length));
          const decoded = decodePieces(protocol, splitBytes(bytes, cuts), { format: encoder.format });
          const seen = {
            ended: decoded.end === 'done' ? 'done' : decoded.end === 'open' ? 'open' : `${decoded.end.name}: ${decoded.end.message}`,
            content: decoded.message.content,
            toolCalls: decoded.message.toolCalls.map(({ id, name, arguments: args }) => ({ id, name, args })),
            usage: encoder.usage ? decoded.message.usage : undefined,
          };
          const want = {
            ended: 'done',
            content: reply.parts.map((part) => (part.kind === 'text' ? part.text : '')).join(''),
            toolCalls: tools(reply).map(({ id, name, args }) => ({ id, name, args })),
            usage: encoder.usage ? reply.usage : undefined,
          };
          expect(seen).to.deep.equal(want);
        }),
        { seed: seeds[protocol], numRuns: 200 },
      );
    });
  }
});

/**
 * Real provider streams, recorded by others (not written by us), played through the scripted HTTP
 * server (whole and in 1-byte writes) and the WebSocket server into the chat store: each decodes to
 * the provider's full text, reasoning and sources. The recordings are the AI SDK's provider test
 * fixtures (one JSON chunk per line, as the provider sent it); here each line becomes an SSE
 * event again, named by its `type` for the formats whose servers name their events.
 */
import { expect } from '@open-wc/testing';
import { createChat } from '../../src/store/chat.js';
import { createSseTransport } from '../../src/transport/sse.js';
import type { Transport } from '../../src/transport/types.js';
import { createWebSocketTransport } from '../../src/transport/websocket.js';
import type { ProtocolName } from '../../src/protocols/types.js';
import type { Message, ReasoningPart, SourcePart, TextPart } from '../../src/types.js';
import { storedSocketUrl, storedStreamUrl } from '../helpers/servers.js';

type Line = Record<string, unknown>;

interface Recording {
  lines: Line[];
  body: string;
  frames: string[];
}

async function recording(file: string, namedEvents: boolean): Promise<Recording> {
  const text = await (await fetch(`/test/fixtures/recorded/${file}`)).text();
  const raw = text.split('\n').filter((line) => line.trim() !== '');
  const lines = raw.map((line) => JSON.parse(line) as Line);
  const events = raw.map((line, index) => ({ event: namedEvents ? String(lines[index]!.type) : undefined, data: line }));
  return {
    lines,
    body: events.map(({ event, data }) => `${event ? `event: ${event}\n` : ''}data: ${data}\n\n`).join(''),
    frames: events.map(({ event, data }) => JSON.stringify({ event: event ?? null, data })),
  };
}

async function replies(protocol: ProtocolName, { body, frames }: Recording): Promise<Array<[string, Message]>> {
  const headers = { 'content-type': 'text/event-stream' };
  const transports: Array<[string, Transport]> = [
    ['whole', createSseTransport({ url: await storedStreamUrl({ headers, steps: [{ write: body }] }), method: 'GET' })],
    ['1-byte writes', createSseTransport({ url: await storedStreamUrl({ headers, steps: [{ trickle: body }] }), method: 'GET' })],
    ['WebSocket', createWebSocketTransport({ url: await storedSocketUrl({ steps: frames.map((send) => ({ send })) }) })],
  ];
  const results: Array<[string, Message]> = [];
  for (const [label, transport] of transports) {
    const chat = createChat({ transport, protocol });
    await chat.send('question');
    results.push([label, chat.$messageAtoms.get()[1]!.get()]);
  }
  return results;
}

const ofType = <T extends { type: string }>(message: Message, type: T['type']) => (message.parts ?? []).filter((part) => part.type === type) as unknown as T[];
const field = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], value);

describe('recorded provider streams', function () {
  this.timeout(30000);

  // vercel/ai, packages/anthropic/src/__fixtures__/anthropic-claude-sonnet-5-reasoning-summarized.chunks.txt
  it('anthropic: thinking with its signature, then the answer', async () => {
    const recorded = await recording('anthropic-reasoning-summarized.jsonl', true);
    const deltas = recorded.lines.map((line) => field(line, 'delta') as Line | undefined);
    const thinking = deltas.map((delta) => delta?.thinking ?? '').join('');
    const text = deltas.map((delta) => delta?.text ?? '').join('');
    const signature = deltas.map((delta) => delta?.signature ?? '').join('');
    expect(thinking).to.match(/^I'm working through the Euclidean algorithm.* 21 as the greatest common divisor\.$/);
    expect(text).to.match(/^# Finding GCD\(1071, 462\)[\s\S]*- 462 = 21 × 22 ✓$/);
    for (const [label, message] of await replies('anthropic', recorded)) {
      expect(message.status, label).to.equal('complete');
      expect(message.content, label).to.equal(text);
      expect((message.parts ?? []).map((part) => part.type), label).to.deep.equal(['reasoning', 'text']);
      expect(ofType<ReasoningPart>(message, 'reasoning')[0], label).to.include({ text: thinking, signature, state: 'done' });
      expect(message.usage, label).to.deep.equal({ inputTokens: 47, outputTokens: 373 });
      expect(message.model, label).to.equal('claude-sonnet-5');
    }
  });

  // vercel/ai, packages/openai-compatible/src/__fixtures__/issue-13703-mistral-thinking.chunks.txt
  // Mistral sends `delta.content` as an array of thinking and text items; the last array holds the
  // first digit of the answer ("3") beside the end of the thinking. 0.1 dropped it: "91".
  it('openai (Mistral): thinking items become reasoning and no text item is lost: the answer is 391', async () => {
    const recorded = await recording('mistral-thinking.jsonl', false);
    for (const [label, message] of await replies('openai', recorded)) {
      expect(message.status, label).to.equal('complete');
      expect(message.content, label).to.equal('391');
      const [reasoning] = ofType<ReasoningPart>(message, 'reasoning');
      expect(reasoning?.text, label).to.match(/^Okay, the user is asking for the product of 17 and 23\.[\s\S]*So, 17 \* 23 = 391\.$/);
      expect(reasoning?.state, label).to.equal('done');
      expect(ofType<TextPart>(message, 'text'), label).to.deep.equal([{ type: 'text', text: '391' }]);
      expect(message.usage, label).to.deep.equal({ inputTokens: 28, outputTokens: 139 });
    }
  });

  // vercel/ai, packages/openai/src/responses/__fixtures__/openai-web-search-tool.1.chunks.txt
  it('openai-responses: four web searches with their sources, then text whose annotations cite them', async () => {
    const recorded = await recording('openai-responses-web-search.jsonl', true);
    const fullText = recorded.lines.find((line) => line.type === 'response.output_text.done')!.text as string;
    const searched = recorded.lines
      .filter((line) => field(line, 'item', 'type') === 'web_search_call' && line.type === 'response.output_item.done')
      .flatMap((line) => (field(line, 'item', 'action', 'sources') as Array<{ url: string }>).map((source) => source.url));
    const annotations = recorded.lines.filter((line) => line.type === 'response.output_text.annotation.added').map((line) => line.annotation as { url: string; title: string; start_index: number; end_index: number });
    for (const [label, message] of await replies('openai-responses', recorded)) {
      expect(message.status, label).to.equal('complete');
      expect(message.content, label).to.equal(fullText);
      expect(message.toolCalls.map((call) => [call.name, call.state, call.providerExecuted]), label).to.deep.equal(Array(4).fill(['web_search', 'output-available', true]));
      const sources = ofType<SourcePart>(message, 'source');
      expect(sources.map((source) => source.url), label).to.deep.equal([...new Set(searched)]);
      for (const annotation of annotations) {
        const source = sources.find((candidate) => candidate.url === annotation.url)!;
        expect(source.title, label).to.equal(annotation.title);
        expect(source.spans, label).to.deep.include({ start: annotation.start_index, end: annotation.end_index });
        expect(message.content.slice(annotation.start_index, annotation.end_index), label).to.match(/^\(\[[a-z.]+\]\(https:/);
      }
      expect(message.usage, label).to.deep.equal({ inputTokens: 60093, outputTokens: 4080 });
    }
  });
});

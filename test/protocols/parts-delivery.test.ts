/**
 * Issue 11's bar: for each wire format, a reply with reasoning, tools (with a result and an error),
 * sources and text yields the same parts whether it arrives whole, in 1-byte writes or over a
 * WebSocket, through the real scripted servers, transports and the chat store.
 */
import { expect } from '@open-wc/testing';
import { createParser } from 'eventsource-parser';
import { createChat } from '../../src/store/chat.js';
import { createSseTransport } from '../../src/transport/sse.js';
import type { Transport } from '../../src/transport/types.js';
import { createWebSocketTransport } from '../../src/transport/websocket.js';
import type { Message, Part } from '../../src/types.js';
import { partsFixtures, type PartsFixture } from '../fixtures/part-streams.js';
import { socketUrl, streamUrl, type SocketStep } from '../helpers/servers.js';

/** The body's events as WebSocket frames (`{"event", "data"}`), or plain-text pieces for a text body. */
function frames(fixture: PartsFixture): SocketStep[] {
  if (fixture.protocol === 'text') return [...fixture.body.matchAll(/.{1,7}/gsu)].map(([piece]) => ({ send: piece }));
  const steps: SocketStep[] = [];
  const parser = createParser({ onEvent: ({ event, data }) => steps.push({ send: JSON.stringify({ event: event ?? null, data }) }) });
  parser.feed(fixture.body);
  return steps;
}

async function replyOf(transport: Transport, protocol: PartsFixture['protocol'] | 'auto'): Promise<Message> {
  const chat = createChat({ transport, protocol });
  await chat.send('Weather in Paris?');
  return chat.$messageAtoms.get()[1]!.get();
}

/** Parts as compared: reasoning time varies from run to run, so only its presence is kept. */
function comparable(parts: readonly Part[]): unknown[] {
  return parts.map((part) => (part.type === 'reasoning' ? { ...part, durationMs: typeof part.durationMs === 'number' ? 0 : part.durationMs } : part));
}

function expectConsistent(message: Message, fixture: PartsFixture, label: string): void {
  expect(message.status, `${label}: status (${message.error?.message ?? 'no error'})`).to.equal('complete');
  const parts = message.parts ?? [];
  expect(comparable(parts), label).to.deep.equal(comparable(fixture.parts));
  const text = parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
  expect(message.content, `${label}: content is the text parts`).to.equal(text);
  expect(message.toolCalls, `${label}: toolCalls are the tool parts`).to.deep.equal(parts.filter((part) => part.type === 'tool-call'));
  for (const call of message.toolCalls) expect(call.status, `${label}: ${call.id} status`).to.equal(call.state === 'input-streaming' ? 'streaming' : 'complete');
}

describe('parts of a rich reply, however it is delivered', function () {
  this.timeout(20000);

  for (const fixture of partsFixtures) {
    it(`${fixture.name}: whole, 1-byte writes, WebSocket frames and auto detection give the same parts`, async () => {
      const http = (steps: Parameters<typeof streamUrl>[0]['steps']) => createSseTransport({ url: streamUrl({ headers: fixture.headers, steps }), method: 'GET' });
      const whole = await replyOf(http([{ write: fixture.body }]), fixture.protocol);
      expectConsistent(whole, fixture, 'whole');
      expectConsistent(await replyOf(http([{ trickle: fixture.body }]), fixture.protocol), fixture, '1-byte writes');
      expectConsistent(await replyOf(createWebSocketTransport({ url: socketUrl({ steps: frames(fixture) }) }), fixture.protocol), fixture, 'WebSocket');
      const headers = { 'content-type': fixture.headers['content-type']! };
      const auto = await replyOf(createSseTransport({ url: streamUrl({ headers, steps: [{ write: fixture.body }] }), method: 'GET' }), 'auto');
      expectConsistent(auto, fixture, 'auto');
    });
  }
});

import { expect, waitUntil } from '@open-wc/testing';
import { createChat } from '../../src/store/chat.js';
import { createSseTransport } from '../../src/transport/sse.js';
import type { ReasoningPart } from '../../src/types.js';
import { streamUrl, type StreamStep } from '../helpers/servers.js';

const aiSdkHeaders = { 'content-type': 'text/event-stream', 'x-vercel-ai-ui-message-stream': 'v1' };
const events = (...parts: object[]): StreamStep[] => parts.map((part) => ({ write: `data: ${JSON.stringify(part)}\n\n` }));
const chatFor = (steps: StreamStep[]) => createChat({ transport: createSseTransport({ url: streamUrl({ headers: aiSdkHeaders, steps }), method: 'GET' }), protocol: 'ai-sdk' });

describe('createChat: parts', () => {
  it('fires chat-tool-call on every state change of a call, not on argument fragments', async () => {
    const chat = chatFor(
      events(
        { type: 'tool-input-start', toolCallId: 'c', toolName: 'book' },
        { type: 'tool-input-delta', toolCallId: 'c', inputTextDelta: '{"seats":' },
        { type: 'tool-input-delta', toolCallId: 'c', inputTextDelta: '2}' },
        { type: 'tool-input-available', toolCallId: 'c', toolName: 'book', input: { seats: 2 } },
        { type: 'tool-approval-request', toolCallId: 'c', approvalId: 'a1' },
        { type: 'tool-output-denied', toolCallId: 'c' },
        { type: 'tool-input-start', toolCallId: 'd', toolName: 'late' },
        { type: 'tool-input-delta', toolCallId: 'd', inputTextDelta: '{}' },
        { type: 'finish' },
      ),
    );
    const seen: string[] = [];
    chat.on('toolCall', ({ toolCall, message }) => {
      seen.push(`${toolCall.id}:${toolCall.state}`);
      expect(message.toolCalls.find((call) => call.id === toolCall.id)).to.equal(toolCall);
    });
    await chat.send('book it');
    expect(seen).to.deep.equal(['c:input-streaming', 'c:input-available', 'c:approval-requested', 'c:output-denied', 'd:input-streaming', 'd:input-available']);
  });

  it('measures reasoning from its first to its last delta and shows it done when the answer starts', async () => {
    const chat = chatFor([
      ...events({ type: 'reasoning-start', id: 'r' }, { type: 'reasoning-delta', id: 'r', delta: 'Let me think' }),
      { delay: 300 },
      ...events({ type: 'reasoning-delta', id: 'r', delta: ' hard.' }),
      { delay: 300 },
      ...events({ type: 'text-delta', id: 't', delta: 'Done.' }, { type: 'finish' }),
    ]);
    const states: string[] = [];
    const reasoningTimes: number[] = [];
    chat.on('chunk', ({ message, chunk }) => {
      const reasoning = message.parts?.[0] as ReasoningPart | undefined;
      if (reasoning?.type === 'reasoning') states.push(reasoning.state);
      if (chunk.reasoning?.text) reasoningTimes.push(Date.now());
    });
    await chat.send('think');
    const reasoning = chat.$messageAtoms.get()[1]!.get().parts?.[0] as ReasoningPart;
    expect(reasoning).to.include({ text: 'Let me think hard.', state: 'done' });
    // The time between the first and the last reasoning delta as the page received them (the
    // pause before the answer does not count), whatever the machine's speed.
    const between = reasoningTimes.at(-1)! - reasoningTimes[0]!;
    expect(Math.abs(reasoning.durationMs! - between)).to.be.at.most(2);
    expect(states.at(-1)).to.equal('done');
    expect(states.slice(0, -1).every((state) => state === 'streaming')).to.equal(true);
  });

  it('closes reasoning when the reply fails or is stopped, keeping what arrived', async () => {
    const failing = chatFor([...events({ type: 'reasoning-delta', id: 'r', delta: 'Partial' }), { cut: true, after: 250 }]);
    await failing.send('x');
    const failed = failing.$messageAtoms.get()[1]!.get();
    expect(failed.status).to.equal('error');
    expect(failed.parts).to.deep.equal([{ type: 'reasoning', text: 'Partial', state: 'done', durationMs: 0 }]);

    const stopping = chatFor([...events({ type: 'reasoning-delta', id: 'r', delta: 'Still' }), { hang: true }]);
    const done = stopping.send('y');
    await waitUntil(() => stopping.$messageAtoms.get()[1]?.get().parts?.length === 1);
    stopping.stop();
    await done;
    const stopped = stopping.$messageAtoms.get()[1]!.get();
    expect(stopped.status).to.equal('stopped');
    expect(stopped.parts?.[0]).to.include({ state: 'done', text: 'Still' });
  });

  it('gives the user message a text part', async () => {
    const chat = chatFor(events({ type: 'finish' }));
    await chat.send('Hello');
    expect(chat.$messageAtoms.get()[0]!.get().parts).to.deep.equal([{ type: 'text', text: 'Hello' }]);
  });
});

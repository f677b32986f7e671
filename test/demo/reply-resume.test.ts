import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ChatStreamElement } from '../../src/elements/chat-stream/chat-stream.js';
import { createChat } from '../../src/store/chat.js';
import { createSseTransport } from '../../src/transport/sse.js';
import type { Message } from '../../src/types.js';

// The demo backend (demo/backend, mounted at /api/chat/:protocol by the test runner) keeps each
// reply's events until it completes. A page that went away mid-reply had shown the text up to
// some event; <chat-stream resume> given that history picks the reply up after it.
const endpoint = '/api/chat/rubyllm?speed=300';
const prompt = 'What is the weather in Lisbon?';

/** The reply as far as a page got: its text and last event id after reading `events` events, then the page goes (the request is aborted). */
async function readThenLeave(events: number): Promise<{ content: string; lastEventId: string }> {
  const controller = new AbortController();
  const response = await fetch(endpoint, { method: 'POST', body: JSON.stringify({ prompt, messages: [] }), headers: { 'content-type': 'application/json' }, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  let content = '';
  let lastEventId = '';
  let seen = 0;
  while (seen < events) {
    const { value, done } = await reader.read();
    if (done) throw new Error('the reply ended before the page went away');
    buffered += value;
    let end;
    while (seen < events && (end = buffered.indexOf('\n\n')) >= 0) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const id = /^id: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id === undefined || data === undefined || /^event:/m.test(block)) continue;
      seen += 1;
      lastEventId = id;
      const value = JSON.parse(data) as unknown;
      if (typeof value === 'string') content += value;
    }
  }
  controller.abort();
  return { content, lastEventId };
}

async function wholeReply(): Promise<string> {
  const chat = createChat({ protocol: 'rubyllm', transport: createSseTransport({ url: endpoint }) });
  await chat.send(prompt);
  return chat.$messageAtoms.get()[1].get().content;
}

describe('<chat-stream resume> picks up a demo-backend reply still streaming after the page went away', () => {
  for (const events of [1, 12, 40]) {
    it(`continues after event ${events} with nothing twice or missing`, async () => {
      const expected = await wholeReply();
      const left = await readThenLeave(events);
      expect(expected.startsWith(left.content)).to.equal(true);
      const history: Message[] = [
        { id: 'u', role: 'user', content: prompt, status: 'complete', toolCalls: [] },
        { id: 'a', role: 'assistant', content: left.content, status: 'streaming', toolCalls: [], lastEventId: left.lastEventId },
      ];
      const el = await fixture<ChatStreamElement>(html`<chat-stream resume></chat-stream>`);
      el.store = createChat({ protocol: 'rubyllm', messages: history, transport: createSseTransport({ url: endpoint }) });
      await waitUntil(() => el.messages[1].status === 'complete', 'the reply did not complete', { timeout: 10000 });
      expect(el.messages[1].content).to.equal(expected);
      expect(el.messages).to.have.length(2);
    });
  }

  it('shows a clear error, keeping the text, when the reply is no longer on the server', async () => {
    const history: Message[] = [
      { id: 'u', role: 'user', content: prompt, status: 'complete', toolCalls: [] },
      { id: 'a', role: 'assistant', content: 'Partial', status: 'streaming', toolCalls: [], lastEventId: 'gone.3' },
    ];
    const chat = createChat({ protocol: 'rubyllm', messages: history, transport: createSseTransport({ url: endpoint }) });
    await chat.resume();
    const reply = chat.$messageAtoms.get()[1].get();
    expect(reply.status).to.equal('error');
    expect(reply.content).to.equal('Partial');
    expect(reply.error).to.deep.include({ name: 'HttpError', status: 404 });
  });
});

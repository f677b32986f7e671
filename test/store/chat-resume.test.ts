import { expect, waitUntil } from '@open-wc/testing';
import { createChat } from '../../src/store/chat.js';
import { createSseTransport } from '../../src/transport/sse.js';
import type { Message } from '../../src/types.js';
import { receivedRequests, streamUrl, uniqueTag, type Script } from '../helpers/scripts.js';

// A resuming server: each event has an id, and a request with Last-Event-ID gets the events after it.
const pieces = ['Hello', ', ', 'world', ' and ', 'more', '!'];
function resumableReply(delay = 0): Script {
  return {
    resume: { cuts: [] },
    steps: [
      ...pieces.flatMap((piece, index) => [...(delay ? [{ delay }] : []), { write: `id: ${index}\ndata: ${JSON.stringify(piece)}\n\n`, id: String(index) }]),
      { write: 'event: complete\ndata: {}\n\n' },
    ],
  };
}

/** What a page rendered mid-reply gives the store: the question, and the reply so far with its last event id. */
function historyUpTo(lastEventId: number): Message[] {
  return [
    { id: 'u1', role: 'user', content: 'Say hello', status: 'complete', toolCalls: [] },
    { id: 'a1', role: 'assistant', content: pieces.slice(0, lastEventId + 1).join(''), status: 'streaming', toolCalls: [], lastEventId: String(lastEventId) },
  ];
}

describe('Chat.resume(): picking up a reply still streaming on the server', () => {
  for (const shownUpTo of [0, 2, 4]) {
    it(`continues the reply after event ${shownUpTo} with a GET carrying Last-Event-ID, with nothing twice or missing`, async () => {
      const tag = uniqueTag('resume');
      const chat = createChat({ protocol: 'rubyllm', messages: historyUpTo(shownUpTo), transport: createSseTransport({ url: streamUrl(resumableReply(), tag) }) });
      await chat.resume();
      const reply = chat.$messageAtoms.get()[1].get();
      expect(reply.content).to.equal('Hello, world and more!');
      expect(reply.status).to.equal('complete');
      expect(chat.$messageAtoms.get()).to.have.length(2);
      const [request] = await receivedRequests(tag);
      expect(request.method).to.equal('GET');
      expect(request.headers['last-event-id']).to.equal(String(shownUpTo));
      expect(request.body).to.equal('');
    });
  }

  it('does nothing when the history does not end in a streaming reply with its last event id', async () => {
    const tag = uniqueTag('resume-none');
    const transport = createSseTransport({ url: streamUrl(resumableReply(), tag) });
    const finished = historyUpTo(1).map((message) => ({ ...message, status: 'complete' as const }));
    const withoutId = historyUpTo(1).map(({ lastEventId: _, ...message }) => message);
    for (const messages of [finished, withoutId, []]) {
      const chat = createChat({ protocol: 'rubyllm', messages, transport });
      await chat.resume();
      expect(chat.$status.get()).to.equal('idle');
    }
    expect(await receivedRequests(tag)).to.deep.equal([]);
  });

  it('stop() during a resumed reply keeps the text so far and marks it stopped', async () => {
    const chat = createChat({ protocol: 'rubyllm', messages: historyUpTo(0), transport: createSseTransport({ url: streamUrl(resumableReply(150)) }) });
    const done = chat.resume();
    await waitUntil(() => chat.$messageAtoms.get()[1].get().content.length > 'Hello'.length, 'the resumed reply did not continue', { timeout: 5000 });
    chat.stop();
    await done;
    const reply = chat.$messageAtoms.get()[1].get();
    expect(reply.status).to.equal('stopped');
    expect('Hello, world and more!'.startsWith(reply.content)).to.equal(true);
  });
});

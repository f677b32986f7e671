import { expect, waitUntil } from '@open-wc/testing';
import { createConsumer } from '@rails/actioncable';
import { createChat, type Chat } from '../../src/store/chat.js';
import { eventFromBroadcast } from '../../src/transport/actioncable-message.js';
import { createBroadcastOrder } from '../../src/transport/actioncable-order.js';
import { createActionCableTransport, type ActionCableTransportOptions } from '../../src/transport/actioncable.js';
import type { Message } from '../../src/types.js';
import { cableLog, cableUrl, peerReply } from '../rails/ruby-peer.js';
import { uniqueTag } from '../helpers/servers.js';

// Each test talks to the real Ruby peer (test/rails/server.rb): ActionCable 6.1 with ChatChannel.
function cableChat(scenario: string, chatId = uniqueTag(scenario), options: Partial<ActionCableTransportOptions> = {}): Chat {
  return createChat({
    protocol: 'rubyllm',
    transport: createActionCableTransport({ url: cableUrl(), channel: { channel: 'ChatChannel', chat_id: chatId, scenario }, sequence: 'seq', ...options }),
  });
}

const replyOf = (chat: Chat): Message => chat.$messageAtoms.get()[1]!.get();

describe('createActionCableTransport (real ActionCable 6.1 server)', () => {
  it('streams a reply broadcast as chunk objects, ending on the complete event with its usage', async () => {
    const chatId = uniqueTag('chunks');
    const chat = cableChat('chunks', chatId);
    await chat.send('Grüß "dich"');
    const reply = replyOf(chat);
    expect(reply.content).to.equal(peerReply('Grüß "dich"'));
    expect(reply.status).to.equal('complete');
    expect(reply.usage).to.deep.equal({ inputTokens: 12, outputTokens: 34 });
    expect(chat.$status.get()).to.equal('idle');
  });

  it('performs `ask` with the prompt and the conversation, then unsubscribes once the reply is complete', async () => {
    const chatId = uniqueTag('log');
    const chat = cableChat('chunks', chatId);
    await chat.send('first');
    const log = await waitUntilLog(chatId, 3);
    expect(log).to.deep.equal([
      'subscribed',
      { ask: { prompt: 'first', messages: [{ role: 'user', content: 'first' }] } },
      'unsubscribed',
    ]);
  });

  it('streams a reply broadcast as {event, data} messages', async () => {
    const chat = cableChat('events');
    await chat.send('events');
    expect(replyOf(chat).content).to.equal(peerReply('events'));
    expect(replyOf(chat).status).to.equal('complete');
  });

  it('delivers a burst of back-to-back broadcasts in order, though ActionCable’s worker pool may swap them', async () => {
    const chat = cableChat('burst');
    await chat.send('burst');
    expect(replyOf(chat).content).to.equal(Array.from({ length: 40 }, (_, i) => `${i} `).join(''));
    expect(replyOf(chat).status).to.equal('complete');
  });

  it('assembles a tool call from chunk objects whose arguments arrive in pieces', async () => {
    const chat = cableChat('tools');
    await chat.send('weather?');
    const reply = replyOf(chat);
    expect(reply.status).to.equal('complete');
    expect(reply.toolCalls).to.have.length(1);
    expect(reply.toolCalls[0]).to.deep.include({ id: 'call_1', name: 'weather', status: 'complete' });
    expect(reply.toolCalls[0]!.arguments).to.deep.equal({ city: 'Zürich' });
  });

  it('reports an error broadcast as a StreamError and keeps the text before it', async () => {
    const chat = cableChat('error');
    await chat.send('fail');
    const reply = replyOf(chat);
    expect(reply.status).to.equal('error');
    expect(reply.content).to.equal('You said: fail\nGrüße, ');
    expect(reply.error).to.deep.include({ name: 'StreamError', message: 'The model is overloaded' });
  });

  it('reports the server closing the connection mid-reply as a NetworkError and keeps the text', async () => {
    const chat = cableChat('drop');
    await chat.send('drop');
    const reply = replyOf(chat);
    expect(reply.status).to.equal('error');
    expect(reply.content).to.equal('You said: drop\nGrüße, ');
    expect(reply.error?.name).to.equal('NetworkError');
    expect(reply.error?.message).to.contain('connection was lost');
  });

  it('reports a rejected subscription clearly, without performing the request', async () => {
    const chatId = uniqueTag('forbidden');
    const chat = cableChat('chunks', chatId);
    await chat.send('let me in');
    const reply = replyOf(chat);
    expect(reply.status).to.equal('error');
    expect(reply.error?.name).to.equal('NetworkError');
    expect(reply.error?.message).to.contain('rejected the subscription to ChatChannel');
    // The server ran `unsubscribed` itself on rejecting; the request was never performed.
    expect(await cableLog(chatId)).to.deep.equal(['subscribed', 'unsubscribed']);
  });

  it('reports a connection the server refuses (unauthorized) clearly', async () => {
    const chat = createChat({
      protocol: 'rubyllm',
      transport: createActionCableTransport({ url: cableUrl('?token=bad'), channel: { channel: 'ChatChannel', chat_id: uniqueTag('refused') } }),
    });
    await chat.send('who am I');
    expect(replyOf(chat).error?.name).to.equal('NetworkError');
    expect(replyOf(chat).error?.message).to.contain('refused the ActionCable connection');
  });

  it('fails with a NetworkError when no cable server answers', async () => {
    const chat = createChat({
      protocol: 'rubyllm',
      transport: createActionCableTransport({ url: 'ws://127.0.0.1:1/cable', channel: 'ChatChannel', connectTimeout: 300 }),
    });
    await chat.send('anyone?');
    expect(replyOf(chat).error?.name).to.equal('NetworkError');
    expect(replyOf(chat).error?.message).to.contain('Could not subscribe to ChatChannel at ws://127.0.0.1:1/cable');
  });

  it('stop keeps the text so far, performs the channel’s stop action, unsubscribes, and nothing more arrives', async () => {
    const chatId = uniqueTag('hang');
    const chat = cableChat('hang', chatId);
    const done = chat.send('stop me');
    await waitUntil(() => chat.$messageAtoms.get()[1]?.get().content.includes('Grüße'), 'the reply did not start', { timeout: 5000 });
    chat.stop();
    await done;
    const kept = replyOf(chat).content;
    expect(kept).to.equal('You said: stop me\nGrüße, ');
    expect(replyOf(chat).status).to.equal('stopped');
    const log = await waitUntilLog(chatId, 4);
    expect(log.slice(2)).to.deep.equal(['stop', 'unsubscribed']);
  });

  it('reuses an app’s own consumer across replies and leaves it connected', async () => {
    const consumer = createConsumer(cableUrl());
    try {
      const chatId = uniqueTag('shared');
      const chat = createChat({ protocol: 'rubyllm', transport: createActionCableTransport({ consumer, channel: { channel: 'ChatChannel', chat_id: chatId }, sequence: 'seq' }) });
      await chat.send('one');
      await chat.send('two');
      const replies = chat.$messageAtoms.get().filter((m) => m.get().role === 'assistant').map((m) => m.get());
      expect(replies.map((m) => [m.content, m.status])).to.deep.equal([
        [peerReply('one'), 'complete'],
        [peerReply('two'), 'complete'],
      ]);
      expect((consumer as unknown as { connection: { isOpen(): boolean } }).connection.isOpen()).to.equal(true);
    } finally {
      consumer.disconnect();
    }
  });

  it('subscribes with channel params computed from each request', async () => {
    const chatId = uniqueTag('computed');
    const chat = createChat({
      protocol: 'rubyllm',
      transport: createActionCableTransport({ url: cableUrl(), channel: (request) => ({ channel: 'ChatChannel', chat_id: `${chatId}-${request.messages.length}` }), perform: 'ask', sequence: 'seq' }),
    });
    await chat.send('hello');
    expect(replyOf(chat).content).to.equal(peerReply('hello'));
    expect((await cableLog(`${chatId}-1`))[0]).to.equal('subscribed');
  });
});

describe('createBroadcastOrder', () => {
  it('delivers numbered broadcasts in their order and passes unnumbered ones straight through', () => {
    const seen: unknown[] = [];
    const push = createBroadcastOrder('seq', (message) => seen.push(message));
    push({ seq: 1, content: 'b' });
    push('plain');
    push({ seq: 0, content: 'a' });
    push({ seq: 3, content: 'd' });
    push({ seq: 2, content: 'c' });
    push({ seq: 2, content: 'c again' });
    expect(seen).to.deep.equal(['plain', { seq: 0, content: 'a' }, { seq: 1, content: 'b' }, { seq: 2, content: 'c' }, { seq: 3, content: 'd' }]);
  });
});

describe('eventFromBroadcast', () => {
  it('takes each kind of broadcast as the event an SSE route would have sent', () => {
    expect(eventFromBroadcast('plain text')).to.deep.equal({ data: 'plain text' });
    expect(eventFromBroadcast('"Hel"')).to.deep.equal({ data: '"Hel"' });
    expect(eventFromBroadcast('{"event":"complete","data":{}}')).to.deep.equal({ event: 'complete', data: '{}' });
    expect(eventFromBroadcast({ event: 'error', data: { error: 'boom' } })).to.deep.equal({ event: 'error', data: '{"error":"boom"}' });
    expect(eventFromBroadcast({ event: 'message', data: '"Hi"' })).to.deep.equal({ event: 'message', data: '"Hi"' });
    expect(eventFromBroadcast({ event: null, data: 'x' })).to.deep.equal({ data: 'x' });
    expect(eventFromBroadcast({ content: 'Hi', tool_calls: null })).to.deep.equal({ data: '{"content":"Hi","tool_calls":null}' });
    expect(eventFromBroadcast(['a'])).to.deep.equal({ data: '["a"]' });
    expect(eventFromBroadcast(42)).to.deep.equal({ data: '42' });
    expect(eventFromBroadcast(null)).to.deep.equal({ data: 'null' });
  });
});

async function waitUntilLog(chatId: string, length: number): Promise<unknown[]> {
  let log: unknown[] = [];
  await waitUntil(async () => (log = await cableLog(chatId)).length >= length, `the channel log of ${chatId} stayed short`, { timeout: 5000 });
  return log;
}


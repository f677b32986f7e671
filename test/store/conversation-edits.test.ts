import { expect } from '@open-wc/testing';
import { ConfigurationError } from '../../src/errors.js';
import { createChat } from '../../src/store/chat.js';
import { createSseTransport } from '../../src/transport/sse.js';
import { receivedRequests, rubyllmReply, streamUrl, uniqueTag, type Script } from '../helpers/scripts.js';

const chatFor = (script: Script, tag?: string) =>
  createChat({ transport: createSseTransport({ url: streamUrl(script, tag) }), protocol: 'rubyllm' });
const shown = (chat: ReturnType<typeof createChat>) => chat.$messageAtoms.get().map((m) => m.get());
const sentHistory = async (tag: string, n: number) => JSON.parse((await receivedRequests(tag))[n].body) as { prompt: string; messages: unknown[] };

describe('createChat: regenerate, edit and feedback', () => {
  it('regenerate asks the last question again and replaces a complete reply, without a second user message', async () => {
    const tag = uniqueTag();
    const chat = chatFor(rubyllmReply(['Answer']), tag);
    await chat.send('first');
    await chat.send('second');
    await chat.regenerate();
    expect(shown(chat).map((m) => `${m.role}:${m.content}:${m.status}`)).to.deep.equal([
      'user:first:complete',
      'assistant:Answer:complete',
      'user:second:complete',
      'assistant:Answer:complete',
    ]);
    const asked = await sentHistory(tag, 2);
    expect(asked.prompt).to.equal('second');
    // The replaced reply is not sent back as history.
    expect(asked.messages).to.deep.equal([
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'Answer' },
      { role: 'user', content: 'second' },
    ]);
  });

  it('regenerate replaces a stopped reply too, and does nothing in an empty conversation', async () => {
    const chat = chatFor(rubyllmReply(['kept', ' more'], { delay: 300 }));
    const first = chat.send('q');
    await new Promise((resolve) => chat.$messageAtoms.get()[1].listen((m) => m.content === 'kept' && resolve(undefined)));
    chat.stop();
    await first;
    expect(shown(chat)[1].status).to.equal('stopped');
    await chat.regenerate();
    expect(shown(chat).map((m) => m.content)).to.deep.equal(['q', 'kept more']);
    const empty = chatFor(rubyllmReply(['x']));
    await empty.regenerate();
    expect(shown(empty)).to.deep.equal([]);
  });

  it('edit replaces that user message, drops everything after it, and asks again with the new text', async () => {
    const tag = uniqueTag();
    const chat = chatFor(rubyllmReply(['Reply']), tag);
    await chat.send('one');
    await chat.send('two');
    const firstId = shown(chat)[0].id;
    await chat.edit(firstId, 'one, edited');
    const messages = shown(chat);
    expect(messages.map((m) => `${m.role}:${m.content}`)).to.deep.equal(['user:one, edited', 'assistant:Reply']);
    expect(messages[0].id).to.equal(firstId);
    expect(messages[0].parts).to.deep.equal([{ type: 'text', text: 'one, edited' }]);
    const asked = await sentHistory(tag, 2);
    expect(asked.prompt).to.equal('one, edited');
    expect(asked.messages).to.deep.equal([{ role: 'user', content: 'one, edited' }]);
  });

  it('edit of an unknown id or of a reply rejects with a clear error and changes nothing', async () => {
    const chat = chatFor(rubyllmReply(['Reply']));
    await chat.send('one');
    const before = shown(chat);
    const unknown = await chat.edit('nope', 'x').catch((error: unknown) => error);
    expect(unknown).to.be.instanceOf(ConfigurationError);
    expect((unknown as Error).message).to.contain('"nope"');
    const reply = await chat.edit(before[1].id, 'x').catch((error: unknown) => error);
    expect(reply).to.be.instanceOf(ConfigurationError);
    expect((reply as Error).message).to.contain('only user messages');
    expect(shown(chat)).to.deep.equal(before);
  });

  it('setFeedback rates a reply, takes the rating back with null, and emits feedback each time', async () => {
    const chat = chatFor(rubyllmReply(['Reply']));
    await chat.send('one');
    const id = shown(chat)[1].id;
    const seen: string[] = [];
    chat.on('feedback', ({ message, value }) => seen.push(`${message.id === id}:${String(value)}:${String(message.feedback)}`));
    chat.setFeedback(id, 'up');
    expect(shown(chat)[1].feedback).to.equal('up');
    chat.setFeedback(id, 'down');
    expect(shown(chat)[1].feedback).to.equal('down');
    chat.setFeedback(id, null);
    expect(shown(chat)[1]).not.to.have.property('feedback');
    expect(seen).to.deep.equal(['true:up:up', 'true:down:down', 'true:null:undefined']);
  });

  it('setFeedback refuses a user message, an unknown id and a wrong value, naming what was wrong', async () => {
    const chat = chatFor(rubyllmReply(['Reply']));
    await chat.send('one');
    const [user, reply] = shown(chat);
    expect(() => chat.setFeedback(user.id, 'up')).to.throw(ConfigurationError, /not a reply/);
    expect(() => chat.setFeedback('missing', 'up')).to.throw(ConfigurationError, /"missing"/);
    expect(() => chat.setFeedback(reply.id, 'sideways' as 'up')).to.throw(ConfigurationError, /'up', 'down' or null/);
    expect(shown(chat)[1]).not.to.have.property('feedback');
  });

  it('keeps a question’s attachments on its message, in later history, and when it is asked again', async () => {
    const tag = uniqueTag();
    const chat = chatFor(rubyllmReply(['Seen']), tag);
    const file = { name: 'a.txt', mediaType: 'text/plain', size: 2, url: 'data:text/plain;base64,aGk=' };
    await chat.send('read this', [file]);
    expect(shown(chat)[0].attachments).to.deep.equal([file]);
    await chat.regenerate();
    await chat.send('and then?');
    const [first, again, later] = await Promise.all([0, 1, 2].map((n) => sentHistory(tag, n)));
    expect(first).to.deep.equal({ prompt: 'read this', messages: [{ role: 'user', content: 'read this', attachments: [file] }], attachments: [file] });
    expect(again).to.deep.equal(first);
    expect(later).to.deep.equal({
      prompt: 'and then?',
      messages: [{ role: 'user', content: 'read this', attachments: [file] }, { role: 'assistant', content: 'Seen' }, { role: 'user', content: 'and then?' }],
    });
  });
});

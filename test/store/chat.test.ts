import { expect, waitUntil } from '@open-wc/testing';
import { createChat } from '../../src/store/chat.js';
import { createSseTransport } from '../../src/transport/sse.js';
import { recordedRequests, streamUrl as scriptedUrl } from '../helpers/servers.js';
import { rubyllmReply, streamUrl, receivedRequests, uniqueTag, type Script } from '../helpers/scripts.js';

const chatFor = (script: Script, tag?: string) =>
  createChat({ transport: createSseTransport({ url: streamUrl(script, tag) }), protocol: 'rubyllm' });

describe('createChat', () => {
  it('moves through submitted and streaming to idle, and ends with the full reply', async () => {
    const chat = chatFor(rubyllmReply(['Hel', 'lo'], { firstDelay: 50, delay: 30 }));
    const seen: string[] = [];
    chat.$status.subscribe((status) => seen.push(status));
    await chat.send('hi');
    expect(seen).to.deep.equal(['idle', 'submitted', 'streaming', 'idle']);
    const messages = chat.$messageAtoms.get().map((m) => m.get());
    expect(messages.map((m) => [m.role, m.content, m.status])).to.deep.equal([
      ['user', 'hi', 'complete'],
      ['assistant', 'Hello', 'complete'],
    ]);
  });

  it('wakes only the streaming message’s subscribers per chunk, never the list or other messages', async () => {
    const chat = chatFor(rubyllmReply(['a', 'b', 'c', 'd'], { delay: 10 }));
    await chat.send('first');
    const [firstUser, firstReply] = chat.$messageAtoms.get();
    let otherWakes = 0;
    let listWakes = 0;
    firstUser.listen(() => otherWakes++);
    firstReply.listen(() => otherWakes++);
    chat.$messageAtoms.listen(() => listWakes++);
    let replyWakes = 0;
    const stopWatching = chat.$messageAtoms.listen((atoms) => atoms[atoms.length - 1].listen(() => replyWakes++));
    await chat.send('second');
    stopWatching();
    expect(otherWakes).to.equal(0);
    // Two list changes: the user message and the reply were added; none per chunk.
    expect(listWakes).to.equal(2);
    expect(replyWakes).to.be.greaterThan(3);
  });

  it('keeps the partial text and reports a typed error when the stream is cut', async () => {
    const chat = chatFor(rubyllmReply(['Part ', 'one'], { cut: true }));
    const errors: string[] = [];
    chat.on('error', ({ error, message }) => errors.push(`${error.name}:${message.content}`));
    await chat.send('go');
    const reply = chat.$messageAtoms.get()[1].get();
    expect(chat.$status.get()).to.equal('error');
    expect(chat.$error.get()?.name).to.equal('NetworkError');
    expect(reply.status).to.equal('error');
    expect(reply.content).to.equal('Part one');
    expect(reply.error?.name).to.equal('NetworkError');
    expect(errors).to.deep.equal(['NetworkError:Part one']);
  });

  it('reports an HTTP failure with its status on the message', async () => {
    const chat = chatFor({ status: 429, headers: { 'content-type': 'application/json', 'retry-after': '4' }, steps: [{ write: '{"error":{"message":"Too many requests, slow down"}}' }] });
    await chat.send('go');
    const reply = chat.$messageAtoms.get()[1].get();
    expect(reply.error).to.include({ name: 'RateLimitError', status: 429, retryAfter: 4000 });
    expect(reply.error?.message).to.contain('slow down');
  });

  it('stop keeps what arrived, marks it stopped and returns to idle', async () => {
    const chat = chatFor(rubyllmReply(['kept', ' lost'], { delay: 1000 }));
    const done = chat.send('go');
    await waitUntil(() => chat.$messageAtoms.get()[1]?.get().content === 'kept');
    chat.stop();
    await done;
    const reply = chat.$messageAtoms.get()[1].get();
    expect(reply.status).to.equal('stopped');
    expect(reply.content).to.equal('kept');
    expect(chat.$status.get()).to.equal('idle');
  });

  it('retry replaces the failed reply without adding a second user message', async () => {
    const tag = uniqueTag();
    const chat = chatFor(rubyllmReply(['oops'], { cut: true }), tag);
    await chat.send('question');
    await chat.retry();
    const messages = chat.$messageAtoms.get().map((m) => m.get());
    expect(messages.map((m) => m.role)).to.deep.equal(['user', 'assistant']);
    const requests = await receivedRequests(tag);
    expect(requests).to.have.length(2);
    // The failed reply is not sent back to the server as history.
    expect(JSON.parse(requests[1].body).messages).to.deep.equal([{ role: 'user', content: 'question' }]);
  });

  it('fires message-start and message-end once per reply, with usage, and a chunk event per read', async () => {
    const chat = chatFor({
      steps: [
        { write: 'data: "Hi"\n\n' },
        { delay: 60 },
        { write: 'data: " there"\n\n' },
        { delay: 60 },
        { write: 'data: {"content":null,"input_tokens":3,"output_tokens":2,"model_id":"m-1"}\n\n' },
        { delay: 60 },
        { write: 'event: complete\ndata: {}\n\n' },
      ],
    });
    const events: string[] = [];
    chat.on('messageStart', () => events.push('start'));
    chat.on('chunk', ({ chunk }) => events.push(`chunk:${chunk.content ?? ''}`));
    chat.on('messageEnd', ({ usage, message }) => events.push(`end:${usage?.inputTokens}/${usage?.outputTokens}:${message.model}`));
    await chat.send('x');
    expect(events).to.deep.equal(['start', 'chunk:Hi', 'chunk: there', 'chunk:', 'end:3/2:m-1']);
  });

  it('fires one chunk event for the chunks of one read: the batch merged, and the list', async () => {
    const events = ['"One"', '" two"', '{"content":" three","input_tokens":5}', '{"content":"","output_tokens":3,"model_id":"m-2"}'];
    const chat = chatFor({ steps: [{ write: events.map((data) => `data: ${data}\n\n`).join('') + 'event: complete\ndata: {}\n\n' }] });
    const batches: Array<{ content?: string; usage?: object; model?: string; count: number; shown: string }> = [];
    chat.on('chunk', ({ chunk, chunks, message }) => batches.push({ content: chunk.content, usage: chunk.usage, model: chunk.model, count: chunks.length, shown: message.content }));
    let wakes = 0;
    const stop = chat.$messageAtoms.listen((atoms) => atoms[atoms.length - 1].listen(() => wakes++));
    await chat.send('count');
    stop();
    expect(batches).to.deep.equal([{ content: 'One two three', usage: { inputTokens: 5, outputTokens: 3 }, model: 'm-2', count: 4, shown: 'One two three' }]);
    // The reply's atom changed for its start, the one batch and its completion: not once per chunk.
    expect(wakes).to.equal(3);
  });

  it('offers a snapshot list to whoever subscribes, updated as text streams', async () => {
    const chat = chatFor(rubyllmReply(['one', ' two'], { delay: 20 }));
    const snapshots: string[] = [];
    const unsubscribe = chat.$messages.subscribe((list) => snapshots.push(list.map((m) => m.content).join('|')));
    await chat.send('q');
    await Promise.resolve();
    unsubscribe();
    expect(snapshots[snapshots.length - 1]).to.equal('q|one two');
    expect(snapshots).to.include('q|one');
  });

  it('clear removes every message and returns to idle', async () => {
    const chat = chatFor(rubyllmReply(['a']));
    await chat.send('q');
    chat.clear();
    expect(chat.$messageAtoms.get()).to.have.length(0);
    expect(chat.$status.get()).to.equal('idle');
  });
});

describe('createChat retries and resumes', () => {
  const eventSteps = (pieces: string[]) => pieces.map((piece, index) => ({ write: `id: ${index + 1}\ndata: ${JSON.stringify(piece)}\n\n`, id: String(index + 1) }));
  const complete = { write: 'event: complete\ndata: {}\n\n' };

  it('shows the pending retry in $wait for a countdown, then streams the reply into one message', async () => {
    const tag = uniqueTag();
    const url = scriptedUrl({ steps: [...eventSteps(['Hel', 'lo']), complete], statuses: [503], retryAfter: '0.05' }, tag);
    const chat = createChat({ transport: createSseTransport({ url }), protocol: 'rubyllm', retry: { delay: 10 } });
    const waits: Array<{ kind: string; attempt: number; delayMs: number } | undefined> = [];
    chat.$wait.listen((wait) => waits.push(wait && { kind: wait.kind, attempt: wait.attempt, delayMs: wait.delayMs }));
    await chat.send('hi');
    expect(waits).to.deep.equal([{ kind: 'retry', attempt: 1, delayMs: 50 }, undefined]);
    const messages = chat.$messageAtoms.get().map((m) => m.get());
    expect(messages.map((m) => [m.role, m.content, m.status])).to.deep.equal([
      ['user', 'hi', 'complete'],
      ['assistant', 'Hello', 'complete'],
    ]);
  });

  it('stop() cancels a pending retry: the reply is stopped, not failed, and no request follows', async () => {
    const tag = uniqueTag();
    const url = scriptedUrl({ steps: [...eventSteps(['never']), complete], statuses: [429], retryAfter: '5' }, tag);
    const chat = createChat({ transport: createSseTransport({ url }), protocol: 'rubyllm', retry: true });
    const done = chat.send('hi');
    await waitUntil(() => chat.$wait.get() !== undefined);
    chat.stop();
    await done;
    expect(chat.$wait.get()).to.equal(undefined);
    expect(chat.$status.get()).to.equal('idle');
    expect(chat.$messageAtoms.get()[1].get().status).to.equal('stopped');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await recordedRequests(tag)).to.have.length(1);
  });

  it('continues a dropped reply in the same message when the transport resumes it, with no text repeated', async () => {
    const tag = uniqueTag();
    const url = scriptedUrl({ steps: [...eventSteps(['One ', 'two ', 'three ', 'four']), complete], resume: { cuts: [1, 2] } }, tag);
    const chat = createChat({ transport: createSseTransport({ url, resume: { delay: 5 } }), protocol: 'rubyllm' });
    const kinds: string[] = [];
    chat.$wait.listen((wait) => wait && kinds.push(wait.kind));
    await chat.send('count');
    const reply = chat.$messageAtoms.get()[1].get();
    expect([reply.content, reply.status]).to.deep.equal(['One two three four', 'complete']);
    expect(chat.$messageAtoms.get()).to.have.length(2);
    expect(kinds).to.deep.equal(['resume', 'resume']);
  });

  it('a drop it cannot resume is an error with the partial text kept, not a stop', async () => {
    const tag = uniqueTag();
    const url = scriptedUrl({ steps: [...eventSteps(['Kept ', 'too', ' never']), complete], resume: { cuts: [2, 0] } }, tag);
    const chat = createChat({ transport: createSseTransport({ url, resume: { attempts: 1, delay: 5 } }), protocol: 'rubyllm' });
    await chat.send('go');
    const reply = chat.$messageAtoms.get()[1].get();
    expect([reply.content, reply.status, reply.error?.name]).to.deep.equal(['Kept too', 'error', 'NetworkError']);
    expect(chat.$status.get()).to.equal('error');
  });
});

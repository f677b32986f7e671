import { expect, waitUntil } from '@open-wc/testing';
import { NetworkError } from '../../src/errors.js';
import { createChat } from '../../src/store/chat.js';
import type { StreamEvent, Transport, TransportHandlers, TransportRequest } from '../../src/transport/types.js';

// User-written transports (the one-method interface the README documents), scripted step by step.
type Step = (handlers: TransportHandlers, request: TransportRequest) => unknown;

const text = (data: string): StreamEvent => ({ data: JSON.stringify(data) });
const complete: StreamEvent = { event: 'complete', data: '{}' };
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function scripted(steps: Step[]): Transport & { aborted: () => boolean } {
  let signal: AbortSignal | undefined;
  return {
    aborted: () => signal?.aborted ?? false,
    async open(request, handlers) {
      signal = request.signal;
      handlers.onOpen?.({ format: 'sse' });
      for (const step of steps) await step(handlers, request);
    },
  };
}

function chatWith(transport: Transport) {
  const chat = createChat({ transport, protocol: 'rubyllm' });
  const ends: string[] = [];
  chat.on('messageEnd', () => ends.push('end'));
  chat.on('error', ({ error }) => ends.push(error.name));
  const reply = () => chat.$messageAtoms.get()[1].get();
  return { chat, ends, reply };
}

describe('a reply (ReplyRun)', () => {
  it('ends exactly once when the server sends more after the end, and the transport then fails', async () => {
    const transport = scripted([
      (h) => h.onEvent(text('Done.')),
      (h) => h.onEvent(complete),
      (h) => h.onEvent(text(' Not shown.')),
      (h) => h.onEvent(complete),
      () => Promise.reject(new NetworkError('dropped after the end')),
    ]);
    const { chat, ends, reply } = chatWith(transport);
    await chat.send('go');
    expect(ends).to.deep.equal(['end']);
    expect([reply().content, reply().status]).to.deep.equal(['Done.', 'complete']);
    expect(chat.$status.get()).to.equal('idle');
    // The end closed the connection: the transport saw its signal abort.
    expect(transport.aborted()).to.equal(true);
  });

  it('ends exactly once with the first error, keeping the text before it', async () => {
    const transport = scripted([
      (h) => h.onEvent(text('Partial')),
      (h) => h.onEvent({ event: 'error', data: '{"message":"model overloaded"}' }),
      (h) => h.onEvent(complete),
      () => Promise.reject(new Error('socket hang up')),
    ]);
    const { chat, ends, reply } = chatWith(transport);
    await chat.send('go');
    expect(ends).to.deep.equal(['StreamError']);
    expect([reply().content, reply().status, reply().error?.message]).to.deep.equal(['Partial', 'error', 'model overloaded']);
  });

  it('reports anything a transport throws as a ChatStreamError, once', async () => {
    const { chat, ends, reply } = chatWith(scripted([(h) => h.onEvent(text('Half')), () => Promise.reject(new TypeError('Failed to fetch'))]));
    await chat.send('go');
    expect(ends).to.deep.equal(['NetworkError']);
    expect([reply().content, reply().error?.message]).to.deep.equal(['Half', 'Failed to fetch']);
  });

  it('stop mid-reply keeps the text, marks it stopped, and ignores what the transport still delivers', async () => {
    let release!: () => void;
    const transport = scripted([
      (h) => h.onEvent(text('Kept')),
      () => new Promise<void>((resolve) => (release = resolve)),
      (h) => h.onEvent(text(' late')),
      (h) => h.onEvent(complete),
    ]);
    const { chat, ends, reply } = chatWith(transport);
    const done = chat.send('go');
    await waitUntil(() => reply().content === 'Kept');
    chat.stop();
    expect(transport.aborted()).to.equal(true);
    release();
    await done;
    expect([reply().content, reply().status]).to.deep.equal(['Kept', 'stopped']);
    expect(ends).to.deep.equal([]);
    expect(chat.$status.get()).to.equal('idle');
  });

  it('batches chunks per read the transport marks, and per microtask when it marks none', async () => {
    const marked = scripted([
      (h) => {
        h.onEvent(text('a'));
        h.onEvent(text('b'));
        h.onReadEnd?.();
        h.onEvent(text('c'));
        h.onReadEnd?.();
      },
      (h) => h.onEvent(complete),
    ]);
    const unmarked = scripted([
      (h) => ['a', 'b', 'c'].forEach((piece) => h.onEvent(text(piece))),
      tick,
      (h) => h.onEvent(text('d')),
      tick,
      (h) => h.onEvent(complete),
    ]);
    const batchesOf = async (transport: Transport) => {
      const { chat } = chatWith(transport);
      const batches: string[][] = [];
      chat.on('chunk', ({ chunks }) => batches.push(chunks.map((chunk) => chunk.content ?? '')));
      await chat.send('go');
      return batches;
    };
    expect(await batchesOf(marked)).to.deep.equal([['a', 'b'], ['c']]);
    expect(await batchesOf(unmarked)).to.deep.equal([['a', 'b', 'c'], ['d']]);
  });

  it('lets a user-written transport show a countdown through onWait, cleared when the reply goes on', async () => {
    const error = new NetworkError('Lost the connection');
    const transport = scripted([
      (h) => h.onWait?.({ kind: 'resume', attempt: 1, attempts: 3, delayMs: 20, at: Date.now() + 20, error }),
      tick,
      (h) => h.onWait?.(undefined),
      (h) => h.onEvent(text('Back')),
      (h) => h.onEvent(complete),
    ]);
    const { chat, reply } = chatWith(transport);
    const waits: Array<string | undefined> = [];
    chat.$wait.listen((wait) => waits.push(wait && `${wait.kind} ${wait.attempt}/${wait.attempts}: ${wait.error.message}`));
    await chat.send('go');
    expect(waits).to.deep.equal(['resume 1/3: Lost the connection', undefined]);
    expect(reply().content).to.equal('Back');
  });
});

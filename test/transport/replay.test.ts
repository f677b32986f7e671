import { expect } from '@open-wc/testing';
import { StreamError } from '../../src/errors.js';
import { createReplayTransport } from '../../src/transport/replay.js';
import { dataOf, runTransport } from './run-transport.js';

const recorded = 'data: "Hel"\n\ndata: "lo, "\n\n: heartbeat\n\ndata: "wörld 👋"\n\nevent: complete\ndata: {}\n\n';

describe('createReplayTransport', () => {
  it('plays recorded SSE text as the same events a server would give, however it is sliced', async () => {
    for (const chunkSize of [1, 3, 7, 1000]) {
      const run = await runTransport(createReplayTransport({ source: recorded, delay: 0, chunkSize }));
      expect(run.error).to.equal(undefined);
      expect(run.events).to.deep.equal([{ data: '"Hel"' }, { data: '"lo, "' }, { data: '"wörld 👋"' }, { event: 'complete', data: '{}' }]);
    }
  });

  it('plays over time, handing the page back between slices instead of all at once', async () => {
    // A task counter that advances whenever the page gets a turn.
    let task = 0;
    let ticking = true;
    const tick = () => {
      task += 1;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const tasks: number[] = [];
    await createReplayTransport({ source: recorded, delay: 5, chunkSize: 4 }).open(
      { prompt: 'x', messages: [], signal: new AbortController().signal },
      { onEvent: () => tasks.push(task) },
    );
    ticking = false;
    expect(tasks.length).to.equal(4);
    expect(new Set(tasks).size).to.equal(4);
  });

  it('plays a list of events with pauses between them', async () => {
    const run = await runTransport(
      createReplayTransport({ source: [{ data: 'one' }, { delay: 30 }, { event: 'tool', data: '{}' }, { delay: 10 }, { event: 'complete', data: '' }], delay: 0 }),
    );
    expect(run.events).to.deep.equal([{ data: 'one' }, { event: 'tool', data: '{}' }, { event: 'complete', data: '' }]);
  });

  it('plays plain text as text events', async () => {
    const run = await runTransport(createReplayTransport({ source: 'Hello, world', format: 'text', delay: 0, chunkSize: 5 }));
    expect(run.opens.map((info) => info.format)).to.deep.equal(['text']);
    expect(dataOf(run)).to.deep.equal(['Hello', ', wor', 'ld']);
  });

  it('reports the given headers when it opens, for protocol detection', async () => {
    const run = await runTransport(createReplayTransport({ source: [], headers: { 'x-vercel-ai-ui-message-stream': 'v1' } }));
    expect(run.opens.length).to.equal(1);
    expect(run.opens[0]!.headers?.get('x-vercel-ai-ui-message-stream')).to.equal('v1');
  });

  it('stops quietly when aborted, delivering nothing more', async () => {
    const run = await runTransport(createReplayTransport({ source: recorded, delay: 5, chunkSize: 2, fail: new StreamError('never') }), {
      onEvent: (_event, controller) => controller.abort(),
    });
    expect(run.error).to.equal(undefined);
    expect(dataOf(run)).to.deep.equal(['"Hel"']);
  });

  it('fails with the given error after playing every event, for stories of failed replies', async () => {
    const failure = new StreamError('The model is overloaded', 'overloaded_error');
    const run = await runTransport(createReplayTransport({ source: [{ data: 'partial' }], delay: 0, fail: failure }));
    expect(dataOf(run)).to.deep.equal(['partial']);
    expect(run.error).to.equal(failure);
  });
});

import { expect } from '@open-wc/testing';
import { NetworkError } from '../../src/errors.js';
import { createAutoAdapter } from '../../src/protocols/auto.js';
import { streamFixtures } from '../fixtures/streams.js';
import { decodePieces, expectReply, expectSameForRandomCuts, recordingSink, splitBytes } from './decode-helper.js';

describe('auto protocol', () => {
  for (const fixture of streamFixtures) {
    it(`decodes "${fixture.name}" exactly as its explicit protocol does, without response headers`, () => {
      const bytes = new TextEncoder().encode(fixture.body);
      // Cut right after the first byte too, so detection sees a first event that arrived in pieces.
      for (const cuts of [[], [1], [Math.floor(bytes.length / 2)]]) {
        const decoded = decodePieces('auto', splitBytes(bytes, cuts), { format: fixture.format });
        expectReply(decoded, fixture.expected, `${fixture.name}, cut at ${cuts.join(', ') || 'nothing'}`);
        expect(decoded.adapter.name).to.equal(fixture.protocol);
      }
      expectSameForRandomCuts(fixture, 'auto', 40);
    });
  }

  it('picks the AI SDK from its header even when the first event could be another format', () => {
    const adapter = createAutoAdapter();
    const { sink, result } = recordingSink();
    adapter.open({ format: 'sse', headers: new Headers({ 'x-vercel-ai-ui-message-stream': 'v1' }) });
    adapter.event({ data: '{"type":"text-delta","id":"0","delta":"Hi","content":"not this"}' }, sink);
    adapter.event({ data: '[DONE]' }, sink);
    expect(adapter.name).to.equal('ai-sdk');
    expect(result().message.content).to.equal('Hi');
    expect(result().end).to.equal('done');
  });

  it('reports an interrupted reply when an event stream closes before any event, but an empty plain body is an empty reply', () => {
    const sse = createAutoAdapter();
    const first = recordingSink();
    sse.open({ format: 'sse' });
    sse.close(first.sink);
    expect(first.result().end).to.be.instanceOf(NetworkError);

    const text = createAutoAdapter();
    const second = recordingSink();
    text.open({ format: 'text' });
    text.close(second.sink);
    expect(second.result().end).to.equal('done');
  });
});

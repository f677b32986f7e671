import { expect } from '@open-wc/testing';
import { NetworkError, ProtocolError, StreamError } from '../../src/errors.js';
import { fixturesFor } from '../fixtures/streams.js';
import { decodeEvents, expectSameAtEveryBoundary, expectSameForRandomCuts } from './decode-helper.js';

const chunk = (choice: object, extra = '') => `{"object":"chat.completion.chunk","model":"m"${extra},"choices":[${JSON.stringify({ index: 0, ...choice })}]}`;

describe('openai protocol', () => {
  for (const fixture of fixturesFor('openai')) {
    it(`${fixture.name}: the reader sees the same reply however the network splits the bytes`, () => {
      expectSameAtEveryBoundary(fixture);
      expectSameForRandomCuts(fixture);
    });
  }

  it('shows a tool call as soon as its first fragment arrives and complete at finish_reason', () => {
    const { message, chunks } = decodeEvents(
      'openai',
      [
        chunk({ delta: { tool_calls: [{ index: 0, id: 'call_1', function: { name: 'search', arguments: '{"q":' } }] } }),
        chunk({ delta: { tool_calls: [{ index: 0, function: { arguments: '"lit"}' } }] } }),
      ],
      { close: false },
    );
    expect(message.toolCalls).to.deep.equal([{ type: 'tool-call', id: 'call_1', name: 'search', arguments: '{"q":"lit"}', state: 'input-streaming', status: 'streaming' }]);
    const finished = decodeEvents('openai', [chunk({ delta: { tool_calls: [{ index: 0, id: 'c', function: { name: 'n', arguments: '{}' } }] } }), chunk({ delta: {}, finish_reason: 'tool_calls' })], { close: false });
    expect(finished.message.toolCalls[0].status).to.equal('complete');
    expect(finished.chunks.at(-1)?.finishReason).to.equal('tool_calls');
    expect(chunks).to.have.length(2);
  });

  it('reports the model only once, not on every chunk', () => {
    const { chunks } = decodeEvents('openai', [chunk({ delta: { content: 'a' } }), chunk({ delta: { content: 'b' } }), '[DONE]']);
    expect(chunks.filter((each) => each.model)).to.have.length(1);
  });

  it('shows the provider message of an error event and keeps its code', () => {
    const { message, end } = decodeEvents('openai', [chunk({ delta: { content: 'So' } }), '{"error":{"message":"Context too long","type":"invalid_request_error","code":"context_length_exceeded"}}']);
    expect(message.content).to.equal('So');
    expect(end).to.be.instanceOf(StreamError);
    expect((end as StreamError).message).to.equal('Context too long');
    expect((end as StreamError).code).to.equal('context_length_exceeded');
  });

  it('reports an interrupted reply when the stream closes before any finish_reason', () => {
    expect(decodeEvents('openai', [chunk({ delta: { content: 'x' } })]).end).to.be.instanceOf(NetworkError);
    expect(decodeEvents('openai', [chunk({ delta: { content: 'x' }, finish_reason: 'length' })]).end).to.equal('done');
  });

  it('names the protocol when a chunk is malformed JSON', () => {
    const { end } = decodeEvents('openai', ['{"choices":[{"delta":{"content":"a"}}']);
    expect(end).to.be.instanceOf(ProtocolError);
    expect((end as ProtocolError).message).to.contain('openai').and.contain('{"choices"');
  });
});

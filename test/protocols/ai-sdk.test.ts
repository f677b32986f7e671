import { expect } from '@open-wc/testing';
import { NetworkError, ProtocolError, StreamError } from '../../src/errors.js';
import { fixturesFor } from '../fixtures/streams.js';
import { decodeEvents, expectSameAtEveryBoundary, expectSameForRandomCuts } from './decode-helper.js';

const part = (type: string, fields: object = {}) => JSON.stringify({ type, ...fields });

describe('ai-sdk protocol', () => {
  for (const fixture of fixturesFor('ai-sdk')) {
    it(`${fixture.name}: the reader sees the same reply however the network splits the bytes`, () => {
      expectSameAtEveryBoundary(fixture);
      expectSameForRandomCuts(fixture);
    });
  }

  it('shows streamed tool input while it arrives, then the complete input and the result', () => {
    const streaming = decodeEvents('ai-sdk', [part('tool-input-start', { toolCallId: 't1', toolName: 'search' }), part('tool-input-delta', { toolCallId: 't1', inputTextDelta: '{"q":"w' })], { close: false });
    expect(streaming.message.toolCalls).to.deep.equal([{ type: 'tool-call', id: 't1', name: 'search', arguments: '{"q":"w', state: 'input-streaming', status: 'streaming' }]);
    const done = decodeEvents('ai-sdk', [
      part('tool-input-start', { toolCallId: 't1', toolName: 'search' }),
      part('tool-input-available', { toolCallId: 't1', toolName: 'search', input: { q: 'web components' } }),
      part('tool-output-error', { toolCallId: 't1', errorText: 'Search is down' }),
    ], { close: false });
    expect(done.message.toolCalls).to.deep.equal([{ type: 'tool-call', id: 't1', name: 'search', arguments: { q: 'web components' }, state: 'output-error', status: 'complete', errorText: 'Search is down' }]);
  });

  it('takes usage from finish metadata given directly, under usage, or under totalUsage', () => {
    const usages = [{ inputTokens: 3, outputTokens: 4 }, { usage: { inputTokens: 3, outputTokens: 4 } }, { totalUsage: { inputTokens: 3, outputTokens: 4 } }].map(
      (messageMetadata) => decodeEvents('ai-sdk', [part('finish', { messageMetadata })]).message.usage,
    );
    expect(usages).to.deep.equal([{ inputTokens: 3, outputTokens: 4 }, { inputTokens: 3, outputTokens: 4 }, { inputTokens: 3, outputTokens: 4 }]);
  });

  it('shows the errorText of an error part, keeping the text before it', () => {
    const { message, end } = decodeEvents('ai-sdk', [part('text-delta', { id: '0', delta: 'Some' }), part('error', { errorText: 'Boom' })]);
    expect(message.content).to.equal('Some');
    expect(end).to.be.instanceOf(StreamError);
    expect((end as StreamError).message).to.equal('Boom');
  });

  it('reports an interrupted reply on a close before finish, and names the protocol for bad JSON', () => {
    expect(decodeEvents('ai-sdk', [part('text-delta', { id: '0', delta: 'x' })]).end).to.be.instanceOf(NetworkError);
    const { end } = decodeEvents('ai-sdk', ['{"type":"text-delta","delta":']);
    expect(end).to.be.instanceOf(ProtocolError);
    expect((end as ProtocolError).message).to.contain('ai-sdk');
  });
});

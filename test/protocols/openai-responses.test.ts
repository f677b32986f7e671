import { expect } from '@open-wc/testing';
import { NetworkError, ProtocolError, StreamError } from '../../src/errors.js';
import { fixturesFor } from '../fixtures/streams.js';
import { decodeEvents, expectSameAtEveryBoundary, expectSameForRandomCuts } from './decode-helper.js';

const event = (type: string, fields: object = {}) => ({ event: type, data: JSON.stringify({ type, ...fields }) });

describe('openai-responses protocol', () => {
  for (const fixture of fixturesFor('openai-responses')) {
    it(`${fixture.name}: the reader sees the same reply however the network splits the bytes`, () => {
      expectSameAtEveryBoundary(fixture);
      expectSameForRandomCuts(fixture);
    });
  }

  it('keeps two function calls apart when their argument deltas interleave', () => {
    const { message } = decodeEvents('openai-responses', [
      event('response.output_item.added', { item: { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'a' } }),
      event('response.output_item.added', { item: { type: 'function_call', id: 'fc_2', call_id: 'call_2', name: 'b' } }),
      event('response.function_call_arguments.delta', { item_id: 'fc_2', delta: '{"y":' }),
      event('response.function_call_arguments.delta', { item_id: 'fc_1', delta: '{"x":1}' }),
      event('response.function_call_arguments.delta', { item_id: 'fc_2', delta: '2}' }),
      event('response.completed', { response: { usage: { input_tokens: 1, output_tokens: 2 } } }),
    ]);
    expect(message.toolCalls.map(({ id, name, arguments: args, status }) => ({ id, name, args, status }))).to.deep.equal([
      { id: 'call_1', name: 'a', args: { x: 1 }, status: 'complete' },
      { id: 'call_2', name: 'b', args: { y: 2 }, status: 'complete' },
    ]);
  });

  it('takes the arguments from .done when no deltas carried them', () => {
    const { message } = decodeEvents('openai-responses', [
      event('response.output_item.added', { item: { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'a' } }),
      event('response.function_call_arguments.done', { item_id: 'fc_1', arguments: '{"all":"at once"}' }),
    ], { close: false });
    expect(message.toolCalls[0]).to.deep.include({ arguments: { all: 'at once' }, status: 'complete' });
  });

  it('reports an incomplete response with its reason, keeping the text', () => {
    const { message, end } = decodeEvents('openai-responses', [
      event('response.output_text.delta', { delta: 'Cut by the' }),
      event('response.incomplete', { response: { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } } }),
    ]);
    expect(message.content).to.equal('Cut by the');
    expect(end).to.be.instanceOf(StreamError);
    expect((end as StreamError).message).to.contain('max_output_tokens');
  });

  it('reads the type from the event name when the data has none', () => {
    const { message, end } = decodeEvents('openai-responses', [{ event: 'response.output_text.delta', data: '{"delta":"named"}' }, { event: 'response.completed', data: '{}' }]);
    expect(message.content).to.equal('named');
    expect(end).to.equal('done');
  });

  it('reports an interrupted reply when the stream closes before response.completed, and names the protocol for bad JSON', () => {
    expect(decodeEvents('openai-responses', [event('response.output_text.delta', { delta: 'x' })]).end).to.be.instanceOf(NetworkError);
    const { end } = decodeEvents('openai-responses', [{ event: 'response.output_text.delta', data: '{"delta": "x"' }]);
    expect(end).to.be.instanceOf(ProtocolError);
    expect((end as ProtocolError).message).to.contain('openai-responses');
  });
});

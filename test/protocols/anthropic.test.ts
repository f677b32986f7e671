import { expect } from '@open-wc/testing';
import { NetworkError, ProtocolError, StreamError } from '../../src/errors.js';
import { fixturesFor } from '../fixtures/streams.js';
import { decodeEvents, expectSameAtEveryBoundary, expectSameForRandomCuts } from './decode-helper.js';

const event = (type: string, fields: object = {}) => ({ event: type, data: JSON.stringify({ type, ...fields }) });

describe('anthropic protocol', () => {
  for (const fixture of fixturesFor('anthropic')) {
    it(`${fixture.name}: the reader sees the same reply however the network splits the bytes`, () => {
      expectSameAtEveryBoundary(fixture);
      expectSameForRandomCuts(fixture);
    });
  }

  it('shows a tool call complete as soon as its content block stops, before the message ends', () => {
    const { message } = decodeEvents('anthropic', [
      event('content_block_start', { index: 0, content_block: { type: 'tool_use', id: 'toolu_1', name: 'calc', input: {} } }),
      event('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: '{"n": 2}' } }),
      event('content_block_stop', { index: 0 }),
    ], { close: false });
    expect(message.toolCalls).to.deep.equal([{ type: 'tool-call', id: 'toolu_1', name: 'calc', arguments: { n: 2 }, state: 'input-available', status: 'complete' }]);
  });

  it('keeps thinking out of the content: a reasoning part with its signature, done when the answer starts', () => {
    const { message } = decodeEvents('anthropic', [
      event('content_block_start', { index: 0, content_block: { type: 'thinking', thinking: '' } }),
      event('content_block_delta', { index: 0, delta: { type: 'thinking_delta', thinking: 'hmm' } }),
      event('content_block_delta', { index: 0, delta: { type: 'signature_delta', signature: 'sig' } }),
      event('content_block_start', { index: 1, content_block: { type: 'text', text: '' } }),
      event('content_block_delta', { index: 1, delta: { type: 'text_delta', text: 'Answer' } }),
      event('message_stop'),
    ]);
    expect(message.content).to.equal('Answer');
    expect(message.toolCalls).to.deep.equal([]);
    expect(message.parts?.map((part) => (part.type === 'reasoning' ? [part.type, part.text, part.signature, part.state] : [part.type]))).to.deep.equal([
      ['reasoning', 'hmm', 'sig', 'done'],
      ['text'],
    ]);
  });

  it('shows the error type as the code and the message of an error event', () => {
    const { end } = decodeEvents('anthropic', [event('error', { error: { type: 'api_error', message: 'Internal server error' } })]);
    expect(end).to.be.instanceOf(StreamError);
    expect((end as StreamError).message).to.equal('Internal server error');
    expect((end as StreamError).code).to.equal('api_error');
  });

  it('reports an interrupted reply on a close before message_stop, and names the protocol for bad JSON', () => {
    expect(decodeEvents('anthropic', [event('message_start', { message: { model: 'c' } })]).end).to.be.instanceOf(NetworkError);
    const { end } = decodeEvents('anthropic', [{ event: 'content_block_delta', data: '{"type":"content_block_delta",' }]);
    expect(end).to.be.instanceOf(ProtocolError);
    expect((end as ProtocolError).message).to.contain('anthropic');
  });
});

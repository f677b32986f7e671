import { expect } from '@open-wc/testing';
import { NetworkError, ProtocolError, StreamError } from '../../src/errors.js';
import { fixturesFor } from '../fixtures/streams.js';
import { decodeEvents, expectSameAtEveryBoundary, expectSameForRandomCuts } from './decode-helper.js';

describe('rubyllm protocol', () => {
  for (const fixture of fixturesFor('rubyllm')) {
    it(`${fixture.name}: the reader sees the same reply however the network splits the bytes`, () => {
      expectSameAtEveryBoundary(fixture);
      expectSameForRandomCuts(fixture);
    });
  }

  it('shows the message of an error event sent as a JSON string, {message}, {error} or plain text', () => {
    const messages = ['"Quota used up"', '{"message":"Quota used up"}', '{"error":"Quota used up"}', 'Quota used up'].map((data) => {
      const { end } = decodeEvents('rubyllm', ['"Hi"', { event: 'error', data }]);
      expect(end).to.be.instanceOf(StreamError);
      return (end as StreamError).message;
    });
    expect(messages).to.deep.equal(['Quota used up', 'Quota used up', 'Quota used up', 'Quota used up']);
  });

  it('keeps the text and reports an interrupted reply when the stream closes before complete', () => {
    const { message, end } = decodeEvents('rubyllm', ['"Half a sen"', '"tence"']);
    expect(message.content).to.equal('Half a sentence');
    expect(end).to.be.instanceOf(NetworkError);
    expect((end as NetworkError).message).to.match(/ended before the reply was complete/);
  });

  it('names the protocol and quotes the bad data when a chunk is not JSON', () => {
    const { message, end } = decodeEvents('rubyllm', ['"ok "', 'Hello <b>not json</b>']);
    expect(message.content).to.equal('ok ');
    expect(end).to.be.instanceOf(ProtocolError);
    expect((end as ProtocolError).message).to.contain('rubyllm').and.contain('Hello <b>not json</b>');
  });

  it('ignores null fields and shows a tool call given whole arguments as complete at once', () => {
    const { message, chunks } = decodeEvents(
      'rubyllm',
      [
        '{"content":null,"tool_calls":null,"model_id":null,"input_tokens":null}',
        '{"tool_calls":{"call_9":{"id":"call_9","name":"lookup","arguments":{"q":"lit"}}}}',
      ],
      { close: false },
    );
    expect(chunks).to.have.length(1);
    expect(message.content).to.equal('');
    expect(message.usage).to.equal(undefined);
    expect(message.toolCalls).to.deep.equal([{ type: 'tool-call', id: 'call_9', name: 'lookup', arguments: { q: 'lit' }, state: 'input-available', status: 'complete' }]);
  });

  it('marks every tool call still streaming complete when the reply completes', () => {
    const { message, chunks } = decodeEvents('rubyllm', [
      '{"tool_calls":{"a":{"id":"a","name":"one","arguments":"{\\"x\\":1}"}}}',
      { event: 'complete', data: '' },
    ]);
    expect(message.toolCalls[0]).to.include({ id: 'a', status: 'complete' });
    expect(message.toolCalls[0].arguments).to.deep.equal({ x: 1 });
    expect(chunks.at(-1)?.toolCalls).to.deep.equal([{ id: 'a', status: 'complete' }]);
  });

  it('ignores events after complete', () => {
    const { message, end } = decodeEvents('rubyllm', ['"Done."', { event: 'complete', data: '{}' }, '"extra"', { event: 'error', data: 'late' }]);
    expect(message.content).to.equal('Done.');
    expect(end).to.equal('done');
  });
});

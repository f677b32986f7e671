import { expect } from '@open-wc/testing';
import { createParser } from 'eventsource-parser';
import { detectProtocol } from '../../src/protocols/detect.js';
import type { StreamEvent } from '../../src/transport/types.js';
import { streamFixtures } from '../fixtures/streams.js';

function firstEvent(body: string): StreamEvent {
  const events: StreamEvent[] = [];
  const parser = createParser({ onEvent: ({ event, data }) => events.push({ event, data }) });
  parser.feed(body);
  parser.feed('\n\n');
  return events[0];
}

describe('detectProtocol', () => {
  for (const fixture of streamFixtures.filter((each) => each.format === 'sse')) {
    it(`recognizes ${fixture.protocol} from the first event alone (${fixture.name})`, () => {
      expect(detectProtocol({ info: { format: 'sse' }, event: firstEvent(fixture.body) })).to.equal(fixture.protocol);
    });
  }

  it('trusts the AI SDK header and a plain-text body over the first event', () => {
    const event = { data: '"looks like rubyllm"' };
    expect(detectProtocol({ info: { format: 'sse', headers: new Headers({ 'x-vercel-ai-ui-message-stream': 'v1' }) }, event })).to.equal('ai-sdk');
    expect(detectProtocol({ info: { format: 'text' }, event })).to.equal('text');
  });

  it('recognizes an error sent as the very first event in each provider shape', () => {
    const cases: Array<[StreamEvent, string]> = [
      [{ event: 'error', data: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}' }, 'anthropic'],
      [{ event: 'error', data: '{"type":"error","code":"rate_limit_exceeded","message":"Slow down"}' }, 'openai-responses'],
      [{ data: '{"type":"error","errorText":"Nope"}' }, 'ai-sdk'],
      [{ data: '{"error":{"message":"Bad key","type":"invalid_request_error"}}' }, 'openai'],
      [{ event: 'error', data: '{"error":"Quota"}' }, 'rubyllm'],
      [{ event: 'error', data: 'Something broke' }, 'rubyllm'],
    ];
    expect(cases.map(([event]) => detectProtocol({ event }))).to.deep.equal(cases.map(([, name]) => name));
  });

  it('takes non-JSON data as plain text and an empty [DONE] reply as openai', () => {
    expect(detectProtocol({ event: { data: 'Hello there' } })).to.equal('text');
    expect(detectProtocol({ event: { data: '[DONE]' } })).to.equal('openai');
    expect(detectProtocol({ event: { event: 'complete', data: '' } })).to.equal('rubyllm');
  });
});

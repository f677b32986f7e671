/**
 * The one reply encoder (wire/) against the kit's own decoding: the demo backend's answer in every
 * wire format, as an HTTP body and as WebSocket frames, reads back as the reply it describes.
 */
import { expect } from '@open-wc/testing';
import { createAnswer, failingAnswer } from '../../demo/backend/answer.mjs';
import { createAdapter } from '../../src/protocols/registry.js';
import type { ProtocolName } from '../../src/protocols/types.js';
import { eventFromFrame } from '../../src/transport/websocket-frame.js';
import { cutReply, replyBody, replyFrames, replySteps, replyText, wireFormats, type Reply } from '../../wire/index.js';
import { decodePieces, recordingSink, splitBytes } from '../protocols/decode-helper.js';

const protocols = Object.keys(wireFormats) as ProtocolName[];
const answer: Reply = createAnswer({ prompt: 'What is the weather in Lisbon?' });

/** The body cut into pieces of 7 bytes, as a slow network might deliver it. */
function decodeBody(protocol: ProtocolName, reply: Reply) {
  const bytes = new TextEncoder().encode(replyBody(protocol, reply));
  const cuts = Array.from({ length: Math.floor(bytes.length / 7) }, (_, index) => (index + 1) * 7);
  return decodePieces(protocol, splitBytes(bytes, cuts), { format: wireFormats[protocol].body });
}

function decodeFrames(protocol: ProtocolName, reply: Reply) {
  const adapter = createAdapter(protocol);
  const { sink, result } = recordingSink();
  adapter.open?.({ format: wireFormats[protocol].body });
  for (const frame of replyFrames(protocol, reply)) adapter.event(eventFromFrame(frame), sink);
  adapter.close(sink);
  return result();
}

describe('the reply encoder', () => {
  for (const protocol of protocols) {
    const { carries } = wireFormats[protocol];
    it(`${protocol}: the demo's answer reads back whole, over HTTP and over WebSocket`, () => {
      for (const decoded of [decodeBody(protocol, answer), decodeFrames(protocol, answer)]) {
        expect(decoded.end).to.equal('done');
        expect(decoded.message.content).to.equal(replyText(answer));
        if (carries.toolCalls) expect(decoded.message.toolCalls.map((call) => [call.name, call.arguments])).to.deep.equal([['get_weather', { city: 'Lisbon' }]]);
        if (carries.toolResults) expect(decoded.message.toolCalls[0].result).to.have.property('city', 'Lisbon');
        if (carries.usage) expect(decoded.message.usage).to.deep.equal(answer.usage);
        if (carries.model) expect(decoded.message.model).to.equal('demo-assistant-1');
      }
    });

    it(`${protocol}: an answer that fails after 30 characters keeps those 30 and ends with the server's error`, () => {
      const decoded = decodeBody(protocol, failingAnswer(answer, 30, 'upstream overloaded'));
      expect(decoded.message.content).to.equal(Array.from(replyText(answer)).slice(0, 30).join(''));
      if (carries.errors) expect(decoded.end).to.have.property('message').that.includes('upstream overloaded');
    });
  }

  it('leaves the last part of a reply that does not complete open, and ends it with the error or nothing', () => {
    const cut = cutReply(answer, 3, { type: 'cut' });
    const steps = replySteps(cut).map((step) => step.type);
    expect(steps.at(-1)).to.equal('text-delta');
    expect(steps).to.not.include('text-end');
    expect(steps).to.not.include('finish');
    expect(replySteps(cutReply(answer, 3, { type: 'error', message: 'no' })).at(-1)).to.deep.equal({ type: 'error', message: 'no' });
    expect(replyText(cut)).to.equal(Array.from(replyText(answer)).slice(0, 3).join(''));
  });
});

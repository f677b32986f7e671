import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createBodyDecoder, type BodyFormat } from '../../src/transport/body-decoder.js';
import type { StreamEvent } from '../../src/transport/types.js';

function decode(chunks: Uint8Array[], format: BodyFormat | 'unknown' = 'sse') {
  const events: StreamEvent[] = [];
  const formats: BodyFormat[] = [];
  const decoder = createBodyDecoder({ format, onFormat: (chosen) => formats.push(chosen), onEvent: (event) => events.push(event) });
  for (const chunk of chunks) decoder.push(chunk);
  decoder.end();
  return { events, formats };
}

function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.slice(from, point));
    from = point;
  }
  return chunks;
}

const stream = '\uFEFFevent: start\r\ndata: {"a":"é"}\r\n\r\n: ping\rdata: 世界\rdata:two lines\r\rid: 9\ndata: 👋🏽 last';
const expected: StreamEvent[] = [
  { event: 'start', data: '{"a":"é"}' },
  { data: '世界\ntwo lines' },
  { id: '9', data: '👋🏽 last' },
];

describe('createBodyDecoder', () => {
  it('gives the same events for any split of the bytes (mixed line ends, BOM, multi-byte characters)', () => {
    const bytes = new TextEncoder().encode(stream);
    expect(decode([bytes]).events).to.deep.equal(expected);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (cuts) => {
        expect(decode(splitAt(bytes, cuts)).events).to.deep.equal(expected);
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('gives the same text for any split of a plain text body', () => {
    const text = 'Plain ü text 👋 over\r\nseveral lines';
    const bytes = new TextEncoder().encode(text);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 20 }), (cuts) => {
        const { events } = decode(splitAt(bytes, cuts), 'text');
        expect(events.map((event) => event.data).join('')).to.equal(text);
        expect(events.every((event) => event.data !== '')).to.equal(true);
      }),
      { numRuns: 200, seed: 20261126 },
    );
  });

  it('tells an event stream from plain text when the content type is missing', () => {
    const bytes = (text: string) => [...new TextEncoder().encode(text)].map((byte) => new Uint8Array([byte]));
    expect(decode(bytes('data: a\n\n'), 'unknown')).to.deep.equal({ events: [{ data: 'a' }], formats: ['sse'] });
    expect(decode(bytes(': hi\n\nevent: x\ndata: b\n\n'), 'unknown')).to.deep.equal({ events: [{ event: 'x', data: 'b' }], formats: ['sse'] });
    const plain = decode(bytes('Hello'), 'unknown');
    expect(plain.formats).to.deep.equal(['text']);
    expect(plain.events.map((event) => event.data).join('')).to.equal('Hello');
    expect(decode([], 'unknown')).to.deep.equal({ events: [], formats: ['text'] });
  });
});

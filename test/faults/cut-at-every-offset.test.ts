/**
 * Cuts the connection at many byte offsets of every recorded sample stream, through the real
 * scripted server, the real SSE transport and the chat store, and checks that the reader keeps
 * exactly the text of the events completed before the cut: no text lost, none invented.
 *
 * Plain-text bodies: the test server frames bodies with chunked transfer encoding, so a cut is
 * seen as a failure (NetworkError). A server that frames a plain-text body by closing the
 * connection (no chunking, no Content-Length) makes a cut indistinguishable from the end, and
 * such a reply would show as complete; SSE formats with an explicit end event do not have that
 * problem.
 */
import { expect } from '@open-wc/testing';
import { createChat } from '../../src/store/chat.js';
import { createSseTransport } from '../../src/transport/sse.js';
import { streamFixtures, type StreamFixture } from '../fixtures/streams.js';
import { base64, streamUrl } from '../helpers/servers.js';
import { replyCutAfter, seenReply, type SeenReply } from './fault-reference.js';

/** Samples up to this many bytes are cut at every offset. */
const everyOffsetUpTo = 260;
/** Longer samples are cut at about this many offsets, evenly spread, plus the last few bytes. */
const offsetsOfLongSamples = 70;
// The browser opens six connections per origin at a time; a second origin (localhost and
// 127.0.0.1 are different origins) doubles that.
const parallel = 12;
/**
 * Time between the last bytes written and the cut. Chromium discards body bytes it has received
 * but the page has not read yet when the connection then fails (the stream is errored and its
 * queue dropped), so bytes cut a few milliseconds after they were sent can vanish under load
 * before any script could read them. Real cuts come long after the bytes; this keeps the test
 * about our code, not that race: a cut that left nothing of a non-empty expected reply is played
 * again with a slower cut, and counted in the matrix as a browser re-run.
 */
const cutAfterMs = 60;
/** A cut that left nothing at all is played again this much later, at most twice (see above). */
const slowCutAfterMs = 400;

interface FaultRow {
  fixture: string;
  bytes: number;
  stride: number;
  tried: number;
  mismatched: number;
  textLost: number;
  browserReruns: number;
}
const matrix: FaultRow[] = [];

function offsetsOf(length: number): { offsets: number[]; stride: number } {
  const stride = length <= everyOffsetUpTo ? 1 : Math.ceil(length / offsetsOfLongSamples);
  const offsets: number[] = [];
  // Always include the last few offsets: cuts inside the final event and its line ends.
  for (let offset = 0; offset < length; offset += stride) offsets.push(offset);
  for (let offset = Math.max(0, length - 4); offset < length; offset++) if (!offsets.includes(offset)) offsets.push(offset);
  return { offsets, stride };
}

const otherOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

async function replyWhenCutAt(fixture: StreamFixture, bytes: Uint8Array, offset: number, after = cutAfterMs): Promise<SeenReply> {
  // Every other request goes to the second origin: a GET without custom headers needs no preflight.
  const crossOrigin = offset % 2 === 1;
  const headers = crossOrigin ? { ...fixture.headers, 'access-control-allow-origin': '*' } : fixture.headers;
  const path = streamUrl({ headers, steps: [{ b64: base64(bytes.subarray(0, offset)) }, { cut: true, after }] });
  const url = crossOrigin ? `${otherOrigin}${path}` : path;
  const chat = createChat({ transport: createSseTransport({ url, method: 'GET' }), protocol: fixture.protocol });
  await chat.send('cut me');
  return seenReply(chat.$messageAtoms.get()[1]!.get());
}

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

describe('a connection cut at any byte offset', function () {
  this.timeout(60_000);

  after(() => {
    const total = matrix.reduce(
      (sum, row) => ({
        tried: sum.tried + row.tried,
        mismatched: sum.mismatched + row.mismatched,
        textLost: sum.textLost + row.textLost,
        browserReruns: sum.browserReruns + row.browserReruns,
      }),
      { tried: 0, mismatched: 0, textLost: 0, browserReruns: 0 },
    );
    console.log(
      ['fault matrix: connection cut at byte offset (fixture | bytes | stride | cuts tried | wrong replies | characters lost | browser re-runs)']
        .concat(matrix.map((row) => `${row.fixture} | ${row.bytes} | ${row.stride} | ${row.tried} | ${row.mismatched} | ${row.textLost} | ${row.browserReruns}`))
        .concat(`TOTAL | | | ${total.tried} | ${total.mismatched} | ${total.textLost} | ${total.browserReruns}`)
        .join('\n'),
    );
  });

  for (const fixture of streamFixtures) {
    it(`keeps exactly the events completed before the cut: ${fixture.name}`, async () => {
      const bytes = new TextEncoder().encode(fixture.body);
      const { offsets, stride } = offsetsOf(bytes.length);
      const row: FaultRow = { fixture: fixture.name, bytes: bytes.length, stride, tried: 0, mismatched: 0, textLost: 0, browserReruns: 0 };
      matrix.push(row);
      const failures: string[] = [];
      await inPool(offsets, parallel, async (offset) => {
        const want = replyCutAfter(fixture.protocol, fixture.format, bytes.subarray(0, offset));
        let seen = await replyWhenCutAt(fixture, bytes, offset);
        for (let rerun = 0; rerun < 2 && seen.content === '' && seen.toolCalls === '[]' && JSON.stringify(seen) !== JSON.stringify(want); rerun++) {
          row.browserReruns += 1;
          seen = await replyWhenCutAt(fixture, bytes, offset, slowCutAfterMs);
        }
        row.tried += 1;
        if (JSON.stringify(seen) !== JSON.stringify(want)) {
          row.mismatched += 1;
          row.textLost += Math.max(0, want.content.length - seen.content.length);
          if (failures.length < 3) failures.push(`cut at byte ${offset}: saw ${JSON.stringify(seen)}, wanted ${JSON.stringify(want)}`);
        }
      });
      expect(failures, failures.join('\n')).to.deep.equal([]);
      expect(row.tried).to.equal(offsets.length);
    });
  }
});

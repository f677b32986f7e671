import { expect } from '@open-wc/testing';
import { HttpError } from '../../src/errors.js';
import { createSseTransport } from '../../src/transport/sse.js';
import { runTransport } from '../transport/run-transport.js';
import { streamUrl, uniqueTag, wsPort } from '../helpers/servers.js';

// Custom headers (a CSRF token, Authorization) are meant for `src`'s server alone. A real 307 from
// the test page's server to another origin (another port of 127.0.0.1, a server that allows any
// cross-origin request, as a hostile one would) must not carry them there.
interface SeenRequest {
  method: string;
  headers: Record<string, string>;
}

async function seenByOtherOrigin(tag: string): Promise<SeenRequest[]> {
  const response = await fetch(`http://127.0.0.1:${wsPort()}/other-origin/requests?tag=${encodeURIComponent(tag)}`);
  return (await response.json()) as SeenRequest[];
}

/** A stream URL on the test page's origin that answers 307 to the other origin. */
function redirectingUrl(tag: string, status = 307): string {
  const location = `http://127.0.0.1:${wsPort()}/other-origin/stream?tag=${encodeURIComponent(tag)}`;
  return streamUrl({ status, headers: { location }, steps: [] });
}

const SECRET_HEADERS = { 'X-CSRF-Token': 'csrf-secret', Authorization: 'Bearer api-secret' };

describe('custom headers and redirects', () => {
  for (const status of [307, 308, 302]) {
    for (const method of ['POST', 'GET'] as const) {
      it(`never carries custom headers to another origin after a ${status} (${method})`, async () => {
        const tag = uniqueTag('redirect');
        const transport = createSseTransport({ url: redirectingUrl(tag, status), method, headers: SECRET_HEADERS });
        const run = await runTransport(transport);
        for (const request of await seenByOtherOrigin(tag)) {
          expect(request.headers).not.to.have.property('x-csrf-token');
          expect(request.headers).not.to.have.property('authorization');
        }
        // The request is not followed: a clear error instead of a reply from somewhere else.
        expect(run.error).to.be.instanceOf(HttpError);
        expect((run.error as Error).message).to.match(/redirect/i);
      });
    }
  }

  it('never carries headers from a headers function to another origin', async () => {
    const tag = uniqueTag('redirect-fn');
    const transport = createSseTransport({ url: redirectingUrl(tag), headers: async () => SECRET_HEADERS });
    const run = await runTransport(transport);
    for (const request of await seenByOtherOrigin(tag)) expect(request.headers).not.to.have.property('x-csrf-token');
    expect(run.error).to.be.instanceOf(HttpError);
  });

  it('still follows a redirect when no custom headers are set', async () => {
    const tag = uniqueTag('redirect-plain');
    const run = await runTransport(createSseTransport({ url: redirectingUrl(tag) }));
    expect(run.error).to.equal(undefined);
    expect(run.events.map((event) => event.data)).to.deep.equal(['from the other origin']);
  });
});

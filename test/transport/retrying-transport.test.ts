import { expect } from '@open-wc/testing';
import { AuthenticationError, NetworkError, RateLimitError, ServerError } from '../../src/errors.js';
import { withRetry, type RetryOptions } from '../../src/transport/retrying-transport.js';
import { createSseTransport } from '../../src/transport/sse.js';
import { dataOf, runTransport } from './run-transport.js';
import { eventsWithIds, recordedRequests, streamUrl, uniqueTag, type StreamScript } from '../helpers/servers.js';

const retrying = (script: StreamScript, tag: string, options: RetryOptions = { delay: 5 }) =>
  withRetry(createSseTransport({ url: streamUrl(script, tag) }), options);

const threeEvents = eventsWithIds(['a', 'b', 'c']);

describe('withRetry', () => {
  it('sends the request again after a 429, waiting the Retry-After the server gave, and the reply arrives once', async () => {
    const tag = uniqueTag('retry-429');
    const run = await runTransport(retrying({ steps: threeEvents, statuses: [429], retryAfter: '0.05' }, tag));
    expect(run.error).to.equal(undefined);
    expect(dataOf(run)).to.deep.equal(['a', 'b', 'c']);
    expect(run.waits.map(({ kind, attempt, delayMs, error }) => [kind, attempt, delayMs, error.name])).to.deep.equal([['retry', 1, 50, 'RateLimitError']]);
    expect(await recordedRequests(tag)).to.have.length(2);
  });

  it('honours Retry-After on a 503 too', async () => {
    const tag = uniqueTag('retry-503-after');
    const run = await runTransport(retrying({ steps: threeEvents, statuses: [503], retryAfter: '0.03' }, tag));
    expect(dataOf(run)).to.deep.equal(['a', 'b', 'c']);
    expect(run.waits.map((wait) => wait.delayMs)).to.deep.equal([30]);
  });

  it('backs off exponentially with jitter, then gives up with the ServerError after the attempts', async () => {
    const tag = uniqueTag('retry-503');
    const run = await runTransport(retrying({ steps: threeEvents, statuses: [503, 503, 503, 503] }, tag, { attempts: 3, delay: 20, jitter: 0.5 }));
    expect(run.error).to.be.instanceOf(ServerError);
    expect(run.events).to.deep.equal([]);
    expect(await recordedRequests(tag)).to.have.length(4);
    expect(run.waits.map((wait) => wait.attempt)).to.deep.equal([1, 2, 3]);
    run.waits.forEach((wait, index) => {
      const full = 20 * 2 ** index;
      expect(wait.delayMs).to.be.within(full / 2, full);
    });
  });

  it('does not retry other failures, such as a 401', async () => {
    const tag = uniqueTag('retry-401');
    const run = await runTransport(retrying({ steps: threeEvents, statuses: [401] }, tag));
    expect(run.error).to.be.instanceOf(AuthenticationError);
    expect(run.waits).to.deep.equal([]);
    expect(await recordedRequests(tag)).to.have.length(1);
  });

  it('retries a connection that dropped before any event arrived', async () => {
    const tag = uniqueTag('retry-early-drop');
    const run = await runTransport(retrying({ steps: threeEvents, resume: { cuts: [0] } }, tag));
    expect(run.error).to.equal(undefined);
    expect(dataOf(run)).to.deep.equal(['a', 'b', 'c']);
    expect(run.waits[0]?.error).to.be.instanceOf(NetworkError);
  });

  it('never retries once an event arrived, so no text is repeated', async () => {
    const tag = uniqueTag('retry-late-drop');
    const run = await runTransport(retrying({ steps: threeEvents, resume: { cuts: [1] } }, tag));
    expect(dataOf(run)).to.deep.equal(['a']);
    expect(run.error).to.be.instanceOf(NetworkError);
    expect(await recordedRequests(tag)).to.have.length(1);
  });

  it('gives up at once when Retry-After asks for longer than maxDelay', async () => {
    const tag = uniqueTag('retry-too-long');
    const run = await runTransport(retrying({ steps: threeEvents, statuses: [429], retryAfter: '120' }, tag, { maxDelay: 10_000 }));
    expect(run.error).to.be.instanceOf(RateLimitError);
    expect((run.error as RateLimitError).retryAfter).to.equal(120_000);
    expect(run.waits).to.deep.equal([]);
  });

  it('stop during the wait cancels the retry: no second request, and it resolves quietly', async () => {
    const tag = uniqueTag('retry-stop');
    const run = await runTransport(retrying({ steps: threeEvents, statuses: [503] }, tag, { delay: 5000 }), {
      onWait: (_wait, controller) => controller.abort(),
    });
    expect(run.error).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await recordedRequests(tag)).to.have.length(1);
  });
});

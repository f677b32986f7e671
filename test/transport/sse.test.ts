import { expect } from '@open-wc/testing';
import { AuthenticationError, HttpError, NetworkError, RateLimitError, ServerError } from '../../src/errors.js';
import { createSseTransport } from '../../src/transport/sse.js';
import { dataOf, runTransport, sampleRequest } from './run-transport.js';
import { base64, eventsWithIds, eventually, recordedRequests, streamUrl, uniqueTag, type StreamScript, type StreamStep } from '../helpers/servers.js';

const sse = (script: StreamScript, tag?: string, options: Omit<Parameters<typeof createSseTransport>[0], 'url'> = {}) =>
  createSseTransport({ url: streamUrl(script, tag), ...options });

/** Writes each piece separately, with a pause, so the browser reads them as separate chunks. */
const pieces = (...texts: string[]): StreamStep[] => texts.flatMap((write) => [{ write }, { delay: 15 }]);

describe('createSseTransport', () => {
  describe('reading events', () => {
    it('delivers events exactly as written even when chunks split fields, names and values', async () => {
      const run = await runTransport(
        sse({ steps: pieces('da', 'ta: Hel', 'lo\n', '\nev', 'ent: comp', 'lete\nid: 7\ndata: a\nda', 'ta: b\n', '\n') }),
      );
      expect(run.error).to.equal(undefined);
      expect(run.events).to.deep.equal([{ data: 'Hello' }, { event: 'complete', id: '7', data: 'a\nb' }]);
    });

    it('shows the first event while the server is still writing', async () => {
      const tag = uniqueTag('live');
      const run = await runTransport(sse({ steps: [{ write: 'data: first\n\n' }, { hang: true }], end: false }, tag), {
        onEvent: (_event, controller) => controller.abort(),
      });
      expect(run.error).to.equal(undefined);
      expect(dataOf(run)).to.deep.equal(['first']);
    });

    it('keeps characters whole when their UTF-8 bytes are split across network writes', async () => {
      const bytes = new TextEncoder().encode('data: héllo 👋 世界\n\n');
      const cuts = [8, 16, 18, 21]; // inside é, inside 👋 (twice), inside 世
      const steps: StreamStep[] = [];
      let from = 0;
      for (const to of [...cuts, bytes.length]) {
        steps.push({ b64: base64(bytes.slice(from, to)) }, { delay: 15 });
        from = to;
      }
      const run = await runTransport(sse({ steps }));
      expect(dataOf(run)).to.deep.equal(['héllo 👋 世界']);
    });

    it('understands CRLF and lone CR line ends, including a CRLF split between writes', async () => {
      const run = await runTransport(sse({ steps: pieces('data: one\r\n\r\n', 'data: two\r\rdata: three\r', '\n\r\n', 'data: four\n\n') }));
      expect(dataOf(run)).to.deep.equal(['one', 'two', 'three', 'four']);
    });

    it('skips comment and heartbeat lines', async () => {
      const run = await runTransport(sse({ steps: pieces(': connected\n\n', 'data: a\n\n', ':ping\n\n', ': keep-alive\ndata: b\n\n') }));
      expect(dataOf(run)).to.deep.equal(['a', 'b']);
    });

    it('reads `data:` without a space, keeping any further spaces', async () => {
      const run = await runTransport(sse({ steps: [{ write: 'data:tight\n\ndata:  two spaces\n\n' }] }));
      expect(dataOf(run)).to.deep.equal(['tight', ' two spaces']);
    });

    it('delivers a last event that has no blank line after it', async () => {
      const unterminated = await runTransport(sse({ steps: [{ write: 'data: a\n\ndata: last' }] }));
      expect(dataOf(unterminated)).to.deep.equal(['a', 'last']);
      const oneNewline = await runTransport(sse({ steps: [{ write: 'event: complete\ndata: {}\n' }] }));
      expect(oneNewline.events).to.deep.equal([{ event: 'complete', data: '{}' }]);
    });

    it('ignores a byte order mark at the start of the stream', async () => {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('data: a\n\n')]);
      const run = await runTransport(sse({ steps: [{ b64: base64(bytes) }] }));
      expect(dataOf(run)).to.deep.equal(['a']);
    });

    it('reads a long stream of many events completely', async () => {
      const run = await runTransport(sse({ steps: [{ repeat: 'data: token\n\n', times: 20000 }, { write: 'event: complete\ndata: end\n\n' }] }));
      expect(run.events.length).to.equal(20001);
      expect(run.events.at(-1)).to.deep.equal({ event: 'complete', data: 'end' });
    });

    it('announces the response once, with its headers, before the first event', async () => {
      const run = await runTransport(sse({ headers: { 'content-type': 'text/event-stream', 'x-vercel-ai-ui-message-stream': 'v1' }, steps: [{ write: 'data: a\n\ndata: b\n\n' }] }));
      expect(run.opens.length).to.equal(1);
      expect(run.opens[0]!.format).to.equal('sse');
      expect(run.opens[0]!.headers?.get('x-vercel-ai-ui-message-stream')).to.equal('v1');
      expect(run.openedBeforeEachEvent).to.equal(true);
    });
  });

  describe('plain text bodies', () => {
    it('turns a text/plain body into text events holding the text as it arrives', async () => {
      const run = await runTransport(sse({ headers: { 'content-type': 'text/plain; charset=utf-8' }, steps: pieces('Hello, ', 'wörld', '!\n\nBye') }));
      expect(run.error).to.equal(undefined);
      expect(run.opens.map((info) => info.format)).to.deep.equal(['text']);
      expect(dataOf(run).join('')).to.equal('Hello, wörld!\n\nBye');
      expect(run.events.every((event) => event.event === undefined)).to.equal(true);
    });

    it('shows plain text while the server is still writing', async () => {
      const run = await runTransport(sse({ headers: { 'content-type': 'text/plain' }, steps: [{ write: 'Hello, ' }, { hang: true }], end: false }), {
        onEvent: (_event, controller) => controller.abort(),
      });
      expect(run.error).to.equal(undefined);
      expect(dataOf(run)).to.deep.equal(['Hello, ']);
    });

    it('recognises an event stream sent without a content type', async () => {
      const run = await runTransport(sse({ headers: {}, steps: pieces('da', 'ta: a\n\n') }));
      expect(run.opens.map((info) => info.format)).to.deep.equal(['sse']);
      expect(dataOf(run)).to.deep.equal(['a']);
    });
  });

  describe('the request', () => {
    it('POSTs the prompt and messages as JSON and asks for an event stream', async () => {
      const tag = uniqueTag('post');
      await runTransport(sse({ steps: [{ write: 'data: ok\n\n' }] }, tag, { headers: { 'X-CSRF-Token': 'token-123' } }));
      const [received] = await recordedRequests(tag);
      expect(received!.method).to.equal('POST');
      expect(received!.headers['content-type']).to.equal('application/json');
      expect(received!.headers.accept).to.equal('text/event-stream');
      expect(received!.headers['x-csrf-token']).to.equal('token-123');
      expect(JSON.parse(received!.body)).to.deep.equal({ prompt: sampleRequest.prompt, messages: sampleRequest.messages });
    });

    it('asks an async headers function for fresh headers on every request', async () => {
      const tag = uniqueTag('auth');
      let calls = 0;
      const transport = sse({ steps: [{ write: 'data: ok\n\n' }] }, tag, {
        headers: async (request) => {
          calls += 1;
          await new Promise((resolve) => setTimeout(resolve, 5));
          return { Authorization: `Bearer key-${calls}`, 'X-Prompt-Length': String(request.prompt.length) };
        },
      });
      await runTransport(transport);
      await runTransport(transport);
      const received = await recordedRequests(tag);
      expect(received.map((request) => request.headers.authorization)).to.deep.equal(['Bearer key-1', 'Bearer key-2']);
      expect(received[0]!.headers['x-prompt-length']).to.equal(String(sampleRequest.prompt.length));
    });

    it('sends the body shaped by `body`: objects as JSON, strings as given', async () => {
      const tag = uniqueTag('shape');
      await runTransport(sse({ steps: [] }, tag, { body: (request) => ({ model: 'gpt-test', input: request.prompt, stream: true }) }));
      await runTransport(sse({ steps: [] }, tag, { body: (request) => new URLSearchParams({ q: request.prompt }) }));
      const [json, form] = await recordedRequests(tag);
      expect(json!.headers['content-type']).to.equal('application/json');
      expect(JSON.parse(json!.body)).to.deep.equal({ model: 'gpt-test', input: 'Hi there', stream: true });
      expect(form!.headers['content-type']).to.contain('application/x-www-form-urlencoded');
      expect(form!.body).to.equal('q=Hi+there');
    });

    it('sends the prompt as a query parameter with GET, keeping the query the URL already has', async () => {
      const tag = uniqueTag('get');
      const prompt = 'a&b=c ü?#';
      const run = await runTransport(sse({ steps: [{ write: 'data: ok\n\n' }] }, tag, { method: 'GET' }), {
        request: { prompt, messages: [{ role: 'user', content: prompt }] },
      });
      expect(dataOf(run)).to.deep.equal(['ok']);
      const [received] = await recordedRequests(tag);
      expect(received!.method).to.equal('GET');
      expect(received!.body).to.equal('');
      expect(received!.headers['content-type']).to.equal(undefined);
      const url = new URL(received!.url, location.href);
      expect(url.searchParams.get('prompt')).to.equal(prompt);
      expect(url.searchParams.get('tag')).to.equal(tag);
    });
  });

  describe('HTTP errors', () => {
    const failing = (status: number, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
      sse({ status, headers, steps: [{ write: body }] });

    it('reports 401 and 403 as AuthenticationError with the server message, status and body', async () => {
      for (const status of [401, 403]) {
        const body = '{"error":{"message":"Invalid API key"}}';
        const { error, events } = await runTransport(failing(status, body));
        expect(error).to.be.instanceOf(AuthenticationError);
        expect((error as AuthenticationError).status).to.equal(status);
        expect((error as AuthenticationError).body).to.equal(body);
        expect((error as Error).message).to.contain('Invalid API key');
        expect(events).to.deep.equal([]);
      }
    });

    it('reports 429 as RateLimitError with Retry-After given in seconds', async () => {
      const { error } = await runTransport(failing(429, '{"message":"Slow down"}', { 'content-type': 'application/json', 'retry-after': '12' }));
      expect(error).to.be.instanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfter).to.equal(12000);
      expect((error as Error).message).to.contain('Slow down');
    });

    it('reports 429 with Retry-After given as an HTTP date', async () => {
      const at = new Date(Date.now() + 60_000).toUTCString();
      const { error } = await runTransport(failing(429, 'Too many', { 'content-type': 'text/plain', 'retry-after': at }));
      expect(error).to.be.instanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfter).to.be.within(55_000, 61_000);
      expect((error as RateLimitError).body).to.equal('Too many');
    });

    it('reports 5xx as ServerError, even with an HTML error page', async () => {
      const page = '<!doctype html><title>Bad Gateway</title><h1>502</h1>';
      const { error } = await runTransport(failing(502, page, { 'content-type': 'text/html' }));
      expect(error).to.be.instanceOf(ServerError);
      expect((error as ServerError).status).to.equal(502);
      expect((error as ServerError).body).to.equal(page);
      expect((error as Error).message).to.contain('502');
    });

    it('reports other statuses as HttpError with the body text as message', async () => {
      const { error } = await runTransport(failing(404, 'No route matches', { 'content-type': 'text/plain' }));
      expect(error).to.be.instanceOf(HttpError);
      expect(error).not.to.be.instanceOf(ServerError);
      expect((error as HttpError).status).to.equal(404);
      expect((error as Error).message).to.contain('No route matches');
    });

    it('reads only the first 64 KiB of a huge error body', async () => {
      const { error } = await runTransport(sse({ status: 500, headers: { 'content-type': 'text/plain' }, steps: [{ repeat: 'x', times: 1_000_000 }] }));
      expect(error).to.be.instanceOf(ServerError);
      expect((error as ServerError).body.length).to.equal(64 * 1024);
    });
  });

  describe('2xx answers that are not a stream', () => {
    it('turns a 200 JSON error body into an error with its message, not an empty reply', async () => {
      const body = '{"error":{"message":"The model is overloaded, try again"}}';
      const { error, events } = await runTransport(sse({ headers: { 'content-type': 'application/json' }, steps: [{ write: body }] }));
      expect(error).to.be.instanceOf(HttpError);
      expect((error as Error).message).to.equal('The model is overloaded, try again');
      expect((error as HttpError).body).to.equal(body);
      expect(events).to.deep.equal([]);
    });

    it('types a 200 JSON error by what its body says', async () => {
      const body = '{"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}}';
      const { error } = await runTransport(sse({ headers: { 'content-type': 'application/json' }, steps: [{ write: body }] }));
      expect(error).to.be.instanceOf(RateLimitError);
      expect((error as Error).message).to.equal('Rate limited');
    });

    it('explains a whole JSON reply from a server that did not stream', async () => {
      const body = '{"choices":[{"message":{"role":"assistant","content":"Hello"}}]}';
      const { error } = await runTransport(sse({ headers: { 'content-type': 'application/json' }, steps: [{ write: body }] }));
      expect(error).to.be.instanceOf(HttpError);
      expect((error as Error).message).to.contain('instead of a stream');
    });

    it('turns a 200 HTML page (a login page, a proxy error) into an error naming the page', async () => {
      const page = '<html><head><title>Sign in</title></head><body>Please sign in</body></html>';
      const { error, events } = await runTransport(sse({ headers: { 'content-type': 'text/html; charset=utf-8' }, steps: [{ write: page }] }));
      expect(error).to.be.instanceOf(HttpError);
      expect((error as Error).message).to.contain('HTML page');
      expect((error as Error).message).to.contain('Sign in');
      expect((error as HttpError).body).to.equal(page);
      expect(events).to.deep.equal([]);
    });
  });

  describe('lost connections', () => {
    it('fails with NetworkError after delivering the events that arrived before the cut', async () => {
      const run = await runTransport(sse({ steps: [{ write: 'data: one\n\n' }, { delay: 15 }, { write: 'data: two\n\ndata: par' }, { cut: true }] }));
      expect(dataOf(run)).to.deep.equal(['one', 'two']);
      expect(run.error).to.be.instanceOf(NetworkError);
      expect((run.error as Error).message).to.contain('connection was lost');
    });

    it('fails with NetworkError when the server cannot be reached', async () => {
      const { error, opens } = await runTransport(createSseTransport({ url: 'http://127.0.0.1:1/stream' }));
      expect(error).to.be.instanceOf(NetworkError);
      expect((error as Error).message).to.contain('Could not connect to http://127.0.0.1:1');
      expect(opens).to.deep.equal([]);
    });
  });

  describe('stopping', () => {
    it('resolves quietly when stopped mid-stream, delivers nothing more, and closes the connection', async () => {
      const tag = uniqueTag('stop');
      const script: StreamScript = { steps: [{ write: 'data: one\n\n' }, { delay: 30 }, { write: 'data: two\n\n' }, { hang: true }], end: false };
      const run = await runTransport(sse(script, tag), {
        onEvent: (event, controller) => {
          if (event.data === 'two') controller.abort();
        },
      });
      expect(run.error).to.equal(undefined);
      expect(dataOf(run)).to.deep.equal(['one', 'two']);
      const [received] = await eventually(() => recordedRequests(tag), (list) => list[0]?.outcome !== undefined);
      expect(received!.outcome).to.equal('client-closed');
    });

    it('resolves at once when stopped before the response arrived', async () => {
      const controller = new AbortController();
      const pending = runTransport(sse({ steps: [{ write: 'data: late\n\n' }] }), { controller });
      controller.abort();
      const run = await pending;
      expect(run.error).to.equal(undefined);
      expect(run.events).to.deep.equal([]);
    });
  });

  describe('idle timeout', () => {
    it('fails with NetworkError when the server goes silent longer than idleTimeout, keeping earlier events', async () => {
      const tag = uniqueTag('idle');
      const run = await runTransport(sse({ steps: [{ write: 'data: before\n\n' }, { hang: true }], end: false }, tag, { idleTimeout: 300 }));
      expect(dataOf(run)).to.deep.equal(['before']);
      expect(run.error).to.be.instanceOf(NetworkError);
      expect((run.error as Error).message).to.contain('went silent for 0.3 s');
      const [received] = await eventually(() => recordedRequests(tag), (list) => list[0]?.outcome !== undefined);
      expect(received!.outcome).to.equal('client-closed');
    });

    it('waits through long pauses when no idleTimeout is set', async () => {
      const run = await runTransport(sse({ steps: [{ write: 'data: a\n\n' }, { delay: 700 }, { write: 'data: b\n\n' }] }));
      expect(run.error).to.equal(undefined);
      expect(dataOf(run)).to.deep.equal(['a', 'b']);
    });

    it('counts heartbeat comments as signs of life', async () => {
      const beats: StreamStep[] = Array.from({ length: 10 }, () => [{ delay: 100 }, { write: ': ping\n\n' }]).flat() as StreamStep[];
      const run = await runTransport(sse({ steps: [...beats, { write: 'data: done\n\n' }] }, undefined, { idleTimeout: 500 }));
      expect(run.error).to.equal(undefined);
      expect(dataOf(run)).to.deep.equal(['done']);
    });
  });
});

describe('createSseTransport with resume', () => {
  const resumable = (script: StreamScript, tag: string, resume: Parameters<typeof createSseTransport>[0]['resume'] = { delay: 10 }) =>
    sse(script, tag, { resume });

  it('picks a dropped stream up after its last event id, so every event arrives exactly once', async () => {
    const tag = uniqueTag('resume');
    const run = await runTransport(resumable({ steps: eventsWithIds(['a', 'b', 'c', 'd', 'e']), resume: { cuts: [2, 1] } }, tag));
    expect(run.error).to.equal(undefined);
    expect(dataOf(run)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(run.opens).to.have.length(1);
    const requests = await recordedRequests(tag);
    expect(requests.map((request) => request.headers['last-event-id'])).to.deep.equal([undefined, '2', '3']);
    expect(run.waits.map((wait) => [wait.kind, wait.attempt])).to.deep.equal([
      ['resume', 1],
      ['resume', 1],
    ]);
  });

  it('waits the retry: time the server asked for before resuming', async () => {
    const tag = uniqueTag('resume-hint');
    const run = await runTransport(resumable({ steps: [{ write: 'retry: 40\n\n' }, ...eventsWithIds(['a', 'b'])], resume: { cuts: [1] } }, tag));
    expect(dataOf(run)).to.deep.equal(['a', 'b']);
    expect(run.waits.map((wait) => wait.delayMs)).to.deep.equal([40]);
  });

  it('gives up after the configured attempts with a NetworkError, keeping the events that arrived', async () => {
    const tag = uniqueTag('resume-give-up');
    const run = await runTransport(resumable({ steps: eventsWithIds(['a', 'b', 'c']), resume: { cuts: [2, 0, 0, 0] } }, tag, { attempts: 2, delay: 5 }));
    expect(dataOf(run)).to.deep.equal(['a', 'b']);
    expect(run.error).to.be.instanceOf(NetworkError);
    expect((run.error as Error).message).to.contain('2 attempts to resume failed');
    expect(await recordedRequests(tag)).to.have.length(3);
  });

  it('does not resume a stream that sent no event ids: the drop is a NetworkError', async () => {
    const tag = uniqueTag('resume-no-ids');
    const run = await runTransport(resumable({ steps: [{ write: 'data: a\n\n' }, { cut: true }] }, tag));
    expect(dataOf(run)).to.deep.equal(['a']);
    expect(run.error).to.be.instanceOf(NetworkError);
    expect(await recordedRequests(tag)).to.have.length(1);
  });

  it('resumes a stream that went silent past the idle timeout', async () => {
    const tag = uniqueTag('resume-idle');
    const run = await runTransport(
      sse({ steps: eventsWithIds(['a', 'b']), resume: { cuts: [1], silent: true } }, tag, { idleTimeout: 150, resume: { delay: 5 } }),
    );
    expect(dataOf(run)).to.deep.equal(['a', 'b']);
    expect(run.waits[0]?.error.message).to.contain('went silent');
  });

  it('stop during the wait cancels the resume: no further request, and it resolves quietly', async () => {
    const tag = uniqueTag('resume-stop');
    const run = await runTransport(resumable({ steps: eventsWithIds(['a', 'b']), resume: { cuts: [1] } }, tag, { delay: 5000 }), {
      onWait: (_wait, controller) => controller.abort(),
    });
    expect(run.error).to.equal(undefined);
    expect(dataOf(run)).to.deep.equal(['a']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await recordedRequests(tag)).to.have.length(1);
  });
});

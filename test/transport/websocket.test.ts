import { expect } from '@open-wc/testing';
import { NetworkError } from '../../src/errors.js';
import { createWebSocketTransport } from '../../src/transport/websocket.js';
import { dataOf, runTransport, sampleRequest } from './run-transport.js';
import { base64, eventually, socketConnections, socketRequests, socketUrl, uniqueTag, type SocketScript } from '../helpers/servers.js';

const socket = (script: SocketScript, tag?: string, options: Omit<Parameters<typeof createWebSocketTransport>[0], 'url'> = {}) =>
  createWebSocketTransport({ url: socketUrl(script, tag), ...options });

describe('createWebSocketTransport', () => {
  it('sends the prompt and messages as one JSON message', async () => {
    const tag = uniqueTag('ws-request');
    const run = await runTransport(socket({ steps: [{ send: 'ok' }] }, tag));
    expect(run.error).to.equal(undefined);
    const [received] = await socketRequests(tag);
    expect(JSON.parse(received!)).to.deep.equal({ prompt: sampleRequest.prompt, messages: sampleRequest.messages });
  });

  it('sends the message shaped by `body`', async () => {
    const tag = uniqueTag('ws-shape');
    await runTransport(socket({ steps: [] }, tag, { body: (request) => ({ command: 'message', data: { text: request.prompt } }) }));
    const [received] = await socketRequests(tag);
    expect(JSON.parse(received!)).to.deep.equal({ command: 'message', data: { text: 'Hi there' } });
  });

  it('takes {event, data} frames as those events and any other frame as default-event data', async () => {
    const frames = [
      JSON.stringify({ event: 'message', data: 'Hel' }),
      JSON.stringify({ event: 'tool', data: { name: 'search', arguments: '{"q":' } }),
      'plain text frame',
      JSON.stringify({ content: 'a chunk object' }),
      '{not json',
      JSON.stringify({ event: 'complete', data: null }),
    ];
    const run = await runTransport(socket({ steps: frames.map((send) => ({ send })) }));
    expect(run.error).to.equal(undefined);
    expect(run.events).to.deep.equal([
      { event: 'message', data: 'Hel' },
      { event: 'tool', data: '{"name":"search","arguments":"{\\"q\\":"}' },
      { data: 'plain text frame' },
      { data: '{"content":"a chunk object"}' },
      { data: '{not json' },
      { event: 'complete', data: 'null' },
    ]);
  });

  it('decodes binary frames as UTF-8 text', async () => {
    const run = await runTransport(socket({ steps: [{ binary: base64(new TextEncoder().encode('data über 👋')) }] }));
    expect(dataOf(run)).to.deep.equal(['data über 👋']);
  });

  it('announces the stream once, as server-sent events, before the first frame', async () => {
    const run = await runTransport(socket({ steps: [{ send: 'a' }, { send: 'b' }] }));
    expect(run.opens).to.deep.equal([{ format: 'sse' }]);
    expect(run.openedBeforeEachEvent).to.equal(true);
  });

  it('ends the reply normally when the server closes cleanly', async () => {
    const run = await runTransport(socket({ steps: [{ send: 'a' }, { delay: 20 }, { send: 'b' }, { close: 1000, reason: 'done' }] }));
    expect(run.error).to.equal(undefined);
    expect(dataOf(run)).to.deep.equal(['a', 'b']);
  });

  it('ends the reply normally when the server closes without a status code (1005)', async () => {
    const run = await runTransport(socket({ steps: [{ send: 'a' }, { close: null }] }));
    expect(run.error).to.equal(undefined);
    expect(dataOf(run)).to.deep.equal(['a']);
  });

  it('fails with NetworkError naming the close code and reason, after the frames that came first', async () => {
    const run = await runTransport(socket({ steps: [{ send: 'partial' }, { close: 1011, reason: 'upstream failed' }] }));
    expect(dataOf(run)).to.deep.equal(['partial']);
    expect(run.error).to.be.instanceOf(NetworkError);
    expect((run.error as Error).message).to.contain('1011');
    expect((run.error as Error).message).to.contain('upstream failed');
  });

  it('fails with NetworkError when the server drops the connection', async () => {
    const run = await runTransport(socket({ steps: [{ send: 'one' }, { delay: 20 }, { terminate: true }] }));
    expect(dataOf(run)).to.deep.equal(['one']);
    expect(run.error).to.be.instanceOf(NetworkError);
    expect((run.error as Error).message).to.contain('connection was lost');
    expect((run.error as Error).message).to.contain('1006');
  });

  it('fails with NetworkError when no server answers', async () => {
    const run = await runTransport(createWebSocketTransport({ url: 'ws://127.0.0.1:1/' }));
    expect(run.error).to.be.instanceOf(NetworkError);
    expect((run.error as Error).message).to.contain('Could not connect');
    expect(run.opens).to.deep.equal([]);
  });

  it('accepts an http: URL for the same server', async () => {
    const url = socketUrl({ steps: [{ send: 'via http url' }] }).replace(/^ws:/, 'http:');
    const run = await runTransport(createWebSocketTransport({ url }));
    expect(dataOf(run)).to.deep.equal(['via http url']);
  });

  it('closes the socket cleanly and resolves quietly when stopped', async () => {
    const tag = uniqueTag('ws-stop');
    const run = await runTransport(socket({ steps: [{ send: 'one' }, { hang: true }] }, tag), {
      onEvent: (_event, controller) => controller.abort(),
    });
    expect(run.error).to.equal(undefined);
    expect(dataOf(run)).to.deep.equal(['one']);
    const [connection] = await eventually(() => socketConnections(tag), (list) => list[0]?.closeCode != null);
    expect(connection!.closeCode).to.equal(1000);
    expect(connection!.closedByClient).to.equal(true);
  });
});

describe('createWebSocketTransport with resume and idle timeout', () => {
  const framesWithIds = (datas: string[]) => datas.map((data, index) => ({ send: JSON.stringify({ event: null, data, id: String(index + 1) }), id: String(index + 1) }));

  it('reconnects a dropped reply and resumes after the last event id, so every event arrives once', async () => {
    const tag = uniqueTag('ws-resume');
    const run = await runTransport(socket({ steps: framesWithIds(['a', 'b', 'c', 'd', 'e']), resume: { cuts: [2, 1] } }, tag, { resume: { delay: 5 } }));
    expect(run.error).to.equal(undefined);
    expect(dataOf(run)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(run.opens).to.have.length(1);
    const requests = (await socketRequests(tag)).map((text) => JSON.parse(text) as { prompt: string; lastEventId?: string });
    expect(requests.map((request) => request.lastEventId)).to.deep.equal([undefined, '2', '3']);
    expect(requests.every((request) => request.prompt === sampleRequest.prompt)).to.equal(true);
    expect(run.waits.map((wait) => wait.kind)).to.deep.equal(['resume', 'resume']);
  });

  it('sends the request again when the socket drops before any frame', async () => {
    const tag = uniqueTag('ws-retry');
    const run = await runTransport(socket({ steps: framesWithIds(['a', 'b']), resume: { cuts: [0] } }, tag, { resume: { delay: 5 } }));
    expect(dataOf(run)).to.deep.equal(['a', 'b']);
    expect(run.waits.map((wait) => wait.kind)).to.deep.equal(['retry']);
  });

  it('fails with a clear NetworkError when a reply without event ids drops: it cannot resume', async () => {
    const tag = uniqueTag('ws-no-ids');
    const run = await runTransport(socket({ steps: [{ send: 'one' }, { delay: 20 }, { terminate: true }] }, tag, { resume: { delay: 5 } }));
    expect(dataOf(run)).to.deep.equal(['one']);
    expect(run.error).to.be.instanceOf(NetworkError);
    expect((run.error as Error).message).to.contain('cannot resume');
    expect(await socketRequests(tag)).to.have.length(1);
  });

  it('gives up after the configured attempts with a NetworkError, keeping the frames that arrived', async () => {
    const tag = uniqueTag('ws-give-up');
    const run = await runTransport(socket({ steps: framesWithIds(['a', 'b', 'c']), resume: { cuts: [1, 0, 0] } }, tag, { resume: { attempts: 2, delay: 5 } }));
    expect(dataOf(run)).to.deep.equal(['a']);
    expect(run.error).to.be.instanceOf(NetworkError);
    expect((run.error as Error).message).to.contain('2 attempts to reconnect failed');
  });

  it('fails with NetworkError when the server goes silent longer than idleTimeout, keeping earlier frames', async () => {
    const tag = uniqueTag('ws-idle');
    const run = await runTransport(socket({ steps: [{ send: 'before' }, { hang: true }] }, tag, { idleTimeout: 150 }));
    expect(dataOf(run)).to.deep.equal(['before']);
    expect(run.error).to.be.instanceOf(NetworkError);
    expect((run.error as Error).message).to.contain('went silent');
    const [connection] = await eventually(() => socketConnections(tag), (list) => list[0]?.closeCode != null);
    expect(connection!.closedByClient).to.equal(true);
  });

  it('stop during the wait cancels the reconnect: no new socket, and it resolves quietly', async () => {
    const tag = uniqueTag('ws-stop-wait');
    const run = await runTransport(socket({ steps: framesWithIds(['a', 'b']), resume: { cuts: [1] } }, tag, { resume: { delay: 5000 } }), {
      onWait: (_wait, controller) => controller.abort(),
    });
    expect(run.error).to.equal(undefined);
    expect(dataOf(run)).to.deep.equal(['a']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await socketRequests(tag)).to.have.length(1);
  });
});

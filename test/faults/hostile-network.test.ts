/** Servers that misbehave in the ways real ones do, through the real SSE transport and the store. */
import { expect } from '@open-wc/testing';
import type { ProtocolName } from '../../src/protocols/types.js';
import { createChat } from '../../src/store/chat.js';
import { createSseTransport, type SseTransportOptions } from '../../src/transport/sse.js';
import type { Message } from '../../src/types.js';
import { base64, streamUrl, type StreamScript } from '../helpers/servers.js';

async function replyTo(script: StreamScript, protocol: ProtocolName | 'auto' = 'rubyllm', options: Omit<SseTransportOptions, 'url'> = {}): Promise<Message> {
  const chat = createChat({ transport: createSseTransport({ url: streamUrl(script), ...options }), protocol });
  await chat.send('go');
  return chat.$messageAtoms.get()[1]!.get();
}

const complete = { write: 'event: complete\ndata: {}\n\n' };

describe('hostile networks and servers', function () {
  this.timeout(20_000);

  it('a server that goes silent trips the idle timeout with a clear error, keeping the text so far', async () => {
    const reply = await replyTo({ steps: [{ write: 'data: "Half a"\n\n' }, { hang: true }], end: false }, 'rubyllm', { idleTimeout: 300 });
    expect([reply.content, reply.status, reply.error?.name]).to.deep.equal(['Half a', 'error', 'NetworkError']);
    expect(reply.error?.message).to.contain('went silent for 0.3 s');
  });

  it('an HTML page with HTTP 200 is a clear error naming the page, not an empty reply', async () => {
    const reply = await replyTo({ headers: { 'content-type': 'text/html' }, steps: [{ write: '<!doctype html><title>Sign in - Corp SSO</title><p>Please sign in</p>' }] }, 'auto');
    expect([reply.status, reply.error?.name]).to.deep.equal(['error', 'HttpError']);
    expect(reply.error?.message).to.contain('HTML page').and.to.contain('Sign in - Corp SSO');
  });

  it('a JSON error body with HTTP 200 is an error carrying that body’s message', async () => {
    const reply = await replyTo({ headers: { 'content-type': 'application/json' }, steps: [{ write: '{"error":{"type":"overloaded_error","message":"Overloaded, try later"}}' }] }, 'auto');
    expect([reply.status, reply.error?.name, reply.error?.message]).to.deep.equal(['error', 'ServerError', 'Overloaded, try later']);
  });

  it('one 5 MB event arrives whole', async () => {
    const piece = 'abcdefghij';
    const times = 524_288;
    const reply = await replyTo({ steps: [{ write: 'data: "' }, { repeat: piece, times }, { write: '"\n\n' }, complete] });
    expect(reply.status).to.equal('complete');
    expect(reply.content.length).to.equal(piece.length * times);
    expect(reply.content.slice(0, 20)).to.equal(piece + piece);
  });

  it('a burst of 10,000 events arrives complete and in order', async () => {
    const reply = await replyTo({ steps: [{ repeat: 'data: "w"\n\ndata: "o"\n\n', times: 5000 }, complete] });
    expect(reply.status).to.equal('complete');
    expect(reply.content).to.equal('wo'.repeat(5000));
  });

  it('invalid UTF-8 shows replacement characters and the reply carries on', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('data: "ab'), 0xff, 0xfe, 0xc3, ...new TextEncoder().encode(' cd"\n\ndata: " ok"\n\n')]);
    const reply = await replyTo({ steps: [{ b64: base64(bytes) }, complete] });
    expect(reply.status).to.equal('complete');
    expect(reply.content).to.equal('ab\uFFFD\uFFFD\uFFFD cd ok');
  });

  const unknownEvents = 'event: x-vendor-trace\ndata: {"span":"abc"}\n\n: keep-alive\n\nevent: x-progress\ndata: 42\n\n';
  const withUnknown: Array<[ProtocolName, string[], string]> = [
    ['rubyllm', ['data: "Hel"\n\n', 'data: "lo"\n\n', 'event: complete\ndata: {}\n\n'], 'Hello'],
    [
      'openai',
      ['data: {"choices":[{"index":0,"delta":{"content":"Hel"}}]}\n\n', 'data: {"choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":"stop"}]}\n\n', 'data: [DONE]\n\n'],
      'Hello',
    ],
    [
      'anthropic',
      [
        'event: message_start\ndata: {"type":"message_start","message":{"id":"m","model":"claude","usage":{"input_tokens":1}}}\n\n',
        'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n',
        'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}\n\n',
        'event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n',
        'event: message_stop\ndata: {"type":"message_stop"}\n\n',
      ],
      'Hello',
    ],
    ['ai-sdk', ['data: {"type":"start"}\n\n', 'data: {"type":"text-start","id":"t"}\n\n', 'data: {"type":"text-delta","id":"t","delta":"Hello"}\n\n', 'data: {"type":"finish"}\n\n', 'data: [DONE]\n\n'], 'Hello'],
  ];
  for (const [protocol, events, content] of withUnknown) {
    it(`unknown events and comments between ${protocol} events change nothing`, async () => {
      const reply = await replyTo({ steps: events.flatMap((write) => [{ write: unknownEvents }, { write }]) }, protocol);
      expect([reply.content, reply.status]).to.deep.equal([content, 'complete']);
    });
  }

  it('tool-call fragments with out-of-order and repeated indices still build each call once (openai)', async () => {
    const chunk = (toolCalls: unknown[], finish?: string) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { tool_calls: toolCalls }, finish_reason: finish ?? null }] })}\n\n`;
    const reply = await replyTo(
      {
        steps: [
          { write: chunk([{ index: 1, id: 'call_B', function: { name: 'time', arguments: '' } }]) },
          { write: chunk([{ index: 0, id: 'call_A', function: { name: 'weather', arguments: '{"city":' } }]) },
          { write: chunk([{ index: 1, function: { arguments: '{"zone":"UTC"}' } }]) },
          // The first fragment of call 0 again, as some proxies repeat it: not a new call.
          { write: chunk([{ index: 0, id: 'call_A', function: { name: 'weather', arguments: '' } }]) },
          { write: chunk([{ index: 0, function: { arguments: '"Paris"}' } }], 'tool_calls') },
          { write: 'data: [DONE]\n\n' },
        ],
      },
      'openai',
    );
    expect(reply.status).to.equal('complete');
    const calls = reply.toolCalls.map(({ id, name, arguments: args, status }) => ({ id, name, args, status })).sort((a, b) => a.id.localeCompare(b.id));
    expect(calls).to.deep.equal([
      { id: 'call_A', name: 'weather', args: { city: 'Paris' }, status: 'complete' },
      { id: 'call_B', name: 'time', args: { zone: 'UTC' }, status: 'complete' },
    ]);
  });

  it('a tool call repeated under the same id is one call (rubyllm)', async () => {
    const reply = await replyTo({
      steps: [
        { write: 'data: {"tool_calls":{"t1":{"id":"t1","name":"lookup","arguments":"{\\"q\\":"}}}\n\n' },
        { write: 'data: {"tool_calls":{"t1":{"id":"t1","name":"lookup","arguments":"\\"x\\"}"}}}\n\n' },
        complete,
      ],
    });
    expect(reply.toolCalls.map(({ id, name, arguments: args }) => ({ id, name, args }))).to.deep.equal([{ id: 't1', name: 'lookup', args: { q: 'x' } }]);
  });
});

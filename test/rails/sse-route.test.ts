import { expect, waitUntil } from '@open-wc/testing';
import { createChat, type Chat } from '../../src/store/chat.js';
import { createSseTransport } from '../../src/transport/sse.js';
import type { ProtocolName } from '../../src/protocols/types.js';
import type { Message } from '../../src/types.js';
import { peerCsrfToken, peerReply, releaseGate, rubyOrigin } from './ruby-peer.js';

// The Rails layout puts the token in <meta name="csrf-token">; the README's snippet reads it there.
function withCsrfMeta(): () => void {
  const meta = document.createElement('meta');
  meta.name = 'csrf-token';
  meta.content = peerCsrfToken;
  document.head.append(meta);
  return () => meta.remove();
}

function railsChat(query: string, protocol: ProtocolName | 'auto' = 'rubyllm'): Chat {
  return createChat({
    protocol,
    transport: createSseTransport({
      url: `${rubyOrigin()}/chat?${query}`,
      headers: () => ({ 'X-CSRF-Token': document.querySelector<HTMLMetaElement>('meta[name=csrf-token]')!.content }),
    }),
  });
}

const replyOf = (chat: Chat): Message => chat.$messageAtoms.get()[1]!.get();

// The happy path runs against the real Rails example (test/rails/app); these are the faults a
// route can show (knobs the Sinatra peer has), written the way a Rails route writes them.
describe('Rails SSE route faults (real Ruby peer: Sinatra streaming on Puma)', () => {
  let removeMeta = () => {};
  beforeEach(() => (removeMeta = withCsrfMeta()));
  afterEach(() => removeMeta());

  it('is recognised as the rubyllm format from its first event with protocol auto, across origins', async () => {
    const chat = railsChat('scenario=ok', 'auto');
    await chat.send('auto');
    expect(replyOf(chat).content).to.equal(peerReply('auto'));
    expect(replyOf(chat).status).to.equal('complete');
  });

  it('shows the first words while the server is still producing the rest (not buffered)', async () => {
    const gate = `gate-${Math.random().toString(36).slice(2)}`;
    const chat = railsChat(`scenario=gated&gate=${gate}`);
    const done = chat.send('early');
    // The peer holds everything after its first chunk until the gate opens, so this can only
    // pass if Puma delivered that chunk on its own.
    await waitUntil(() => chat.$messageAtoms.get()[1]?.get().content === 'You said: early\n', 'the first chunk did not arrive before the rest', { timeout: 5000 });
    expect(chat.$status.get()).to.equal('streaming');
    await releaseGate(gate);
    await done;
    expect(replyOf(chat).content).to.equal(peerReply('early'));
    expect(replyOf(chat).status).to.equal('complete');
  });

  it('reports the error event’s message as a StreamError and keeps the text before it', async () => {
    const chat = railsChat('scenario=error');
    await chat.send('fail');
    const reply = replyOf(chat);
    expect(reply.status).to.equal('error');
    expect(reply.content).to.equal('You said: fail\nGrüße, ');
    expect(reply.error).to.deep.include({ name: 'StreamError', message: 'The model is overloaded, "try" again' });
    expect(chat.$error.get()?.name).to.equal('StreamError');
  });

  it('reports a connection cut mid-reply as a NetworkError and keeps the text before it', async () => {
    const chat = railsChat('scenario=cut');
    await chat.send('cut');
    const reply = replyOf(chat);
    expect(reply.status).to.equal('error');
    expect(reply.content, reply.error?.message).to.equal('You said: cut\nGrüße, ');
    expect(reply.error?.name).to.equal('NetworkError');
  });

  it('reports a missing CSRF token as the 422 Rails answers, with its message', async () => {
    const chat = createChat({ protocol: 'rubyllm', transport: createSseTransport({ url: `${rubyOrigin()}/chat` }) });
    await chat.send('no token');
    const reply = replyOf(chat);
    expect(reply.status).to.equal('error');
    expect(reply.error).to.deep.include({ name: 'HttpError', status: 422 });
    expect(reply.error?.message).to.contain('Invalid authenticity token');
    expect(reply.content).to.equal('');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/addons/actioncable.js';
import type { ChatStreamElement } from '../../src/elements/chat-stream/chat-stream.js';
import { cableUrl, peerReply } from './ruby-peer.js';

describe('<chat-stream transport="actioncable"> (real ActionCable 6.1 server)', () => {
  it('streams a reply from a channel named in its attributes, in order', async () => {
    const channel = JSON.stringify({ channel: 'ChatChannel', chat_id: `element-${Date.now()}`, scenario: 'chunks' });
    const el = await fixture<ChatStreamElement>(html`<chat-stream transport="actioncable" protocol="rubyllm" src=${cableUrl()} channel=${channel}></chat-stream>`);
    await el.send('from the element');
    expect(el.messages[1].content).to.equal(peerReply('from the element'));
    expect(el.messages[1].status).to.equal('complete');
    expect(el.getAttribute('status')).to.equal('idle');
  });

  it('fails clearly when no channel is given', async () => {
    const el = await fixture<ChatStreamElement>(html`<chat-stream transport="actioncable" protocol="rubyllm" src=${cableUrl()}></chat-stream>`);
    await el.send('x').catch(() => undefined);
    expect(el.getAttribute('status')).to.equal('error');
    expect(el.messages[1].error?.message).to.contain('channel');
  });
});

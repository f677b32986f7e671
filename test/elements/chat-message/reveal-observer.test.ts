import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createChat } from '../../../src/store/chat.js';
import type { ChatStreamElement } from '../../../src/elements/chat-stream/chat-stream.js';
import type { ChatMessageElement } from '../../../src/elements/chat-message/chat-message.js';
import type { Message } from '../../../src/types.js';

function history(count: number): Message[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `h${i}`,
    role: i % 2 ? 'assistant' : 'user',
    content: `Message ${i}: ${'some words of history '.repeat(8)}`,
    status: 'complete',
    toolCalls: [],
  }));
}

const renderedText = (message: Element) => message.shadowRoot?.querySelector('[part~="content"]')?.textContent ?? '';

describe('lazy rendering of a long history', () => {
  it('opens at the newest messages without rendering the ones far out of view, and renders those once scrolled to', async () => {
    const el = await fixture<ChatStreamElement>(html`<chat-stream no-composer style="--chat-height: 300px"></chat-stream>`);
    el.store = createChat({ messages: history(300) });
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll<ChatMessageElement>('chat-message')];
    expect(rows).to.have.length(300);
    await waitUntil(() => renderedText(rows[299]).includes('Message 299'), 'the newest message is shown');
    expect(renderedText(rows[0])).to.equal('');
    expect(rows.filter((row) => row.hasUpdated).length).to.be.below(100);

    el.shadowRoot!.querySelector('.log')!.scrollTop = 0;
    await waitUntil(() => renderedText(rows[0]).includes('Message 0'), 'the oldest message is shown once scrolled to');
  });

  it('renders a message right away when it is not lazy, wherever it is', async () => {
    const el = await fixture<ChatMessageElement>(html`<chat-message style="margin-top: 5000px"></chat-message>`);
    el.message = { id: 'm', role: 'assistant', content: 'Far below the fold', status: 'complete', toolCalls: [] };
    await el.updateComplete;
    expect(renderedText(el)).to.contain('Far below the fold');
  });
});

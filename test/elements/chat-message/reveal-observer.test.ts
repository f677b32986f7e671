import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { ChatMessageElement } from '../../../src/elements/chat-message/chat-message.js';

const renderedText = (message: Element) => message.shadowRoot?.querySelector('[part~="content"]')?.textContent ?? '';

describe('lazy rendering of a message', () => {
  it('with lazy, renders a finished message only once it comes near the view', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('chat-message');
    el.lazy = true;
    el.message = { id: 'm', role: 'assistant', content: 'Far below the fold', status: 'complete', toolCalls: [] };
    el.style.marginTop = '400vh';
    page.append(el);
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(renderedText(el)).to.equal('');
    el.scrollIntoView();
    await waitUntil(() => renderedText(el).includes('Far below the fold'), 'rendered once scrolled to');
  });

  it('renders a message right away when it is not lazy, wherever it is', async () => {
    const el = await fixture<ChatMessageElement>(html`<chat-message style="margin-top: 5000px"></chat-message>`);
    el.message = { id: 'm', role: 'assistant', content: 'Far below the fold', status: 'complete', toolCalls: [] };
    await el.updateComplete;
    expect(renderedText(el)).to.contain('Far below the fold');
  });
});

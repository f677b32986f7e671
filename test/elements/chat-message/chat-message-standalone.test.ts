import { expect, fixture, html } from '@open-wc/testing';
import type { ChatMessageElement } from '../../../src/elements/chat-message/chat-message.js';
import { axeViolations } from '../../helpers/axe.js';
import { contentOf, shownText } from './message-fixtures.js';
import '../../../src/elements/chat-message/define.js';

/** What a Turbo Stream `append` does: parse the template's HTML and append its content to the target. */
function turboAppend(target: Element, templateHtml: string) {
  const template = document.createElement('template');
  template.innerHTML = templateHtml;
  target.append(template.content.cloneNode(true));
}

/** What a Turbo Stream `update` does: replace the target's children. */
function turboUpdate(target: Element, templateHtml: string) {
  const template = document.createElement('template');
  template.innerHTML = templateHtml;
  target.replaceChildren(template.content.cloneNode(true));
}

/** Lets the element's MutationObserver see a light-DOM change, then waits for the frame it asks for. */
async function rendered(el: ChatMessageElement) {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

describe('<chat-message> standalone (light-DOM content)', () => {
  it('renders its own text as markdown and hides the raw text', async () => {
    const el = await fixture<ChatMessageElement>(html`<chat-message id="reply"># Hello\n\nSome **bold** text.</chat-message>`);
    await el.updateComplete;
    expect(contentOf(el).querySelector('h1')?.textContent).to.equal('Hello');
    expect(contentOf(el).querySelector('strong')?.textContent).to.equal('bold');
    const range = document.createRange();
    range.selectNodeContents(el);
    const rawRects = Array.from(el.childNodes).flatMap((node) => {
      const r = document.createRange();
      r.selectNode(node);
      return Array.from(r.getClientRects());
    });
    expect(rawRects.length, 'the light-DOM text is not laid out').to.equal(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('renders text appended later (a Turbo Stream append of escaped text) progressively', async () => {
    const el = await fixture<ChatMessageElement>(html`<chat-message id="reply" status="streaming">Intro paragraph.</chat-message>`);
    await el.updateComplete;
    const intro = contentOf(el).querySelector('p')!;
    turboAppend(el, '\n\nA 1 &lt; 2 fact and **str');
    await rendered(el);
    expect(shownText(el)).to.equal('Intro paragraph.\nA 1 < 2 fact and str');
    expect(contentOf(el).querySelector('strong')?.textContent).to.equal('str');
    el.append(document.createTextNode('ong** words.'));
    await rendered(el);
    expect(contentOf(el).querySelector('strong')?.textContent).to.equal('strong');
    turboAppend(el, '<span>\n\n- item &amp; more</span>');
    await rendered(el);
    expect(contentOf(el).querySelector('li')?.textContent).to.equal('item & more');
    expect(contentOf(el).querySelector('p'), 'the finished first block keeps its DOM').to.equal(intro);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    el.setAttribute('status', 'complete');
    await rendered(el);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('shows replaced children once, without duplicating text', async () => {
    const el = await fixture<ChatMessageElement>(html`<chat-message id="reply">Draft one.</chat-message>`);
    await el.updateComplete;
    turboAppend(el, ' More draft.');
    await rendered(el);
    turboUpdate(el, 'Final answer.');
    await rendered(el);
    expect(shownText(el)).to.equal('Final answer.');
    el.firstChild!.textContent = 'Edited answer.';
    await rendered(el);
    expect(shownText(el)).to.equal('Edited answer.');
  });

  it('shows the server-set error status with a notice and retry button', async () => {
    const el = await fixture<ChatMessageElement>(html`<chat-message status="error">Partial reply</chat-message>`);
    await el.updateComplete;
    expect(shownText(el)).to.equal('Partial reply');
    expect(el.shadowRoot!.querySelector('[part="error"]')?.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('[part="retry"]')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps slotted avatar content out of the message text', async () => {
    const el = await fixture<ChatMessageElement>(html`<chat-message from="user"><span slot="avatar">AB</span>Question?</chat-message>`);
    await el.updateComplete;
    expect(shownText(el)).to.equal('Question?');
  });

  it('reads 0.1 markup (role="user") as from="user", with one deprecation warning, and never writes role', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (message: unknown) => warnings.push(message);
    try {
      const el = await fixture<ChatMessageElement>(html`<chat-message role="user">Old markup</chat-message>`);
      await fixture<ChatMessageElement>(html`<chat-message role="assistant">Old markup too</chat-message>`);
      await el.updateComplete;
      expect(el.from).to.equal('user');
      expect(el.getAttribute('from')).to.equal('user');
      expect(el.getAttribute('role'), "the page's own attribute, untouched").to.equal('user');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0])).to.contain('from=');
    } finally {
      console.warn = warn;
    }
  });

  it('switches to a given .message and stops following its light DOM', async () => {
    const el = await fixture<ChatMessageElement>(html`<chat-message>Light text</chat-message>`);
    await el.updateComplete;
    el.message = { id: 'x', role: 'assistant', content: 'From the store', status: 'complete', toolCalls: [] };
    await el.updateComplete;
    el.append('ignored');
    await rendered(el);
    expect(shownText(el)).to.equal('From the store');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import type { ChatMessageElement } from '../../src/elements/chat-message/chat-message.js';
import '../../src/elements/chat-message/define.js';

// The Turbo Stream path of RubyLLM's Rails generator, applied with plain DOM code as Turbo does:
// append = target.append(...template content), replace = target.replaceWith(...template content).
function templateContent(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}
const turboAppend = (target: Element, markup: string) => target.append(...templateContent(markup).childNodes);
const turboReplace = (target: Element, markup: string) => target.replaceWith(...templateContent(markup).childNodes);

// What ERB::Util.html_escape does to each chunk before it is broadcast.
const htmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const shown = (el: ChatMessageElement) => el.shadowRoot!.querySelector('[part~="content"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** Lets the element's MutationObserver see the change, then its update finish. */
async function settled(el: ChatMessageElement) {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

describe('Turbo Stream appends and replace into <chat-message> (RubyLLM generator path)', () => {
  it('shows escaped appended chunks as the model wrote them, then the final replace without an empty frame or repeated text', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div id="message_7"><chat-message id="message_7_content" from="assistant" status="streaming"></chat-message></div>`);
    const streaming = wrapper.querySelector<ChatMessageElement>('chat-message')!;
    // Escaped on the server so Turbo inserts text, never markup; the element then sees the raw chunk text.
    const chunks = ['Use ', '1 < 2 ', '&& "quotes"', ' — grüße 👋'];
    for (const chunk of chunks) {
      turboAppend(document.getElementById('message_7_content')!, htmlEscape(chunk));
      await settled(streaming);
    }
    const full = chunks.join('');
    expect(shown(streaming)).to.equal(full);

    turboReplace(
      document.getElementById('message_7')!,
      `<div id="message_7"><chat-message id="message_7_content" from="assistant" status="complete">${htmlEscape(full)}</chat-message></div>`,
    );
    const replaced = document.getElementById('message_7_content') as ChatMessageElement;
    expect(replaced).to.not.equal(streaming);
    // Checked before any frame is painted: the new element already shows the whole text once.
    await replaced.updateComplete;
    expect(shown(replaced)).to.equal(full);
    document.getElementById('message_7')!.remove();
  });
});

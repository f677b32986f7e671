import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { ChatStreamElement } from '../../../src/elements/chat-stream/chat-stream.js';
import de from '../../../src/locales/de.js';
import { createChat } from '../../../src/store/chat.js';
import { axeViolations } from '../../helpers/axe.js';
import { receivedRequests, rubyllmReply, streamUrl, uniqueTag } from '../../helpers/scripts.js';

const suggestionButtons = (el: ChatStreamElement) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="suggestion"]')];
const greeting = (el: ChatStreamElement) => el.shadowRoot!.querySelector('[part~="greeting"]');

describe('<chat-stream> suggestions and empty state', () => {
  it('greets an empty conversation and offers the suggestions as named buttons in a labelled list', async () => {
    const el = await fixture<ChatStreamElement>(html`<chat-stream .suggestions=${['Plan a trip', 'Explain SSE']}></chat-stream>`);
    expect(greeting(el)?.textContent).to.equal('How can I help you today?');
    expect(suggestionButtons(el).map((button) => button.textContent)).to.deep.equal(['Plan a trip', 'Explain SSE']);
    expect(el.shadowRoot!.querySelector('[part~="suggestions"]')!.getAttribute('aria-label')).to.equal('Suggestions');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('sends a suggestion chosen from the keyboard; greeting and suggestions go once the conversation starts, focus goes to the composer', async () => {
    const tag = uniqueTag();
    const el = await fixture<ChatStreamElement>(html`<chat-stream src=${streamUrl(rubyllmReply(['Sure']), tag)} .suggestions=${['Plan a trip', 'Explain SSE']}></chat-stream>`);
    suggestionButtons(el)[1].focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.messages[1]?.status === 'complete', 'the reply');
    await el.updateComplete;
    expect(el.messages.map((m) => m.content)).to.deep.equal(['Explain SSE', 'Sure']);
    expect(JSON.parse((await receivedRequests(tag))[0].body).prompt).to.equal('Explain SSE');
    expect(suggestionButtons(el)).to.have.length(0);
    expect(greeting(el) === null).to.equal(true);
    expect(el.shadowRoot!.activeElement?.localName).to.equal('chat-composer');
    el.clear();
    await el.updateComplete;
    // An empty conversation again: the suggestions are back.
    expect(suggestionButtons(el)).to.have.length(2);
  });

  it('shows a slotted greeting in place of the default, with the suggestions under it', async () => {
    const el = await fixture<ChatStreamElement>(html`<chat-stream .suggestions=${['One']}><h2 slot="empty">Hello, Ada</h2></chat-stream>`);
    // The default greeting is the slot's fallback: not shown while the page gives its own.
    expect(greeting(el)!.getClientRects().length).to.equal(0);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Hello, Ada']);
    expect(suggestionButtons(el)).to.have.length(1);
  });

  it('greets in the language of its strings, and shows no list for no suggestions (nor blank ones)', async () => {
    const el = await fixture<ChatStreamElement>(html`<chat-stream lang="de" .strings=${de} .suggestions=${['', '  ']}></chat-stream>`);
    expect(greeting(el)?.textContent).to.equal('Wie kann ich helfen?');
    expect(el.shadowRoot!.querySelector('[part~="suggestions"]')).to.equal(null);
  });

  it('does not greet a conversation that starts with a history', async () => {
    const el = await fixture<ChatStreamElement>(html`<chat-stream .suggestions=${['One']}></chat-stream>`);
    el.store = createChat({ messages: [{ id: 'u', role: 'user', content: 'hi', status: 'complete', toolCalls: [] }] });
    await el.updateComplete;
    expect(greeting(el) === null).to.equal(true);
    expect(suggestionButtons(el)).to.have.length(0);
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { ChatStreamElement } from '../../../src/elements/chat-stream/chat-stream.js';
import type { ChatComposerElement } from '../../../src/elements/chat-composer/chat-composer.js';
import type { ChatMessageElement } from '../../../src/elements/chat-message/chat-message.js';
import ar from '../../../src/locales/ar.js';
import { createChat } from '../../../src/store/chat.js';
import type { Message } from '../../../src/types.js';
import { axeViolations } from '../../helpers/axe.js';

const arabicReply = '## الطقس في روما\n\nالحرارة الآن **18 °م** والجو مشمس.\n\n- الصباح: صافٍ\n- المساء: معتدل\n\n```js\nconst x = 1;\n```';
const conversation = (reply: string): Message[] => [
  { id: 'u', role: 'user', content: 'كيف الطقس؟', status: 'complete', toolCalls: [] },
  { id: 'a', role: 'assistant', content: reply, status: 'complete', toolCalls: [] },
];

const rect = (element: Element) => element.getBoundingClientRect();
const messages = (el: ChatStreamElement) => [...el.shadowRoot!.querySelectorAll<ChatMessageElement>('chat-message')];
const partOf = (message: ChatMessageElement, part: string) => message.shadowRoot!.querySelector(`[part~="${part}"]`)!;

async function showConversation(page: string, reply: string) {
  const wrapper = await fixture<HTMLDivElement>(page === 'rtl'
    ? html`<div dir="rtl" lang="ar" style="width: 640px"><chat-stream .strings=${ar}></chat-stream></div>`
    : html`<div style="width: 640px"><chat-stream></chat-stream></div>`);
  const el = wrapper.querySelector('chat-stream')!;
  el.store = createChat({ messages: conversation(reply) });
  await el.updateComplete;
  await waitUntil(() => messages(el)[1]?.shadowRoot?.querySelector('[part~="content"] pre'), 'the reply is rendered');
  await Promise.all(messages(el).map((message) => message.updateComplete));
  return el;
}

describe('<chat-stream> right to left', () => {
  it('an Arabic page mirrors the whole kit: the user on the left, text from the right, the composer’s button on the left', async () => {
    const el = await showConversation('rtl', arabicReply);
    const log = rect(el.shadowRoot!.querySelector('[part~="log"]')!);
    const [user, reply] = messages(el);
    const bubble = rect(partOf(user, 'bubble'));
    expect(bubble.left - log.left, 'the user bubble hugs the left edge').to.be.lessThan(40);
    expect(log.right - bubble.right, 'and stays clear of the right one').to.be.greaterThan(100);

    const heading = partOf(reply, 'content').querySelector('h2')!;
    expect(getComputedStyle(heading).direction).to.equal('rtl');
    expect(log.right - rect(heading).right, 'the heading starts at the right').to.be.lessThan(40);
    const item = partOf(reply, 'content').querySelector('li')!;
    expect(parseFloat(getComputedStyle(item.parentElement!).paddingRight), 'list markers on the right').to.be.greaterThan(0);

    // Code still reads left to right; the copy button sits at the header's start (the right).
    const code = partOf(reply, 'content').querySelector('pre')!;
    expect(getComputedStyle(code).direction).to.equal('ltr');
    const header = rect(partOf(reply, 'content').querySelector('[part="code-header"]')!);
    const copy = rect(partOf(reply, 'content').querySelector('[part="copy-button"]')!);
    expect(copy.left - header.left, 'copy at the left end of the header').to.be.lessThan(20);

    const composer = el.shadowRoot!.querySelector<ChatComposerElement>('chat-composer')!;
    const send = rect(composer.shadowRoot!.querySelector('[part~="send"]')!);
    const input = rect(composer.shadowRoot!.querySelector('textarea')!);
    expect(send.right, 'send to the left of the text').to.be.lessThan(input.left + 1);
    expect(composer.shadowRoot!.querySelector('[part~="send"]')!.textContent).to.equal('إرسال');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('an Arabic reply in an English page reads right to left, and the English around it left to right', async () => {
    const el = await showConversation('ltr', `Here is the summary:\n\n${arabicReply}`);
    const [user, reply] = messages(el);
    const content = partOf(reply, 'content');
    const english = content.querySelector('p')!;
    const arabic = content.querySelector('h2')!;
    expect(getComputedStyle(english).direction).to.equal('ltr');
    expect(getComputedStyle(arabic).direction).to.equal('rtl');
    expect(rect(content).right - rect(arabic).right, 'the Arabic heading starts at the right').to.be.lessThan(4);
    expect(rect(english).left - rect(content).left, 'the English line starts at the left').to.be.lessThan(4);
    // The user's Arabic question reads right to left inside a bubble that stays on the English side.
    expect(getComputedStyle(partOf(user, 'content')).direction).to.equal('rtl');
    expect(rect(partOf(user, 'bubble')).right).to.be.greaterThan(rect(partOf(reply, 'bubble')).right - 4);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

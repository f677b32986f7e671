import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { ChatStreamElement } from '../../../src/elements/chat-stream/chat-stream.js';
import type { ChatComposerElement } from '../../../src/elements/chat-composer/chat-composer.js';
import { receivedRequests, rubyllmReply, streamUrl, uniqueTag } from '../../helpers/scripts.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const composer = (el: ChatStreamElement) => el.shadowRoot!.querySelector<ChatComposerElement>('chat-composer')!;
const textarea = (el: ChatStreamElement) => composer(el).shadowRoot!.querySelector('textarea')!;
const log = (el: ChatStreamElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="log"]')!;
const slowReply = () => rubyllmReply(['Partial ', 'text', ' never', ' sent'], { delay: 400 });

async function streaming(el: ChatStreamElement) {
  await waitUntil(() => el.messages[1]?.content === 'Partial ', 'the first chunk');
  await el.updateComplete;
}

describe('<chat-stream> and its composer', () => {
  it('stops a streaming reply on Escape in the composer; the partial text stays and focus stays in the box', async () => {
    const el = await fixture<ChatStreamElement>(html`<chat-stream src=${streamUrl(slowReply())}></chat-stream>`);
    await composer(el).updateComplete;
    textarea(el).focus();
    await sendKeys({ type: 'go' });
    await sendKeys({ press: 'Enter' });
    await streaming(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.getAttribute('status')).to.equal('idle');
    expect(el.messages[1]).to.include({ status: 'stopped', content: 'Partial ' });
    expect(composer(el).shadowRoot!.activeElement).to.equal(textarea(el));
  });

  it('stops a streaming reply on Escape anywhere in the conversation, and leaves Escape alone when idle', async () => {
    const el = await fixture<ChatStreamElement>(html`<chat-stream no-composer src=${streamUrl(slowReply())}></chat-stream>`);
    const done = el.send('go');
    await streaming(el);
    log(el).focus();
    await sendKeys({ press: 'Escape' });
    await done;
    expect(el.messages[1].status).to.equal('stopped');
    const idleEscape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
    log(el).dispatchEvent(idleEscape);
    expect(idleEscape.defaultPrevented).to.equal(false);
  });

  it('sends what a slotted <chat-composer> submits, in place of the built-in one', async () => {
    const tag = uniqueTag();
    const el = await fixture<ChatStreamElement>(
      html`<chat-stream src=${streamUrl(rubyllmReply(['ok']), tag)}><chat-composer slot="composer" placeholder="Mine"></chat-composer></chat-stream>`,
    );
    const mine = el.querySelector<ChatComposerElement>('chat-composer')!;
    expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="composer"]')!.assignedElements()).to.deep.equal([mine]);
    mine.value = 'from my composer';
    mine.submit();
    await waitUntil(() => el.messages[1]?.status === 'complete', 'the reply ends');
    expect(JSON.parse((await receivedRequests(tag))[0].body).prompt).to.equal('from my composer');
  });

  it('lets the page style the composer through chat-stream::part(input), (send) and (composer)', async () => {
    const style = document.createElement('style');
    style.textContent = `chat-stream.styled::part(input) { outline: 3px solid rgb(255, 0, 0); }
      chat-stream.styled::part(send) { outline: 3px solid rgb(0, 128, 0); }
      chat-stream.styled::part(composer) { outline: 3px solid rgb(0, 0, 255); }`;
    document.head.append(style);
    try {
      const el = await fixture<ChatStreamElement>(html`<chat-stream class="styled"></chat-stream>`);
      await composer(el).updateComplete;
      const part = (name: string) => composer(el).shadowRoot!.querySelector(`[part~="${name}"]`)!;
      expect(getComputedStyle(part('input')).outlineColor).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(part('send')).outlineColor).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(part('composer')).outlineColor).to.equal('rgb(0, 0, 255)');
    } finally {
      style.remove();
    }
  });

  it('retries from the message that failed (the chat comes through context), unless a chat-retry listener cancels', async () => {
    const tag = uniqueTag();
    const el = await fixture<ChatStreamElement>(html`<chat-stream src=${streamUrl(rubyllmReply(['Half'], { cut: true }), tag)}></chat-stream>`);
    await el.send('x');
    await frame();
    await frame();
    const retry = () => el.shadowRoot!.querySelectorAll('chat-message')[1].shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('chat-retry', cancel);
    retry().click();
    document.removeEventListener('chat-retry', cancel);
    await frame();
    expect(await receivedRequests(tag)).to.have.length(1);
    retry().click();
    await waitUntil(async () => (await receivedRequests(tag)).length === 2, 'the server sees the retry');
  });

  it('with anchor="top", a new question goes to the top of the view and stays there as its long reply streams', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => `Line ${i}\n\n`);
    const el = await fixture<ChatStreamElement>(
      html`<chat-stream anchor="top" style="--chat-height: 300px" src=${streamUrl(rubyllmReply(lines, { delay: 10 }))}></chat-stream>`,
    );
    await el.send('first');
    await el.send('second');
    await frame();
    await frame();
    const questions = el.shadowRoot!.querySelectorAll('chat-message[from="user"]');
    const top = questions[1].getBoundingClientRect().top - log(el).getBoundingClientRect().top;
    expect(Math.abs(top), 'the question sits at the top of the view').to.be.below(4);
    expect(log(el).scrollHeight - log(el).clientHeight - log(el).scrollTop, 'the reply runs on below the view').to.be.above(100);
    expect(el.shadowRoot!.querySelector('[part~="jump"]'), 'jump to latest offered').to.exist;
  });
});

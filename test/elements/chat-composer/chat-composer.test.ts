import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/chat-composer/define.js';
import type { ChatComposerElement, ChatSubmitDetail } from '../../../src/elements/chat-composer/chat-composer.js';
import { axeViolations } from '../../helpers/axe.js';

const textarea = (el: ChatComposerElement) => el.shadowRoot!.querySelector('textarea')!;
const button = (el: ChatComposerElement, part: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`);

async function type(el: ChatComposerElement, text: string) {
  textarea(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<chat-composer> on its own', () => {
  it('sends on Enter with chat-submit { text, attachments }, empties the box and keeps focus', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer></chat-composer>`);
    const submits: ChatSubmitDetail[] = [];
    el.addEventListener('chat-submit', (event) => submits.push(event.detail));
    await type(el, 'first line');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'second' });
    expect(submits).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(submits).to.deep.equal([{ text: 'first line\nsecond', attachments: [] }]);
    expect(textarea(el).value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(textarea(el));
  });

  it('disables Send while there is nothing to send, and the Send button sends', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer></chat-composer>`);
    expect(button(el, 'send')!.disabled).to.equal(true);
    await type(el, '   ');
    expect(button(el, 'send')!.disabled).to.equal(true);
    await type(el, 'hello');
    expect(button(el, 'send')!.disabled).to.equal(false);
    const submitted = oneEvent(el, 'chat-submit');
    button(el, 'send')!.click();
    expect((await submitted).detail.text).to.equal('   hello');
  });

  it('leaves Enter to an input method while it composes text', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer value="にほん"></chat-composer>`);
    let submits = 0;
    el.addEventListener('chat-submit', () => submits++);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true, composed: true });
    textarea(el).dispatchEvent(enter);
    expect(submits).to.equal(0);
    expect(enter.defaultPrevented).to.equal(false);
    textarea(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
    expect(submits).to.equal(1);
  });

  it('keeps the draft when a chat-submit listener cancels it', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer></chat-composer>`);
    el.addEventListener('chat-submit', (event) => event.preventDefault());
    await type(el, 'not yet');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(textarea(el).value).to.equal('not yet');
  });

  it('offers Stop while busy; Stop and Escape fire chat-stop, and focus stays in the box', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer></chat-composer>`);
    expect(button(el, 'stop')).to.equal(null);
    el.busy = true;
    await el.updateComplete;
    let stops = 0;
    el.addEventListener('chat-stop', () => stops++);
    button(el, 'stop')!.click();
    expect(stops).to.equal(1);
    expect(el.shadowRoot!.activeElement).to.equal(textarea(el));
    await sendKeys({ press: 'Escape' });
    expect(stops).to.equal(2);
    el.busy = false;
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    expect(stops, 'Escape does nothing when no reply streams').to.equal(2);
  });

  it('shows its placeholder, has an accessible name, and no axe violations idle or busy', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer placeholder="Ask anything"></chat-composer>`);
    expect(textarea(el).placeholder).to.equal('Ask anything');
    expect(textarea(el).getAttribute('aria-label')).to.equal('Message');
    const plain = await fixture<ChatComposerElement>(html`<chat-composer></chat-composer>`);
    expect(textarea(plain).placeholder).to.equal('Send a message');
    expect(await axeViolations(el)).to.deep.equal([]);
    el.busy = true;
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('focuses its text area when the element is focused', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer></chat-composer>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(textarea(el));
  });
});

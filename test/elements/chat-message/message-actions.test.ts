import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { ChatComposerElement } from '../../../src/elements/chat-composer/chat-composer.js';
import type { ChatMessageElement } from '../../../src/elements/chat-message/chat-message.js';
import type { ChatEditDetail } from '../../../src/elements/chat-message/message-actions.js';
import type { ChatStreamElement } from '../../../src/elements/chat-stream/chat-stream.js';
import { axeViolations } from '../../helpers/axe.js';
import { receivedRequests, rubyllmReply, streamUrl, uniqueTag } from '../../helpers/scripts.js';
import { makeMessage, showMessage } from './message-fixtures.js';

const rows = (el: ChatStreamElement) => [...el.shadowRoot!.querySelectorAll<ChatMessageElement>('chat-message')];
const part = (message: ChatMessageElement, name: string) => message.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const actionNames = (message: ChatMessageElement) =>
  [...message.shadowRoot!.querySelectorAll('[part~="actions"] button')].map((button) => `${button.getAttribute('part')}:${button.getAttribute('aria-label')}`);
const frames = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** A conversation whose every reply is `reply`, after `questions` were asked and answered. */
async function conversation(questions: string[], reply = 'The **answer**, with `code`.', tag = uniqueTag()) {
  const el = await fixture<ChatStreamElement>(html`<chat-stream src=${streamUrl(rubyllmReply([reply]), tag)}></chat-stream>`);
  for (const question of questions) await el.send(question);
  await el.updateComplete;
  await frames();
  return el;
}

/** Pastes the clipboard into a fresh text area and returns what arrived. */
async function pasted(): Promise<string> {
  const area = document.createElement('textarea');
  document.body.append(area);
  try {
    area.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'v' });
    await sendKeys({ up: 'Control' });
    return area.value;
  } finally {
    area.remove();
  }
}

describe('<chat-message> actions', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('offers Copy, Good/Bad response and Regenerate under the latest reply, Copy and Edit under the question, all named', async () => {
    const el = await conversation(['first']);
    const [question, reply] = rows(el);
    expect(actionNames(question)).to.deep.equal(['copy:Copy', 'edit:Edit']);
    expect(actionNames(reply)).to.deep.equal(['copy:Copy', 'feedback-up:Good response', 'feedback-down:Bad response', 'regenerate:Regenerate']);
    expect(await axeViolations(el)).to.deep.equal([]);
    await el.send('second');
    await frames();
    // Only the conversation's last reply can be regenerated.
    expect(actionNames(rows(el)[1])).to.deep.equal(['copy:Copy', 'feedback-up:Good response', 'feedback-down:Bad response']);
    expect(part(rows(el)[3], 'regenerate')).to.not.equal(null);
  });

  it('copies a reply as its markdown source from the keyboard, and says "Copied"', async () => {
    const el = await conversation(['q'], 'Some **bold** and a [link](https://example.com).');
    const copy = part(rows(el)[1], 'copy')!;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => copy.getAttribute('aria-label') === 'Copied', 'the button says Copied');
    expect(rows(el)[1].shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Copied');
    expect(await pasted()).to.equal('Some **bold** and a [link](https://example.com).');
  });

  it('rates a reply: the pressed button shows it, chat-feedback says it, pressing again takes it back', async () => {
    const el = await conversation(['q']);
    const values: Array<string | null> = [];
    el.addEventListener('chat-feedback', (event) => values.push(event.detail.value));
    const reply = rows(el)[1];
    part(reply, 'feedback-up')!.click();
    await waitUntil(() => part(reply, 'feedback-up')!.getAttribute('aria-pressed') === 'true', 'Good response is pressed');
    expect(part(reply, 'feedback-down')!.getAttribute('aria-pressed')).to.equal('false');
    expect(el.messages[1].feedback).to.equal('up');
    part(reply, 'feedback-down')!.click();
    await waitUntil(() => part(reply, 'feedback-down')!.getAttribute('aria-pressed') === 'true', 'Bad response is pressed');
    expect(part(reply, 'feedback-up')!.getAttribute('aria-pressed')).to.equal('false');
    part(reply, 'feedback-down')!.click();
    await waitUntil(() => part(reply, 'feedback-down')!.getAttribute('aria-pressed') === 'false', 'the rating is taken back');
    expect(el.messages[1]).to.not.have.property('feedback');
    expect(values).to.deep.equal(['up', 'down', null]);
  });

  it('regenerates the latest reply: the same question is asked again and its new reply takes the old one’s place', async () => {
    const tag = uniqueTag();
    const el = await conversation(['question'], 'Answer', tag);
    const oldId = el.messages[1].id;
    part(rows(el)[1], 'regenerate')!.click();
    await waitUntil(() => el.messages[1]?.id !== oldId && el.messages[1]?.status === 'complete', 'a new reply');
    expect(el.messages.map((m) => `${m.role}:${m.content}`)).to.deep.equal(['user:question', 'assistant:Answer']);
    const requests = await receivedRequests(tag);
    expect(requests).to.have.length(2);
    expect(JSON.parse(requests[1].body)).to.deep.equal({ prompt: 'question', messages: [{ role: 'user', content: 'question' }] });
  });

  it('edits a question from the keyboard: Edit opens it in its bubble, Shift+Enter adds a line, Enter resends and drops what followed', async () => {
    const tag = uniqueTag();
    const el = await conversation(['first', 'second'], 'Answer', tag);
    const first = rows(el)[0];
    part(first, 'edit')!.focus();
    await sendKeys({ press: 'Enter' });
    await first.updateComplete;
    const field = part(first, 'editor-input') as HTMLTextAreaElement;
    expect(first.hasAttribute('editing')).to.equal(true);
    expect(first.shadowRoot!.activeElement).to.equal(field);
    expect(field.value).to.equal('first');
    expect(part(first, 'content')!.checkVisibility(), 'the text gives way to the editor').to.equal(false);
    await sendKeys({ type: ' question' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'two lines' });
    const edited = oneEvent(el, 'chat-edit') as Promise<CustomEvent<ChatEditDetail>>;
    await sendKeys({ press: 'Enter' });
    expect((await edited).detail.text).to.equal('first question\ntwo lines');
    await waitUntil(() => el.messages.length === 2 && el.messages[1].status === 'complete', 'the new reply');
    expect(el.messages.map((m) => `${m.role}:${m.content}`)).to.deep.equal(['user:first question\ntwo lines', 'assistant:Answer']);
    expect(JSON.parse((await receivedRequests(tag))[2].body).prompt).to.equal('first question\ntwo lines');
    await first.updateComplete;
    expect(first.hasAttribute('editing')).to.equal(false);
  });

  it('Escape closes the editor unchanged, hands focus back to Edit, and sends nothing', async () => {
    const tag = uniqueTag();
    const el = await conversation(['keep me'], 'Answer', tag);
    const question = rows(el)[0];
    question.startEdit();
    await question.updateComplete;
    await sendKeys({ type: ' changed' });
    await sendKeys({ press: 'Escape' });
    await question.updateComplete;
    expect(question.hasAttribute('editing')).to.equal(false);
    expect(question.shadowRoot!.activeElement).to.equal(part(question, 'edit'));
    expect(el.messages.map((m) => m.content)).to.deep.equal(['keep me', 'Answer']);
    expect(await receivedRequests(tag)).to.have.length(1);
  });

  it('leaves the conversation alone when a chat-edit listener cancels', async () => {
    const el = await conversation(['as asked']);
    el.addEventListener('chat-edit', (event) => event.preventDefault(), { once: true });
    const question = rows(el)[0];
    question.startEdit();
    await question.updateComplete;
    await sendKeys({ type: '!' });
    await sendKeys({ press: 'Enter' });
    await question.updateComplete;
    expect(el.messages.map((m) => m.content)).to.deep.equal(['as asked', 'The **answer**, with `code`.']);
  });

  it('ArrowUp in the empty composer opens the last question’s editor; with a draft it moves the caret as usual', async () => {
    const el = await conversation(['one', 'two']);
    const composer = el.shadowRoot!.querySelector<ChatComposerElement>('chat-composer')!;
    const input = composer.shadowRoot!.querySelector('textarea')!;
    input.focus();
    await sendKeys({ type: 'draft' });
    await sendKeys({ press: 'ArrowUp' });
    expect(rows(el)[2].hasAttribute('editing')).to.equal(false);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await composer.updateComplete;
    await sendKeys({ press: 'ArrowUp' });
    const last = rows(el)[2];
    await last.updateComplete;
    expect(last.hasAttribute('editing')).to.equal(true);
    expect((part(last, 'editor-input') as HTMLTextAreaElement).value).to.equal('two');
    expect(last.shadowRoot!.activeElement).to.equal(part(last, 'editor-input'));
    expect(rows(el)[0].hasAttribute('editing')).to.equal(false);
  });

  it('shows an earlier message’s actions on hover and on keyboard focus, without moving anything', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await conversation(['one', 'two']);
    const reply = rows(el)[1];
    const actions = part(reply, 'actions')!;
    const layout = () => [...rows(el)].map((row) => JSON.stringify(row.getBoundingClientRect())).join();
    const before = layout();
    expect(getComputedStyle(actions).opacity).to.equal('0');
    // The latest reply's row stays visible.
    expect(getComputedStyle(part(rows(el)[3], 'actions')!).opacity).to.equal('1');
    const box = part(reply, 'content')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 10), Math.round(box.y + box.height / 2)] });
    expect(getComputedStyle(actions).opacity).to.equal('1');
    expect(layout()).to.equal(before);
    await resetMouse();
    expect(getComputedStyle(actions).opacity).to.equal('0');
    part(reply, 'copy')!.focus();
    expect(getComputedStyle(actions).opacity).to.equal('1');
    expect(layout()).to.equal(before);
  });

  it('reaches every action of a reply with Tab, in reading order', async () => {
    const el = await conversation(['q']);
    const reply = rows(el)[1];
    part(reply, 'copy')!.focus();
    const seen = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      seen.push(reply.shadowRoot!.activeElement?.getAttribute('part'));
    }
    expect(seen).to.deep.equal(['feedback-up', 'feedback-down', 'regenerate']);
  });

  it('shows only Copy on a standalone message without a conversation', async () => {
    const user = await showMessage(makeMessage({ role: 'user', content: 'mine' }));
    const reply = await showMessage(makeMessage({ content: 'theirs' }));
    expect(actionNames(user)).to.deep.equal(['copy:Copy']);
    expect(actionNames(reply)).to.deep.equal(['copy:Copy']);
    user.startEdit();
    await user.updateComplete;
    expect(user.hasAttribute('editing')).to.equal(false);
  });

  it('keeps the row’s space while a reply streams, with no buttons in it yet, and none for a failed reply’s Regenerate', async () => {
    const streaming = await showMessage(makeMessage({ status: 'streaming', content: 'partial' }));
    const row = part(streaming, 'actions')!;
    expect(row.querySelectorAll('button')).to.have.length(0);
    expect(row.getBoundingClientRect().height).to.be.greaterThan(0);
    const failed = await conversation([]);
    failed.src = streamUrl(rubyllmReply(['Half'], { cut: true }));
    await failed.send('q');
    await frames();
    const names = actionNames(rows(failed)[1]);
    expect(names).to.deep.equal(['copy:Copy']);
    expect(part(rows(failed)[1], 'retry')).to.not.equal(null);
  });
});

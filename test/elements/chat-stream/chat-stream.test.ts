import { expect, fixture, html, waitUntil, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { ChatStreamElement } from '../../../src/elements/chat-stream/chat-stream.js';
import { rubyllmReply, streamUrl, receivedRequests, uniqueTag } from '../../helpers/scripts.js';
import { axeViolations } from '../../helpers/axe.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

function messages(el: ChatStreamElement) {
  return [...el.shadowRoot!.querySelectorAll('chat-message')];
}
function renderedText(message: Element) {
  return message.shadowRoot?.querySelector('[part~="content"]')?.textContent ?? '';
}
function indicator(el: ChatStreamElement) {
  return el.shadowRoot!.querySelector('typing-indicator')!;
}
function composer(el: ChatStreamElement) {
  return el.shadowRoot!.querySelector('chat-composer')!;
}
function textareaOf(el: ChatStreamElement) {
  return composer(el).shadowRoot!.querySelector('textarea')!;
}

async function mount(src: string, extra = html``) {
  const el = await fixture<ChatStreamElement>(html`<chat-stream src=${src} protocol="auto">${extra}</chat-stream>`);
  return el;
}

describe('<chat-stream>', () => {
  it('shows the typing indicator while waiting, then streams the reply into a message', async () => {
    const src = streamUrl(rubyllmReply(['Hello', ', wor', 'ld!'], { firstDelay: 800, delay: 40 }));
    const el = await mount(src);
    const starts: unknown[] = [];
    const ends: unknown[] = [];
    el.addEventListener('chat-message-start', (e) => starts.push(e.detail));
    el.addEventListener('chat-message-end', (e) => ends.push(e.detail));
    // What the reader sees at the moment the first chunk arrives (events, not polling: replies are quick).
    const atFirstChunk = new Promise<{ status: string | null; indicatorActive: boolean }>((resolve) =>
      el.addEventListener('chat-message-start', async () => {
        await el.updateComplete;
        resolve({ status: el.getAttribute('status'), indicatorActive: indicator(el).hasAttribute('active') });
      }),
    );
    const done = el.send('Hi there');
    await waitUntil(() => el.getAttribute('status') === 'submitted', 'status submitted');
    await el.updateComplete;
    expect(indicator(el).hasAttribute('active')).to.equal(true);
    expect(await atFirstChunk).to.deep.equal({ status: 'streaming', indicatorActive: false });
    await done;
    await el.updateComplete;
    await frame();
    await frame();
    const [user, assistant] = messages(el);
    expect(user.getAttribute('from')).to.equal('user');
    expect(renderedText(user)).to.contain('Hi there');
    expect(assistant.getAttribute('from')).to.equal('assistant');
    expect(renderedText(assistant)).to.contain('Hello, world!');
    expect(el.getAttribute('status')).to.equal('idle');
    expect(el.messages[1].status).to.equal('complete');
    expect(starts).to.have.length(1);
    expect(ends).to.have.length(1);
  });

  it('renders its messages inside a role="log" region that is busy while a reply streams', async () => {
    const el = await mount(streamUrl(rubyllmReply(['a', 'b'], { firstDelay: 100, delay: 100 })));
    const log = el.shadowRoot!.querySelector('[role="log"]')!;
    expect(log).to.exist;
    const done = el.send('x');
    await waitUntil(() => el.getAttribute('status') === 'streaming');
    await el.updateComplete;
    expect(log.getAttribute('aria-busy')).to.equal('true');
    await done;
    await el.updateComplete;
    expect(log.getAttribute('aria-busy')).to.equal('false');
  });

  it('sends what the person typed when they press Enter, and Shift+Enter adds a line', async () => {
    const tag = uniqueTag();
    const el = await mount(streamUrl(rubyllmReply(['ok']), tag));
    await composer(el).updateComplete;
    const textarea = textareaOf(el);
    const send = composer(el).shadowRoot!.querySelector<HTMLButtonElement>('button[part~="send"]')!;
    expect(send.disabled).to.equal(true);
    textarea.focus();
    await sendKeys({ type: 'first line' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'second' });
    await composer(el).updateComplete;
    expect(send.disabled).to.equal(false);
    const ended = oneEvent(el, 'chat-message-end');
    await sendKeys({ press: 'Enter' });
    await ended;
    const [request] = await receivedRequests(tag);
    expect(JSON.parse(request.body).prompt).to.equal('first line\nsecond');
    expect(textarea.value).to.equal('');
    expect(composer(el).shadowRoot!.activeElement).to.equal(textarea);
  });

  it('posts the prompt and the conversation with the configured headers', async () => {
    const tag = uniqueTag();
    const el = await mount(streamUrl(rubyllmReply(['one']), tag));
    el.headers = () => ({ 'X-CSRF-Token': 'csrf-123' });
    await el.send('first');
    await el.send('second');
    const requests = await receivedRequests(tag);
    expect(requests).to.have.length(2);
    expect(requests[1].headers['x-csrf-token']).to.equal('csrf-123');
    expect(requests[1].headers.accept).to.contain('text/event-stream');
    const body = JSON.parse(requests[1].body);
    expect(body.prompt).to.equal('second');
    expect(body.messages.map((m: { role: string; content: string }) => `${m.role}:${m.content}`)).to.deep.equal(['user:first', 'assistant:one', 'user:second']);
  });

  it('stops on request: the partial reply stays, marked stopped, and the element returns to idle', async () => {
    const el = await mount(streamUrl(rubyllmReply(['Partial ', 'text', ' never', ' sent'], { delay: 400 })));
    const done = el.send('go');
    await waitUntil(() => el.messages[1]?.content === 'Partial ', 'first chunk');
    await el.updateComplete;
    await composer(el).updateComplete;
    const stop = composer(el).shadowRoot!.querySelector<HTMLButtonElement>('button[part~="stop"]')!;
    expect(stop).to.exist;
    stop.click();
    await done;
    await el.updateComplete;
    await frame();
    expect(el.getAttribute('status')).to.equal('idle');
    expect(el.messages[1].status).to.equal('stopped');
    expect(el.messages[1].content).to.equal('Partial ');
    expect(messages(el)[1].getAttribute('status')).to.equal('stopped');
    await aTimeout(500);
    expect(el.messages[1].content).to.equal('Partial ');
  });

  it('keeps the partial text when the connection drops, reports the error, and retries in place', async () => {
    const tag = uniqueTag();
    const el = await mount(streamUrl(rubyllmReply(['Half ', 'a reply'], { cut: true }), tag));
    const errors: CustomEvent[] = [];
    el.addEventListener('chat-error', (e) => errors.push(e));
    await el.send('tell me');
    await el.updateComplete;
    expect(el.getAttribute('status')).to.equal('error');
    expect(el.messages[1].status).to.equal('error');
    expect(el.messages[1].content).to.equal('Half a reply');
    expect(el.messages[1].error?.name).to.equal('NetworkError');
    expect(errors).to.have.length(1);
    await frame();
    await frame();
    const assistant = messages(el)[1];
    expect(renderedText(assistant)).to.contain('Half a reply');
    const retry = assistant.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    expect(retry).to.exist;
    retry.click();
    await waitUntil(async () => (await receivedRequests(tag)).length === 2, 'server saw the retry');
    await waitUntil(() => el.getAttribute('status') === 'error');
    expect(el.messages.filter((m) => m.role === 'user')).to.have.length(1);
    expect(el.messages).to.have.length(2);
  });

  it('does not send when a chat-send listener cancels it', async () => {
    const tag = uniqueTag();
    const el = await mount(streamUrl(rubyllmReply(['x']), tag));
    el.addEventListener('chat-send', (e) => e.preventDefault());
    await el.send('blocked');
    expect(el.messages).to.have.length(0);
    expect(await receivedRequests(tag)).to.have.length(0);
  });

  it('hides the composer with no-composer and lets a slotted composer replace it', async () => {
    const hidden = await fixture<ChatStreamElement>(html`<chat-stream no-composer></chat-stream>`);
    expect(hidden.shadowRoot!.querySelector('chat-composer')).to.equal(null);
    const custom = await fixture<ChatStreamElement>(html`<chat-stream><form slot="composer" id="mine"></form></chat-stream>`);
    const slot = custom.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="composer"]')!;
    expect(slot.assignedElements()[0].id).to.equal('mine');
  });

  it('follows new text at the bottom, lets go when the reader scrolls up, and offers a jump back', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => `Line ${i}\n\n`);
    const el = await fixture<ChatStreamElement>(html`<chat-stream style="height: 300px" src=${streamUrl(rubyllmReply(lines, { delay: 15 }))}></chat-stream>`);
    const log = el.shadowRoot!.querySelector<HTMLElement>('[part~="log"]')!;
    const done = el.send('long');
    await waitUntil(() => log.scrollHeight > log.clientHeight + 100, 'overflowing', { timeout: 5000 });
    await frame();
    await frame();
    expect(log.scrollHeight - log.clientHeight - log.scrollTop).to.be.lessThan(40);
    log.scrollTop = 0;
    log.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    const jump = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="jump"]');
    expect(jump).to.exist;
    await done;
    await frame();
    expect(log.scrollTop).to.equal(0);
    jump!.click();
    await frame();
    expect(log.scrollHeight - log.clientHeight - log.scrollTop).to.be.lessThan(40);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="jump"]')).to.equal(null);
  });

  it('with retry-attempts, waits out a 429 with a visible countdown and then streams the reply', async () => {
    const tag = uniqueTag();
    const script = { ...rubyllmReply(['Worth ', 'the wait']), statuses: [429], retryAfter: '1' };
    const el = await fixture<ChatStreamElement>(html`<chat-stream retry-attempts="2" src=${streamUrl(script, tag)}></chat-stream>`);
    const done = el.send('please');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry-countdown"]'), 'countdown shown', { timeout: 5000 });
    const countdown = el.shadowRoot!.querySelector('[part~="retry-countdown"]')!;
    expect(countdown.getAttribute('role')).to.equal('status');
    expect(countdown.textContent).to.match(/Retrying in \d seconds? \(attempt 1 of 2\)/);
    await done;
    await el.updateComplete;
    expect(el.messages[1].content).to.equal('Worth the wait');
    expect(el.messages[1].status).to.equal('complete');
    expect(el.shadowRoot!.querySelector('[part~="retry-countdown"]')).to.equal(null);
    expect(await receivedRequests(tag)).to.have.length(2);
  });

  it('aborts its request when removed from the page', async () => {
    const el = await mount(streamUrl(rubyllmReply(['a', 'b', 'c'], { delay: 300 })));
    const done = el.send('x');
    await waitUntil(() => el.messages[1]?.content === 'a');
    el.remove();
    await done;
    expect(el.messages[1].status).to.equal('stopped');
  });
});


describe('<chat-stream> accessibility', () => {
  const check = async (el: ChatStreamElement) => expect(await axeViolations(el)).to.deep.equal([]);

  it('has no axe violations when idle, waiting, streaming, failed or stopped', async () => {
    const idle = await mount(streamUrl(rubyllmReply(['x'])));
    await check(idle);

    const live = await mount(streamUrl(rubyllmReply(['Some **markdown**', ' and `code`'], { firstDelay: 300, delay: 600 })));
    const pending = live.send('hello');
    await waitUntil(() => live.getAttribute('status') === 'submitted');
    await live.updateComplete;
    await check(live);
    await waitUntil(() => live.getAttribute('status') === 'streaming');
    await frame();
    await check(live);
    live.stop();
    await pending;
    await frame();
    await check(live);

    const failed = await mount(streamUrl(rubyllmReply(['Half'], { cut: true })));
    await failed.send('x');
    await frame();
    await frame();
    await check(failed);
  });

  it('announces failures assertively and can be driven from the keyboard alone', async () => {
    const el = await mount(streamUrl(rubyllmReply(['Half'], { cut: true })));
    await composer(el).updateComplete;
    textareaOf(el).focus();
    await sendKeys({ type: 'hello' });
    const failed = oneEvent(el, 'chat-error');
    await sendKeys({ press: 'Enter' });
    await failed;
    await frame();
    await frame();
    const assistant = messages(el)[1];
    const alert = assistant.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('connection');
    // The retry button is a real button: focusable, and Enter activates it.
    const retry = assistant.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    retry.focus();
    expect(assistant.shadowRoot!.activeElement).to.equal(retry);
    const again = oneEvent(el, 'chat-error');
    await sendKeys({ press: 'Enter' });
    await again;
    expect(el.messages.filter((m) => m.role === 'user')).to.have.length(1);
  });
});

describe('<chat-stream> theming', () => {
  it('lets the page style the messages inside it through forwarded parts', async () => {
    const style = document.createElement('style');
    style.textContent = 'chat-stream.themed::part(bubble) { outline: 3px solid rgb(255, 0, 0); }';
    document.head.append(style);
    try {
      const el = await fixture<ChatStreamElement>(html`<chat-stream class="themed" src=${streamUrl(rubyllmReply(['styled']))}></chat-stream>`);
      await el.send('x');
      await frame();
      await frame();
      const bubble = messages(el)[1].shadowRoot!.querySelector('[part~="bubble"]')!;
      expect(getComputedStyle(bubble).outlineColor).to.equal('rgb(255, 0, 0)');
    } finally {
      style.remove();
    }
  });
});

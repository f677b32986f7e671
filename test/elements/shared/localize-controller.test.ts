import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { ChatStreamElement } from '../../../src/elements/chat-stream/chat-stream.js';
import type { ChatComposerElement } from '../../../src/elements/chat-composer/chat-composer.js';
import type { ChatMessageElement } from '../../../src/elements/chat-message/chat-message.js';
import type { TypingIndicatorElement } from '../../../src/elements/typing-indicator/typing-indicator.js';
import { NetworkError } from '../../../src/errors.js';
import { createChat } from '../../../src/store/chat.js';
import type { Transport } from '../../../src/transport/types.js';
import type { Message } from '../../../src/types.js';
import de from '../../../src/locales/de.js';
import { axeViolations } from '../../helpers/axe.js';

const composerOf = (el: ChatStreamElement) => el.shadowRoot!.querySelector<ChatComposerElement>('chat-composer')!;
const sendButton = (composer: ChatComposerElement) => composer.shadowRoot!.querySelector('[part~="send"]')!;
const textareaOf = (composer: ChatComposerElement) => composer.shadowRoot!.querySelector('textarea')!;

const failed = (fields: Partial<Message> = {}): Message => ({
  id: 'a1',
  role: 'assistant',
  content: 'Halb',
  status: 'error',
  toolCalls: [],
  error: { name: 'RateLimitError', message: 'HTTP 429', status: 429, retryAfter: 1000 },
  usage: { inputTokens: 1234, outputTokens: 1 },
  ...fields,
});

/** A transport that announces a wait of `seconds` and then hangs until the test ends. */
function waitingTransport(seconds: number, kind: 'retry' | 'resume' = 'retry'): Transport {
  return {
    async open(_request, handlers) {
      handlers.onOpen?.({ format: 'sse' });
      const error = new NetworkError('Server says: line dropped at 12:03');
      handlers.onWait?.({ kind, attempt: 1, attempts: 3, delayMs: seconds * 1000, at: Date.now() + seconds * 1000, error });
      await new Promise(() => {});
    },
  };
}

describe('UI text from .strings and lang', () => {
  it('a German page with the German strings: composer, error notice, plurals and numbers in German', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="de"><chat-stream .strings=${de}></chat-stream></div>`);
    const el = page.querySelector('chat-stream')!;
    await el.updateComplete;
    const composer = composerOf(el);
    await composer.updateComplete;
    expect(textareaOf(composer).placeholder).to.equal('Nachricht schreiben');
    expect(sendButton(composer).textContent).to.equal('Senden');
    expect(el.shadowRoot!.querySelector('[part~="log"]')!.getAttribute('aria-label')).to.equal('Unterhaltung');
    expect(await axeViolations(el)).to.deep.equal([]);

    // A message inside takes the conversation's strings; its language is the page's.
    const message = await fixture<ChatMessageElement>(html`<div lang="de"><chat-message .strings=${de} .message=${failed()}></chat-message></div>`).then(
      (div) => div.querySelector('chat-message')!,
    );
    await message.updateComplete;
    const root = message.shadowRoot!;
    expect(root.querySelector('[part="error"]')!.textContent).to.contain('Zu viele Anfragen – noch einmal in 1 Sekunde');
    expect(root.querySelector('[part="retry"]')!.textContent).to.equal('Erneut versuchen');
    // German groups thousands with a dot.
    expect(root.querySelector('[part="usage"]')!.textContent).to.equal('1.234 ein · 1 aus');
    message.message = failed({ error: { name: 'RateLimitError', message: 'HTTP 429', status: 429, retryAfter: 5000 } });
    await message.updateComplete;
    expect(root.querySelector('[part="error"]')!.textContent).to.contain('noch einmal in 5 Sekunden');
    expect(await axeViolations(message)).to.deep.equal([]);
  });

  it('<chat-stream> passes its strings to the messages and composer inside it', async () => {
    const el = await fixture<ChatStreamElement>(html`<chat-stream lang="de" no-composer></chat-stream>`);
    el.store = createChat({ messages: [{ id: 'a', role: 'assistant', content: 'Teil', status: 'stopped', toolCalls: [] }] });
    el.strings = de;
    el.noComposer = false;
    await el.updateComplete;
    const message = el.shadowRoot!.querySelector<ChatMessageElement>('chat-message')!;
    await waitUntil(() => message.shadowRoot!.querySelector('[part="stopped"]')?.textContent === 'Angehalten', 'the message speaks German');
    const composer = composerOf(el);
    await composer.updateComplete;
    expect(sendButton(composer).textContent).to.equal('Senden');
    const typing = el.shadowRoot!.querySelector<TypingIndicatorElement>('typing-indicator')!;
    expect(typing.shadowRoot!.querySelector('[role="status"]')!.getAttribute('aria-label')).to.equal('Assistent schreibt');

    // Back to English: the elements inside follow.
    el.strings = undefined;
    await el.updateComplete;
    await waitUntil(() => message.shadowRoot!.querySelector('[part="stopped"]')?.textContent === 'Stopped', 'the message speaks English again');
  });

  it('.strings overrides one key and leaves the others English', async () => {
    const el = await fixture<ChatStreamElement>(html`<chat-stream .strings=${{ send: 'Ask' }}></chat-stream>`);
    const composer = composerOf(el);
    await composer.updateComplete;
    expect(sendButton(composer).textContent).to.equal('Ask');
    expect(textareaOf(composer).placeholder).to.equal('Send a message');
    // An element's own strings win over those of the conversation around it.
    composer.strings = { send: 'Go' };
    await composer.updateComplete;
    expect(sendButton(composer).textContent).to.equal('Go');
  });

  it('a standalone composer takes its language and strings without a <chat-stream>', async () => {
    const composer = await fixture<ChatComposerElement>(html`<chat-composer .strings=${{ placeholder: 'Frag mich' }}></chat-composer>`);
    expect(textareaOf(composer).placeholder).to.equal('Frag mich');
    expect(sendButton(composer).textContent).to.equal('Send');
  });

  it('the countdown ticks each second in the page language and never repeats the server’s message', async () => {
    const el = await fixture<ChatStreamElement>(html`<chat-stream lang="de" .strings=${de}></chat-stream>`);
    el.store = createChat({ transport: waitingTransport(3), protocol: 'rubyllm' });
    void el.send('Hallo');
    const countdown = () => el.shadowRoot!.querySelector('[part~="retry-countdown"] .ticking')?.textContent ?? '';
    await waitUntil(() => countdown(), 'countdown shown');
    const first = countdown();
    expect(first).to.match(/^Neuer Versuch in [23] Sekunden \(Versuch 1 von 3\)$/);
    expect(first).not.to.contain('line dropped');
    await waitUntil(() => countdown() !== first, 'the countdown ticks', { timeout: 2500 });
    expect(countdown()).to.match(/^Neuer Versuch in [12] Sekunden? \(Versuch 1 von 3\)$/);
    el.stop();
  });
});

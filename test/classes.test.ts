import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
// The side-effect-free entry (`chat-stream-elements/classes`): importing it defines nothing.
import { ChatMessageElement, ChatStreamElement, createChat, createReplayTransport } from '../src/classes.js';

describe('chat-stream-elements/classes', () => {
  it('defines no element on import', () => {
    for (const tag of ['chat-stream', 'chat-message', 'typing-indicator', 'chat-composer']) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('defines <chat-stream> under another tag, with the elements it renders, and that tag streams a reply', async () => {
    ChatStreamElement.define('acme-chat');
    expect(customElements.get('acme-chat')).to.equal(ChatStreamElement);
    for (const tag of ['chat-message', 'typing-indicator', 'chat-composer']) expect(customElements.get(tag), tag).to.exist;
    const el = await fixture<ChatStreamElement>(staticHtml`<${unsafeStatic('acme-chat')} no-composer></${unsafeStatic('acme-chat')}>`);
    el.store = createChat({ protocol: 'text', transport: createReplayTransport({ source: 'Hello from acme.', format: 'text', delay: 0 }) });
    await el.send('hi');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('chat-message')[1]?.shadowRoot?.textContent?.includes('Hello from acme.'), 'the reply is shown');
    expect(el.messages[1]).to.include({ status: 'complete', content: 'Hello from acme.' });
  });

  it('defines a class already defined under a second tag (as a subclass), and keeps a tag another class owns', async () => {
    ChatMessageElement.define('acme-message');
    const Second = customElements.get('acme-message')!;
    expect(Second).to.not.equal(ChatMessageElement);
    expect(Second.prototype).to.be.instanceOf(ChatMessageElement);
    const el = await fixture<ChatMessageElement>(html`<acme-message from="user">Hi there</acme-message>`);
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.getAttribute('from')).to.equal('user');
    expect(el.shadowRoot!.querySelector('[part~="content"]')!.textContent).to.contain('Hi there');

    ChatMessageElement.define('acme-message');
    expect(customElements.get('acme-message'), 'defining it again keeps the first').to.equal(Second);

    class Other extends HTMLElement {}
    customElements.define('acme-other', Other);
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      ChatMessageElement.define('acme-other');
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('acme-other')).to.equal(Other);
    expect(String(warnings[0]?.[0])).to.contain('<acme-other> is already defined by another class');
  });
});

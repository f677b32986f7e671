import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { ChatComposerElement } from '../../../src/elements/chat-composer/chat-composer.js';
import type { ChatStreamElement } from '../../../src/elements/chat-stream/chat-stream.js';
import { axeViolations } from '../../helpers/axe.js';
import { receivedRequests, rubyllmReply, streamUrl, uniqueTag } from '../../helpers/scripts.js';

const pngBytes = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

describe('<chat-stream> attachments', () => {
  it('sends an attached image with the prompt: on the request and on its user message, shown in the bubble', async () => {
    const tag = uniqueTag();
    const el = await fixture<ChatStreamElement>(html`<chat-stream accept="image/*" max-file-size="1000000" src=${streamUrl(rubyllmReply(['A tiny image.']), tag)}></chat-stream>`);
    const composer = el.shadowRoot!.querySelector<ChatComposerElement>('chat-composer')!;
    await composer.updateComplete;
    const input = composer.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([pngBytes], 'dot.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await composer.updateComplete;
    composer.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'What is this?' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.messages[1]?.status === 'complete', 'the reply');
    const body = JSON.parse((await receivedRequests(tag))[0].body);
    const attachment = { name: 'dot.png', mediaType: 'image/png', size: pngBytes.length, url: `data:image/png;base64,${btoa(String.fromCharCode(...pngBytes))}` };
    expect(body).to.deep.equal({ prompt: 'What is this?', messages: [{ role: 'user', content: 'What is this?', attachments: [attachment] }], attachments: [attachment] });
    expect(el.messages[0].attachments).to.deep.equal([attachment]);
    const question = el.shadowRoot!.querySelector('chat-message[from="user"]')!;
    await (question as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const image = question.shadowRoot!.querySelector<HTMLImageElement>('[part~="attachments"] img')!;
    expect(image.alt).to.equal('dot.png');
    expect(image.src).to.equal(attachment.url);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows no attach button without accept, and sends no attachments field', async () => {
    const tag = uniqueTag();
    const el = await fixture<ChatStreamElement>(html`<chat-stream src=${streamUrl(rubyllmReply(['ok']), tag)}></chat-stream>`);
    const composer = el.shadowRoot!.querySelector<ChatComposerElement>('chat-composer')!;
    await composer.updateComplete;
    expect(composer.shadowRoot!.querySelector('[part~="attach"]')).to.equal(null);
    await el.send('plain');
    expect(Object.keys(JSON.parse((await receivedRequests(tag))[0].body))).to.deep.equal(['prompt', 'messages']);
  });
});

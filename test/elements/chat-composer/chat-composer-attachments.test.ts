import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/chat-composer/define.js';
import type { ChatComposerElement, ChatSubmitDetail } from '../../../src/elements/chat-composer/chat-composer.js';
import { axeViolations } from '../../helpers/axe.js';

const shadow = (el: ChatComposerElement) => el.shadowRoot!;
const parts = (el: ChatComposerElement, name: string) => [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const notice = (el: ChatComposerElement) => shadow(el).querySelector('[part~="attachment-notice"]')!;
const names = (el: ChatComposerElement) => parts(el, 'attachment').map((item) => item.querySelector('.attachment-name')!.textContent);

// A 1×1 transparent PNG: a real image file, as a person would attach.
const pngBytes = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const png = (name = 'photo.png') => new File([pngBytes], name, { type: 'image/png' });
const pdf = (name = 'notes.pdf', size = 10) => new File(['%'.repeat(size)], name, { type: 'application/pdf' });

function filesOf(...files: File[]): DataTransfer {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer;
}

/** Chooses files through the composer's own file input, as the file picker does. */
async function choose(el: ChatComposerElement, ...files: File[]) {
  const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
  input.files = filesOf(...files).files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<chat-composer> attachments', () => {
  it('takes files from the attach button: an image as a thumbnail, a PDF by name, each removable by its name', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer accept="image/*,.pdf"></chat-composer>`);
    const attach = parts(el, 'attach')[0];
    expect(attach.getAttribute('aria-label')).to.equal('Attach files');
    expect(shadow(el).querySelector('input[type="file"]')!.getAttribute('accept')).to.equal('image/*,.pdf');
    await choose(el, png(), pdf());
    expect(names(el)).to.deep.equal(['photo.png', 'notes.pdf']);
    expect(parts(el, 'attachment')[0].querySelector('img')!.src).to.match(/^blob:/);
    expect(parts(el, 'attachment')[1].querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('[part~="attachments"]')!.getAttribute('aria-label')).to.equal('Attachments');
    expect(await axeViolations(el)).to.deep.equal([]);
    const remove = parts(el, 'remove-attachment')[0];
    expect(remove.getAttribute('aria-label')).to.equal('Remove photo.png');
    remove.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['notes.pdf']);
  });

  it('refuses a file the accept list rules out and one over max-file-size with a notice read out, and keeps the rest', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer accept="image/png,.pdf" max-file-size="2000000"></chat-composer>`);
    await choose(el, new File(['x'], 'tool.exe', { type: 'application/x-msdownload' }), pdf('huge.pdf', 2_500_000), png());
    expect(names(el)).to.deep.equal(['photo.png']);
    expect(notice(el).getAttribute('role')).to.equal('status');
    expect(notice(el).textContent).to.contain('tool.exe cannot be attached: this chat takes image/png,.pdf');
    expect(notice(el).textContent).to.contain('huge.pdf cannot be attached: files can be up to 2 MB');
    expect(notice(el).getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('takes pasted and dropped files, and leaves pastes alone without accept', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer accept="image/*"></chat-composer>`);
    const paste = new ClipboardEvent('paste', { clipboardData: filesOf(png('pasted.png')), bubbles: true, cancelable: true, composed: true });
    shadow(el).querySelector('textarea')!.dispatchEvent(paste);
    expect(paste.defaultPrevented).to.equal(true);
    const form = shadow(el).querySelector('form')!;
    const over = new DragEvent('dragover', { dataTransfer: filesOf(png('dropped.png')), bubbles: true, cancelable: true });
    form.dispatchEvent(over);
    expect(over.defaultPrevented, 'the composer is a drop target').to.equal(true);
    form.dispatchEvent(new DragEvent('drop', { dataTransfer: filesOf(png('dropped.png')), bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['pasted.png', 'dropped.png']);

    const plain = await fixture<ChatComposerElement>(html`<chat-composer></chat-composer>`);
    const ignored = new ClipboardEvent('paste', { clipboardData: filesOf(png()), bubbles: true, cancelable: true });
    shadow(plain).querySelector('textarea')!.dispatchEvent(ignored);
    expect(ignored.defaultPrevented).to.equal(false);
    expect(parts(plain, 'attach')).to.have.length(0);
  });

  it('sends the files as data: URLs with the text in chat-submit, then empties the box and the list', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer accept="image/*"></chat-composer>`);
    await choose(el, png());
    shadow(el).querySelector('textarea')!.focus();
    await sendKeys({ type: 'what is this?' });
    const submitted = oneEvent(el, 'chat-submit') as Promise<CustomEvent<ChatSubmitDetail>>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail.text).to.equal('what is this?');
    expect(detail.attachments).to.have.length(1);
    expect(detail.attachments[0]).to.include({ name: 'photo.png', mediaType: 'image/png', size: pngBytes.length });
    const body = await (await fetch(detail.attachments[0].url)).arrayBuffer();
    expect([...new Uint8Array(body)]).to.deep.equal([...pngBytes]);
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
    expect(shadow(el).querySelector('textarea')!.value).to.equal('');
  });

  it('sends a file alone, without text', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer accept=".pdf"></chat-composer>`);
    await choose(el, pdf());
    expect(parts(el, 'send')[0].hasAttribute('disabled')).to.equal(false);
    const submitted = oneEvent(el, 'chat-submit') as Promise<CustomEvent<ChatSubmitDetail>>;
    parts(el, 'send')[0].click();
    expect((await submitted).detail.attachments.map((a) => a.name)).to.deep.equal(['notes.pdf']);
  });

  it('shows "Uploading…" while .upload runs, waits for it on send, and sends the URL it gave', async () => {
    let finish!: (value: { url: string }) => void;
    const uploaded: string[] = [];
    const el = await fixture<ChatComposerElement>(
      html`<chat-composer
        accept="image/*"
        .upload=${(file: File) => {
          uploaded.push(file.name);
          return new Promise<{ url: string }>((resolve) => (finish = resolve));
        }}
      ></chat-composer>`,
    );
    await choose(el, png());
    expect(uploaded).to.deep.equal(['photo.png']);
    expect(parts(el, 'attachment')[0].dataset.state).to.equal('uploading');
    expect(parts(el, 'attachment-progress')[0].textContent).to.equal('Uploading…');
    const submits: ChatSubmitDetail[] = [];
    el.addEventListener('chat-submit', (event) => submits.push(event.detail));
    el.value = 'look';
    void el.submit();
    await el.updateComplete;
    expect(submits, 'nothing is sent before the upload ends').to.have.length(0);
    finish({ url: 'https://files.example.com/photo.png' });
    await waitUntil(() => submits.length === 1, 'the message is sent once the upload ends');
    expect(submits[0]).to.deep.equal({ text: 'look', attachments: [{ name: 'photo.png', mediaType: 'image/png', size: pngBytes.length, url: 'https://files.example.com/photo.png' }] });
  });

  it('shows a failed upload, holds the message back with a notice, and sends once the file is removed', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer accept="image/*" .upload=${() => Promise.reject(new Error('403'))}></chat-composer>`);
    await choose(el, png());
    await waitUntil(() => parts(el, 'attachment')[0]?.dataset.state === 'failed', 'the upload fails');
    expect(parts(el, 'attachment-error')[0].textContent).to.equal('Upload failed');
    const submits: ChatSubmitDetail[] = [];
    el.addEventListener('chat-submit', (event) => submits.push(event.detail));
    el.value = 'kept';
    await el.submit();
    await el.updateComplete;
    expect(submits).to.have.length(0);
    expect(notice(el).textContent).to.equal('Remove the files that failed to upload, then send again');
    expect(el.value).to.equal('kept');
    parts(el, 'remove-attachment')[0].click();
    await el.updateComplete;
    await el.submit();
    expect(submits).to.deep.equal([{ text: 'kept', attachments: [] }]);
  });

  it('grows with its text up to a limit, then scrolls', async () => {
    const el = await fixture<ChatComposerElement>(html`<chat-composer></chat-composer>`);
    const area = shadow(el).querySelector('textarea')!;
    const empty = area.getBoundingClientRect().height;
    el.value = 'one\ntwo\nthree';
    await el.updateComplete;
    const three = area.getBoundingClientRect().height;
    expect(three).to.be.greaterThan(empty);
    el.value = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n');
    await el.updateComplete;
    const capped = area.getBoundingClientRect().height;
    expect(capped).to.be.greaterThan(three);
    expect(capped).to.be.lessThan(200);
    expect(area.scrollHeight).to.be.greaterThan(capped);
  });
});

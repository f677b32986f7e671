import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Attachment } from '../../types.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { accepts, fileSizeText, isImage, readAsDataUrl } from './attachment-files.js';

/** Uploads a file before it is sent (a Rails Active Storage direct upload, say) and says where it is. */
export type UploadHook = (file: File) => Promise<{ url: string }>;

interface Pending {
  file: File;
  state: 'uploading' | 'ready' | 'failed';
  /** An object URL for an image's thumbnail, revoked when the file goes. */
  preview?: string;
  attachment?: Attachment;
  done: Promise<void>;
}

export interface ComposerAttachmentsOptions {
  accept(): string | undefined;
  maxFileSize(): number | undefined;
  upload(): UploadHook | undefined;
  l10n: LocalizeController;
}

/**
 * The files a composer will send: taken from the file button, a paste or a drop, checked against
 * `accept` and `max-file-size` (a refused file gets a notice, read out), uploaded or read into a
 * `data:` URL at once, shown with a remove button until the message goes.
 */
export class ComposerAttachments implements ReactiveController {
  items: Pending[] = [];
  /** The latest notice (a refused file, a send held back). */
  notice = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ComposerAttachmentsOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** Takes files in, refusing those `accept` or `max-file-size` rule out. */
  add(files: Iterable<File>): void {
    const accept = this.options.accept() ?? '';
    const limit = this.options.maxFileSize();
    const { l10n } = this.options;
    const refused: string[] = [];
    for (const file of files) {
      if (accept.trim() && !accepts(accept, file)) refused.push(l10n.text('fileRefusedType', { name: file.name, accept }));
      else if (limit !== undefined && limit > 0 && file.size > limit) refused.push(l10n.text('fileTooLarge', { name: file.name, size: fileSizeText(limit, l10n.lang) }));
      else this.items = [...this.items, this.start(file)];
    }
    this.notice = refused.join(' ');
    this.host.requestUpdate();
  }

  remove(item: Pending): void {
    if (item.preview) URL.revokeObjectURL(item.preview);
    this.items = this.items.filter((candidate) => candidate !== item);
    this.notice = '';
    this.host.requestUpdate();
  }

  clear(): void {
    for (const item of this.items) if (item.preview) URL.revokeObjectURL(item.preview);
    this.items = [];
    this.notice = '';
    this.host.requestUpdate();
  }

  /** Some file is still being uploaded or read. */
  get pending(): boolean {
    return this.items.some((item) => item.state === 'uploading');
  }

  /** Resolves when no file is pending any more. */
  async settled(): Promise<void> {
    await Promise.all(this.items.map((item) => item.done));
  }

  /** The attachments to send; undefined (with a notice) while one is pending or has failed. */
  ready(): Attachment[] | undefined {
    if (this.items.some((item) => item.state !== 'ready')) {
      this.notice = this.options.l10n.text('attachmentsFailed');
      this.host.requestUpdate();
      return undefined;
    }
    return this.items.map((item) => item.attachment!);
  }

  private start(file: File): Pending {
    const item: Pending = { file, state: 'uploading', preview: isImage(file.type) ? URL.createObjectURL(file) : undefined, done: Promise.resolve() };
    const upload = this.options.upload();
    item.done = (upload ? upload(file).then((result) => result.url) : readAsDataUrl(file)).then(
      (url) => {
        if (typeof url !== 'string' || !url) throw new TypeError('upload() must resolve to { url }');
        item.attachment = { name: file.name, mediaType: file.type || 'application/octet-stream', size: file.size, url };
        item.state = 'ready';
      },
      () => {
        item.state = 'failed';
      },
    );
    void item.done.then(() => this.host.requestUpdate());
    return item;
  }

  /** The files waiting to be sent, each with its state and a remove button. */
  render() {
    const { l10n } = this.options;
    return html`${this.items.length
        ? html`<ul class="attachments" part="attachments" aria-label=${l10n.text('attachments')}>
            ${this.items.map(
              (item) => html`<li class="attachment" part="attachment" data-state=${item.state}>
                ${item.preview ? html`<img class="thumbnail" src=${item.preview} alt="" />` : html`<span class="file-icon" aria-hidden="true">${/\.(\w{1,4})$/.exec(item.file.name)?.[1] ?? ''}</span>`}
                <span class="attachment-text">
                  <span class="attachment-name">${item.file.name}</span>
                  ${item.state === 'uploading' ? html`<span class="attachment-state" part="attachment-progress">${l10n.text('uploading')}</span>` : nothing}
                  ${item.state === 'failed' ? html`<span class="attachment-state failed" part="attachment-error">${l10n.text('uploadFailed')}</span>` : nothing}
                </span>
                <button type="button" class="remove" part="remove-attachment" aria-label=${l10n.text('removeAttachment', { name: item.file.name })} @click=${() => this.remove(item)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}<p class="notice" part="attachment-notice" role="status">${this.notice}</p>`;
  }
}

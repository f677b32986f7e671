import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Attachment } from '../../types.js';
import { defineElement } from '../shared/define-element.js';
import { buttonBase, focusRing, themeTokens } from '../shared/theme.js';
import { chatComposerStyles } from './chat-composer.styles.js';
import { LocalizeController } from '../shared/localize-controller.js';
import type { ChatStringKey, ChatStrings } from '../../locales/en.js';
import { ComposerAttachments, type UploadHook } from './composer-attachments.js';

export type { UploadHook } from './composer-attachments.js';

const paperclip = svg`<svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="m21 11-8.5 8.5a5 5 0 0 1-7-7L14 4a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4L15.5 7"/></svg>`;

/** Browsers without `field-sizing` grow the text area from script. */
const sizesItself = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/** What `chat-submit` carries: the text as typed, and the files sent with it. */
export interface ChatSubmitDetail {
  text: string;
  attachments: Attachment[];
}

/**
 * @summary A message box: Enter sends, Shift+Enter adds a line, input-method composition is
 * respected; Send is disabled while there is nothing to send; Stop (and Escape) while `busy`.
 *
 * Usable on its own, or as `<chat-stream>`'s composer (which `slot="composer"` replaces).
 *
 * @event chat-submit - The person sent their text. `detail: { text, attachments }`; cancelable (a cancelled submit keeps the draft).
 * @event chat-stop - The person asked to stop the streaming reply (Stop, or Escape while `busy`).
 *
 * @csspart composer - The form.
 * @csspart input - The text area.
 * @csspart send - The send button.
 * @csspart stop - The stop button (while `busy`).
 * @csspart attach - The button that picks files (with `accept`).
 * @csspart attachments - The list of files to send.
 * @csspart attachment - One file to send: a thumbnail or an icon, its name, its state (`data-state`: `uploading`, `ready`, `failed`).
 * @csspart attachment-progress - "Uploading…" on a file being uploaded.
 * @csspart attachment-error - "Upload failed" on a file whose upload failed.
 * @csspart remove-attachment - A file's remove button.
 * @csspart attachment-notice - Why a file was refused or a message held back (a live region).
 */
export class ChatComposerElement extends LitElement {
  static override styles = [themeTokens, focusRing, buttonBase, chatComposerStyles];
  // Focusing the element focuses its text area.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Defines the element under `tag` (default `chat-composer`); warns instead of throwing when the tag is taken. */
  static define(tag = 'chat-composer'): void {
    defineElement(tag, this);
  }

  /** Placeholder of the text area (default: the `placeholder` string). */
  @property() placeholder?: string;

  /** UI text by key (`placeholder`, `inputLabel`, `send`, `stop`); else those of the `<chat-stream>` around it, else English. */
  @property({ attribute: false }) strings?: Partial<ChatStrings>;

  /** Language of numbers and plural forms; default: the nearest `lang` in the page. */
  @property({ reflect: true }) override lang!: string;

  /** A reply is streaming: Stop shows, and Escape stops it. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** The draft being typed. */
  @property() value = '';

  /**
   * Files the person may attach, as a file input's `accept` list (`image/*,.pdf`); without it
   * the composer takes no files. Files come by the attach button, paste and drop.
   */
  @property() accept?: string;

  /** Largest file taken, in bytes; larger ones are refused with a notice. */
  @property({ type: Number, attribute: 'max-file-size' }) maxFileSize?: number;

  /** Uploads each file as it is attached, resolving to `{ url }`; without it files are sent as `data:` URLs. Send waits for uploads. */
  @property({ attribute: false }) upload?: UploadHook;

  @query('textarea') private textarea?: HTMLTextAreaElement;

  private readonly l10n = new LocalizeController(this);
  private readonly files = new ComposerAttachments(this, {
    accept: () => this.accept,
    maxFileSize: () => this.maxFileSize,
    upload: () => this.upload,
    l10n: this.l10n,
  });
  /** A send waits for uploads: a second Enter meanwhile does not send twice. */
  private sending = false;

  /** A piece of UI text, from `.strings` (see `LocalizeController`). */
  private text(key: ChatStringKey): string {
    return this.l10n.text(key);
  }

  /**
   * Sends the draft and its files (as Enter or Send do), once every upload has finished: fires
   * `chat-submit` and, unless it is cancelled, empties the box. A failed upload holds it back with a notice.
   */
  async submit(): Promise<void> {
    const text = this.value;
    if ((!text.trim() && !this.files.items.length) || this.sending) return;
    this.sending = true;
    try {
      // Without files in flight the event fires at once, as it always did.
      if (this.files.pending) await this.files.settled();
      const attachments = this.files.ready();
      if (!attachments) return;
      // What was typed while the files uploaded goes too.
      const detail: ChatSubmitDetail = { text: this.value, attachments };
      const event = new CustomEvent('chat-submit', { detail, bubbles: true, composed: true, cancelable: true });
      if (this.dispatchEvent(event)) {
        this.value = '';
        this.files.clear();
      }
    } finally {
      this.sending = false;
      this.textarea?.focus();
    }
  }

  /** Asks for the streaming reply to stop: fires `chat-stop`. */
  stop(): void {
    this.dispatchEvent(new CustomEvent('chat-stop', { bubbles: true, composed: true }));
    this.textarea?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value') && !sizesItself && this.textarea) {
      // Grow with the text (the CSS max-block-size caps it): measure from the smallest height.
      this.textarea.style.blockSize = 'auto';
      this.textarea.style.blockSize = `${this.textarea.scrollHeight}px`;
    }
  }

  protected override render() {
    const empty = !this.value.trim() && !this.files.items.length;
    const takesFiles = !!this.accept?.trim();
    return html`<form class="composer" part="composer" @submit=${this.onSubmit} @dragover=${this.onDragOver} @drop=${this.onDrop}>
      ${takesFiles ? this.files.render() : nothing}
      ${takesFiles
        ? html`<button type="button" class="attach" part="attach" aria-label=${this.text('attachFiles')} title=${this.text('attachFiles')} @click=${this.onAttachClick}>${paperclip}</button
            ><input type="file" hidden multiple accept=${this.accept!} @change=${this.onFilesChosen} />`
        : nothing}
      <textarea
        part="input"
        rows="1"
        aria-label=${this.text('inputLabel')}
        placeholder=${this.placeholder ?? this.text('placeholder')}
        .value=${this.value}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @paste=${this.onPaste}
      ></textarea>
      ${this.busy ? html`<button class="stop" part="stop" type="button" @click=${this.onStopClick}>${this.text('stop')}</button>` : nothing}
      <button class="send" part="send" type="submit" ?disabled=${empty}>${this.text('send')}</button>
    </form>`;
  }

  // Arrow functions: Lit binds them as listeners.
  private readonly onKeyDown = (event: KeyboardEvent) => {
    // Never while an input method is composing text: its Enter and Escape belong to it.
    if (event.isComposing) return;
    if (event.key === 'Escape' && this.busy) {
      // Handled here: a conversation around the composer does not stop the reply a second time.
      event.preventDefault();
      this.stop();
    } else if (event.key === 'Enter' && !event.shiftKey) {
      // Enter sends; Shift+Enter adds a line.
      event.preventDefault();
      void this.submit();
    }
  };

  private readonly onAttachClick = () => this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click();

  private readonly onFilesChosen = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this.files.add(Array.from(input.files ?? []));
    // The same file may be chosen again after it was removed.
    input.value = '';
  };

  private readonly onPaste = (event: ClipboardEvent) => {
    const files = Array.from(event.clipboardData?.files ?? []);
    if (!this.accept?.trim() || !files.length) return;
    event.preventDefault();
    this.files.add(files);
  };

  private readonly onDragOver = (event: DragEvent) => {
    if (this.accept?.trim() && event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };

  private readonly onDrop = (event: DragEvent) => {
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (!this.accept?.trim() || !files.length) return;
    event.preventDefault();
    this.files.add(files);
  };

  private readonly onInput = (event: Event) => {
    this.value = (event.target as HTMLTextAreaElement).value;
  };

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    void this.submit();
  };

  private readonly onStopClick = () => {
    this.stop();
  };
}

/** The events of `<chat-composer>` by name. */
export interface ChatComposerEventMap {
  'chat-submit': CustomEvent<ChatSubmitDetail>;
  'chat-stop': CustomEvent<undefined>;
}

declare global {
  // Declaration merging: typed composer events on addEventListener.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ChatComposerEventMap {}
}

import { html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Attachment } from '../../types.js';
import { defineElement } from '../shared/define-element.js';
import { buttonBase, focusRing, themeTokens } from '../shared/theme.js';
import { chatComposerStyles } from './chat-composer.styles.js';
import { LocalizeController } from '../shared/localize-controller.js';
import type { ChatStringKey, ChatStrings } from '../../locales/en.js';

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

  @query('textarea') private textarea?: HTMLTextAreaElement;

  private readonly l10n = new LocalizeController(this);

  /** A piece of UI text, from `.strings` (see `LocalizeController`). */
  private text(key: ChatStringKey): string {
    return this.l10n.text(key);
  }

  /** Sends the draft (as Enter or Send do): fires `chat-submit` and, unless it is cancelled, empties the box. */
  submit(): void {
    const text = this.value;
    if (!text.trim()) return;
    const detail: ChatSubmitDetail = { text, attachments: [] };
    const event = new CustomEvent('chat-submit', { detail, bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(event)) this.value = '';
    this.textarea?.focus();
  }

  /** Asks for the streaming reply to stop: fires `chat-stop`. */
  stop(): void {
    this.dispatchEvent(new CustomEvent('chat-stop', { bubbles: true, composed: true }));
    this.textarea?.focus();
  }

  protected override render() {
    const empty = !this.value.trim();
    return html`<form class="composer" part="composer" @submit=${this.onSubmit}>
      <textarea
        part="input"
        rows="1"
        aria-label=${this.text('inputLabel')}
        placeholder=${this.placeholder ?? this.text('placeholder')}
        .value=${this.value}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
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
      this.submit();
    }
  };

  private readonly onInput = (event: Event) => {
    this.value = (event.target as HTMLTextAreaElement).value;
  };

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    this.submit();
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

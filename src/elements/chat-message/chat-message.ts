import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { copyLabelIds } from '../../markdown/code-copy.js';
import { warmUpMarkdown } from '../../markdown/warm-up.js';
import type { Chat } from '../../store/chat.js';
import type { Message, MessageStatus, Role, ToolCall } from '../../types.js';
import type { ReplyPhase } from '../../markdown/streaming-markdown-view.js';
import { chatContext } from '../shared/chat-context.js';
import { defineElement } from '../shared/define-element.js';
import { focusRing, themeTokens, visuallyHidden } from '../shared/theme.js';
import { LocalizeController } from '../shared/localize-controller.js';
import type { ChatStrings } from '../../locales/en.js';
import { chatMessageStyles } from './chat-message.styles.js';
import { renderErrorNotice } from './error-notice.js';
import { legacyRole } from './legacy-role.js';
import { LightDomText } from './light-dom-text.js';
import { MarkdownReadiness } from './markdown-readiness.js';
import { nextFrame } from './next-frame.js';
import { MessageParts, type PartsInput } from './parts/render-parts.js';
import type { ToolRenderer } from './parts/tool-call-part.js';
import { MessageActions, type ChatEditDetail } from './message-actions.js';
import { messageActionsStyles } from './message-actions.styles.js';
import { messageAttachmentsStyles, renderMessageAttachments } from './message-attachments.js';
import { usageText } from './usage-text.js';

export type { ToolRenderer } from './parts/tool-call-part.js';

/** What `chat-tool-approval` carries when a standalone message (no `<chat-stream>` around it) fires it. */
export interface ChatToolApprovalDetail {
  message: Message | undefined;
  toolCall: ToolCall;
  approved: boolean;
}

/** What `chat-retry` carries: the failed message (undefined for a standalone element). */
export interface ChatRetryDetail {
  message: Message | undefined;
}

/** How content is shown: sanitized markdown, or plain text. */
export type MessageFormat = 'markdown' | 'text';

/**
 * @summary One chat message: its parts in stream order (markdown sanitized block by block, or text;
 * reasoning, tool calls, files, sources), token usage, and an error notice with a retry button.
 * Data parts are not shown (they are the app's: read them from `message.parts`).
 *
 * @slot avatar - Shown beside the bubble (an image or initials). Not part of the content.
 *
 * @event chat-tool-approval - Standalone only (inside `<chat-stream>` the conversation fires it): the reader pressed
 * Approve or Deny on a tool call. `detail: { message, toolCall, approved }`; bubbles, is composed.
 * @event chat-retry - The reader pressed Retry on a failed reply. `detail: { message }`; bubbles, is composed and
 * cancelable. Inside `<chat-stream>` (which provides its chat through `chatContext`) the reply is then
 * asked again, unless a listener cancels the event.
 * @event chat-edit - The reader sent an edited user message. `detail: { message, text }`; bubbles, is composed and
 * cancelable. Unless a listener cancels it, the conversation replaces that message and asks again.
 *
 * @csspart message - The row holding the avatar and the bubble.
 * @csspart bubble - The message's box.
 * @csspart content - The rendered text (one per text part of the message).
 * @csspart reasoning - The reasoning disclosure (`<details>`), open while it streams.
 * @csspart tool-error - A failed tool call's error text.
 * @csspart approve - A tool call's Approve button (approval requests).
 * @csspart deny - A tool call's Deny button (approval requests).
 * @csspart sources - The numbered list of sources.
 * @csspart citation - A citation's superscript number, linking to its source in the list.
 * @csspart file - A file: an image, or a download link.
 * @csspart code-block - The wrapper of a code block and its copy button.
 * @csspart copy-button - A code block's copy button.
 * @csspart tool-call - One tool call (a `<details>` card; `data-state` is its state).
 * @csspart tool-arguments - A tool call's arguments.
 * @csspart tool-result - A tool call's result.
 * @csspart stopped - The "Stopped" marker on a reply the reader stopped.
 * @csspart error - The error notice (`role="alert"`).
 * @csspart retry - The retry button.
 * @csspart usage - The footer with token usage and model.
 * @csspart attachments - The files sent with a user message (images as thumbnails, other files by name).
 * @csspart attachment - One of those files.
 * @csspart actions - The row of actions under a finished message (shown on hover and keyboard focus; always on the conversation's last message).
 * @csspart copy - Copies the message as markdown.
 * @csspart regenerate - Asks the conversation's last reply again.
 * @csspart edit - Opens the inline editor of a user message.
 * @csspart feedback-up - Rates a reply as good (`aria-pressed`; pressing again takes it back).
 * @csspart feedback-down - Rates a reply as bad.
 * @csspart editor - The inline editor (text area, Cancel, Send) in a user message's bubble.
 * @csspart editor-input - The inline editor's text area.
 * @csspart editor-cancel - The inline editor's Cancel button.
 * @csspart editor-send - The inline editor's Send button.
 *
 * @cssproperty --chat-font - Font family.
 * @cssproperty --chat-font-size - Base font size.
 * @cssproperty --chat-mono-font - Font family of code.
 * @cssproperty --chat-radius - Corner radius.
 * @cssproperty --chat-text - Text colour.
 * @cssproperty --chat-muted - Secondary text colour.
 * @cssproperty --chat-border - Hairline colour.
 * @cssproperty --chat-user-bg - Background of user messages.
 * @cssproperty --chat-assistant-bg - Background of assistant messages.
 * @cssproperty --chat-system-bg - Background of system and tool messages.
 * @cssproperty --chat-accent - Links and accents.
 * @cssproperty --chat-error - Error text and border.
 * @cssproperty --chat-error-bg - Error notice background.
 * @cssproperty --chat-code-bg - Code background.
 * @cssproperty --chat-focus-ring - Focus outline colour.
 */
export class ChatMessageElement extends LitElement {
  static override styles = [themeTokens, focusRing, visuallyHidden, chatMessageStyles, messageActionsStyles, messageAttachmentsStyles];

  /** Defines the element under `tag` (default `chat-message`); warns instead of throwing when the tag is taken. */
  static define(tag = 'chat-message'): void {
    defineElement(tag, this);
  }

  /**
   * Prepares what showing content in `format` needs, in idle time, so the first reply does not pay
   * for it (markdown: compiling the parser's rules and the DOM builder).
   */
  static prepare(format: MessageFormat): void {
    if (format === 'markdown') warmUpMarkdown();
  }

  /** Who wrote it: `user`, `assistant`, `system` or `tool`. Taken from `.message` when set. The host keeps its ARIA role. */
  @property({ reflect: true }) from: Role = 'assistant';

  /** `pending`, `streaming`, `complete`, `error` or `stopped`. Taken from `.message` when set. */
  @property({ reflect: true }) status: MessageStatus = 'complete';

  /** `markdown` (sanitized, the default) or `text`. */
  @property({ reflect: true }) format: MessageFormat = 'markdown';

  /**
   * Raw HTML in markdown is rendered, sanitized, instead of shown as text. Needs the
   * `chat-stream-elements/html` add-on (the ES module bundle loads it by itself).
   */
  @property({ type: Boolean, attribute: 'allow-html' }) allowHtml = false;

  /** Finished code blocks are syntax-highlighted (the `chat-stream-elements/highlight` add-on). */
  @property({ type: Boolean }) highlight = false;

  /** TeX math (`$$…$$`, `\[…\]`, `\(…\)`, `$…$`) is typeset (the `chat-stream-elements/math` add-on). */
  @property({ type: Boolean }) math = false;

  /** The message shown. Without one, the element's own light-DOM text is its content. */
  @property({ attribute: false }) message?: Message;

  /**
   * Renders a tool call your own way: `(call, message) => Node | string | undefined`. What it
   * returns replaces the call's default card; undefined keeps the card. Called again when the call changes.
   */
  @property({ attribute: false }) renderTool?: ToolRenderer;

  /** UI text by key (any of `ChatStrings`); else those of the `<chat-stream>` around it, else English. */
  @property({ attribute: false }) strings?: Partial<ChatStrings>;

  /** Language of numbers, times and plural forms; default: the nearest `lang` in the page. */
  @property({ reflect: true }) override lang!: string;

  /** The conversation this message belongs to, when inside one (`<chat-stream>` provides it): its actions act on it. */
  @consume({ context: chatContext, subscribe: true })
  @state()
  private chat?: Chat;

  private readonly lightText = new LightDomText(this);
  private readonly l10n = new LocalizeController(this);
  private readonly parts = new MessageParts({ l10n: this.l10n, answer: (call, approved) => this.answerApproval(call, approved) });
  private readonly actions = new MessageActions(this, {
    chat: () => this.chat,
    source: () => (this.message ? this.message.content : this.lightText.text),
    l10n: this.l10n,
  });
  private readonly markdown = new MarkdownReadiness(this);

  /**
   * Updates wait for the next animation frame, so a burst of chunks reaches the DOM once per frame.
   * Not the first one of a standalone message: one that arrives with its content (a Turbo Stream
   * replace, which Turbo applies inside a frame callback) must paint it in that frame, not one
   * frame later. (`<chat-stream>` times the first render of the messages it adds itself.)
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && !this.message) {
      super.scheduleUpdate();
      return;
    }
    await nextFrame();
    super.scheduleUpdate();
  }

  /** Also waits for the markdown renderer, so `await updateComplete` sees the content rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.markdown.settle(() => super.getUpdateComplete());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // 0.1 markup (`role="user"`): read it once as `from`; the attribute itself stays the page's.
    const legacy = legacyRole(this);
    if (legacy) this.from = legacy;
  }

  /** Opens the inline editor of a user message in a conversation (as its Edit button does). */
  startEdit(): void {
    this.actions.startEdit();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('message')) {
      this.lightText.setEnabled(!this.message);
      if (this.message) {
        this.from = this.message.role;
        this.status = this.message.status;
      }
    }
  }

  protected override render() {
    const message = this.message;
    const usage = usageText(message?.usage, message?.model, this.l10n);
    // The copy buttons' names come first in the tree, so no id in the content can shadow them.
    return html`${this.renderCopyLabels()}<div class="message" part="message">
      <slot name="avatar"></slot>
      <div class="bubble" part="bubble">
        ${renderMessageAttachments(message?.attachments, this.l10n.text('attachments'))}
        ${this.actions.renderEditor()}
        <div class="body" ?hidden=${this.actions.editing}>${this.parts.render(this.partsInput())}</div>
        ${this.status === 'stopped' ? html`<p part="stopped" class="stopped">${this.l10n.text('stopped')}</p>` : nothing}
        ${this.status === 'error' ? renderErrorNotice(message?.error, this.l10n, this.onRetryClick) : nothing}
        ${usage ? html`<footer part="usage" class="usage">${usage}</footer>` : nothing}
      </div>
    </div>
    ${this.actions.render()}`;
  }

  /** The hidden texts the copy buttons of code blocks are named by (`aria-labelledby`), in this element's language. */
  private renderCopyLabels() {
    const { copy, copied, failed } = copyLabelIds;
    return html`<span hidden id=${copy}>${this.l10n.text('copyCode')}</span><span hidden id=${copied}>${this.l10n.text('copied')}</span
      ><span hidden id=${failed}>${this.l10n.text('copyFailed')}</span>`;
  }

  protected override updated(): void {
    const features = this.markdown.features(this.format === 'text' ? 'text' : 'markdown', this);
    if (!features) return;
    this.parts.update(this.renderRoot, this.partsInput(), features);
    const streaming = this.status === 'streaming' || this.status === 'pending';
    if (streaming) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  private partsInput(): PartsInput {
    const status = this.status;
    const phase: ReplyPhase = status === 'streaming' || status === 'pending' ? 'streaming' : status === 'complete' ? 'complete' : 'cut';
    return { message: this.message, text: this.message ? '' : this.lightText.text, format: this.format === 'text' ? 'text' : 'markdown', phase, renderTool: this.renderTool };
  }

  /** Approve or Deny: the conversation answers (and fires `chat-tool-approval`); a standalone message only says so. */
  private answerApproval(toolCall: ToolCall, approved: boolean) {
    if (this.chat) {
      this.chat.respondToToolApproval(toolCall.id, approved);
      return;
    }
    this.dispatchEvent(new CustomEvent<ChatToolApprovalDetail>('chat-tool-approval', { bubbles: true, composed: true, detail: { message: this.message, toolCall, approved } }));
  }

  // Arrow functions: Lit binds them as listeners.
  private readonly onRetryClick = () => {
    const event = new CustomEvent<ChatRetryDetail>('chat-retry', { bubbles: true, composed: true, cancelable: true, detail: { message: this.message } });
    if (this.dispatchEvent(event)) void this.chat?.retry();
  };
}

declare global {
  interface HTMLElementEventMap {
    'chat-retry': CustomEvent<ChatRetryDetail>;
    'chat-edit': CustomEvent<ChatEditDetail>;
  }
}

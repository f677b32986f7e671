import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { StreamingMarkdownView } from '../../markdown/streaming-markdown-view.js';
import { loadMarkdownRenderer, markdownRenderer } from '../../markdown/markdown-loader.js';
import { StreamingTextView } from '../../markdown/streaming-text-view.js';
import { copyLabelIds, handleCopyClick } from '../../markdown/code-copy.js';
import { warmUpMarkdown } from '../../markdown/warm-up.js';
import { getAddOn } from '../../addons/registry.js';
import { loadAddOnOrReport } from '../../markdown/enhance.js';
import { featuresKey, type MarkdownFeatures } from '../../markdown/features.js';
import type { Chat } from '../../store/chat.js';
import type { Message, MessageStatus, Role, ToolCall } from '../../types.js';
import { chatContext } from '../shared/chat-context.js';
import { defineElement } from '../shared/define-element.js';
import { focusRing, themeTokens } from '../shared/theme.js';
import { LocalizeController } from '../shared/localize-controller.js';
import type { ChatStrings } from '../../locales/en.js';
import { chatMessageStyles } from './chat-message.styles.js';
import { errorSummary } from './error-text.js';
import { LightDomText } from './light-dom-text.js';
import { formatArguments, formatResult } from './tool-call-text.js';
import { usageText } from './usage-text.js';

/** What `chat-retry` carries: the failed message (undefined for a standalone element). */
export interface ChatRetryDetail {
  message: Message | undefined;
}

/** How content is shown: sanitized markdown, or plain text. */
export type MessageFormat = 'markdown' | 'text';

const roles = new Set<string>(['user', 'assistant', 'system', 'tool']);
let warnedRole = false;
const warnRoleOnce = () => {
  if (warnedRole) return;
  warnedRole = true;
  console.warn('chat-stream-elements: <chat-message role="…"> is deprecated; use from="…" (role is the ARIA attribute).');
};

/** Longest wait for a frame; a hidden tab runs no frames but should still catch up. */
const FRAME_FALLBACK_MS = 100;

/**
 * @summary One chat message: streamed markdown (sanitized block by block) or text, tool calls,
 * token usage, and an error notice with a retry button.
 *
 * @slot avatar - Shown beside the bubble (an image or initials). Not part of the content.
 *
 * @event chat-retry - The reader pressed Retry on a failed reply. `detail: { message }`; bubbles, is composed and
 * cancelable. Inside `<chat-stream>` (which provides its chat through `chatContext`) the reply is then
 * asked again, unless a listener cancels the event.
 *
 * @csspart message - The row holding the avatar and the bubble.
 * @csspart bubble - The message's box.
 * @csspart content - The rendered content.
 * @csspart code-block - The wrapper of a code block and its copy button.
 * @csspart copy-button - A code block's copy button.
 * @csspart tool-call - One tool call (a `<details>` row).
 * @csspart tool-arguments - A tool call's arguments.
 * @csspart tool-result - A tool call's result.
 * @csspart stopped - The "Stopped" marker on a reply the reader stopped.
 * @csspart error - The error notice (`role="alert"`).
 * @csspart retry - The retry button.
 * @csspart usage - The footer with token usage and model.
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
  static override styles = [themeTokens, focusRing, chatMessageStyles];

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
  private view?: StreamingMarkdownView | StreamingTextView;
  /** The markdown renderer's chunk, while it loads (see `markdown-loader.ts`); whether it failed to. */
  private markdownLoading: Promise<void> | undefined;
  private markdownFailed = false;
  /** The html add-on: being loaded, or known to be missing (raw HTML then stays text). */
  private htmlAddOn: 'loading' | 'missing' | undefined;

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
    await new Promise<void>((resolve) => {
      const fallback = setTimeout(resolve, FRAME_FALLBACK_MS);
      requestAnimationFrame(() => {
        clearTimeout(fallback);
        resolve();
      });
    });
    super.scheduleUpdate();
  }

  /** Also waits for the markdown renderer, so `await updateComplete` sees the content rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.markdownLoading) {
      await this.markdownLoading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const legacy = this.getAttribute('role');
    if (!this.hasAttribute('from') && legacy && roles.has(legacy)) {
      // 0.1 markup (`role="user"`): read it once as `from`; the attribute itself stays the page's.
      this.from = legacy as Role;
      warnRoleOnce();
    }
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
        <div part="content" class="content ${this.format === 'text' ? 'text' : 'markdown'}" dir=${this.format === 'text' ? 'auto' : nothing} @click=${this.onContentClick}></div>
        ${message?.toolCalls?.length ? repeat(message.toolCalls, (call) => call.id, (call) => this.renderToolCall(call)) : nothing}
        ${this.status === 'stopped' ? html`<p part="stopped" class="stopped">${this.l10n.text('stopped')}</p>` : nothing}
        ${this.status === 'error' ? this.renderError() : nothing}
        ${usage ? html`<footer part="usage" class="usage">${usage}</footer>` : nothing}
      </div>
    </div>`;
  }

  /** The hidden texts the copy buttons of code blocks are named by (`aria-labelledby`), in this element's language. */
  private renderCopyLabels() {
    const { copy, copied, failed } = copyLabelIds;
    return html`<span hidden id=${copy}>${this.l10n.text('copyCode')}</span><span hidden id=${copied}>${this.l10n.text('copied')}</span
      ><span hidden id=${failed}>${this.l10n.text('copyFailed')}</span>`;
  }

  private renderToolCall(call: ToolCall) {
    const done = call.status === 'complete';
    return html`<details part="tool-call" class="tool-call" data-status=${call.status}>
      <summary>
        <span class="tool-name">${call.name || this.l10n.text('tool')}</span>
        <span class="tool-status">${this.l10n.text(done ? ('result' in call ? 'toolDone' : 'toolCalled') : 'toolRunning')}</span>
      </summary>
      <div class="tool-body">
        <div class="tool-label">${this.l10n.text('toolArguments')}</div>
        <pre part="tool-arguments"><code>${formatArguments(call.arguments)}</code></pre>
        ${'result' in call
          ? html`<div class="tool-label">${this.l10n.text('toolResult')}</div>
              <pre part="tool-result"><code>${formatResult(call.result)}</code></pre>`
          : nothing}
      </div>
    </details>`;
  }

  private renderError() {
    const error = this.message?.error;
    const summary = errorSummary(error, this.l10n);
    const own = error?.message ?? '';
    // "The connection was lost before the reply ended" already says "The connection was lost".
    const saysItAll = own.toLowerCase().startsWith(summary.toLowerCase());
    const detail = own && !saysItAll ? own : '';
    // The server's own words keep their direction (<bdi>): English in an Arabic notice reads as English.
    return html`<div class="error-row">
      <div part="error" class="error" role="alert">
        <span class="error-summary">${saysItAll ? html`<bdi>${own}</bdi>` : summary}</span>${detail ? html`<span class="error-detail">: <bdi>${detail}</bdi></span>` : nothing}
      </div>
      <button type="button" part="retry" class="retry" @click=${this.onRetryClick}>${this.l10n.text('retry')}</button>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const container = this.renderRoot.querySelector<HTMLElement>('[part="content"]');
    if (!container) return;
    const features = this.markdownFeatures();
    if (!features) return;
    const markdown = this.format === 'text' ? undefined : markdownRenderer();
    const stale = this.view && !(this.view instanceof StreamingTextView) && featuresKey(this.view.features) !== featuresKey(features);
    if (!this.view || stale || changed.has('format') || this.view.container !== container) {
      this.view = markdown ? new markdown.StreamingMarkdownView(container, features) : new StreamingTextView(container);
    }
    const streaming = this.status === 'streaming' || this.status === 'pending';
    const text = this.message ? this.message.content : this.lightText.text;
    if (!(this.view instanceof StreamingTextView)) this.view.update(text, streaming ? 'streaming' : this.status === 'complete' ? 'complete' : 'cut');
    else this.view.update(text);
    if (streaming) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  /** The markdown features turned on; undefined while the markdown renderer or the html add-on loads (nothing renders before them). */
  private markdownFeatures(): MarkdownFeatures | undefined {
    if (this.format !== 'text' && !markdownRenderer() && !this.markdownFailed) {
      this.markdownLoading ??= loadMarkdownRenderer().then(
        () => undefined,
        (error: unknown) => {
          // Without its renderer (the chunk failed to load) markdown is shown as the text it is.
          console.error(error);
          this.markdownFailed = true;
        },
      ).finally(() => {
        this.markdownLoading = undefined;
        this.requestUpdate();
      });
      return undefined;
    }
    const features = { allowHtml: this.allowHtml && this.htmlAddOn !== 'missing', highlight: this.highlight, math: this.math };
    if (!features.allowHtml || this.format === 'text' || getAddOn('html')) return features;
    if (this.htmlAddOn !== 'loading') {
      this.htmlAddOn = 'loading';
      void loadAddOnOrReport('html').then((loaded) => {
        this.htmlAddOn = loaded ? undefined : 'missing';
        this.requestUpdate();
      });
    }
    return undefined;
  }

  // Arrow functions: Lit binds them as listeners.
  private readonly onContentClick = (event: Event) => {
    void handleCopyClick(event);
  };

  private readonly onRetryClick = () => {
    const event = new CustomEvent<ChatRetryDetail>('chat-retry', { bubbles: true, composed: true, cancelable: true, detail: { message: this.message } });
    if (this.dispatchEvent(event)) void this.chat?.retry();
  };
}

declare global {
  interface HTMLElementEventMap {
    'chat-retry': CustomEvent<ChatRetryDetail>;
  }
}

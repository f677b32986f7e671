import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { createChat, type Chat, type ChatEventMap } from '../../store/chat.js';
import { StoreController } from '../../store/store-controller.js';
import type { ProtocolName } from '../../protocols/types.js';
import type { ChatStreamError } from '../../errors.js';
import type { ChatStatus, Message, ToolCall, Usage, Chunk } from '../../types.js';
import type { ChatMessageElement } from '../chat-message/chat-message.js';
import { chatContext } from './chat-context.js';
import { bindMessage } from './message-binding.js';
import { transportFromConfig, type TransportName } from './request-config.js';
import type { HeadersOption, RequestBodyShaper } from '../../transport/request-body.js';
import { ScrollPinController } from './scroll-pin-controller.js';
import { CountdownController } from './countdown-controller.js';
import { HistoryWindow } from './history-window.js';
import { warmUpMarkdown } from '../../markdown/warm-up.js';
import { styles } from './chat-stream.styles.js';

export interface ChatStreamEventMap {
  'chat-send': CustomEvent<{ prompt: string }>;
  'chat-message-start': CustomEvent<{ message: Message }>;
  'chat-chunk': CustomEvent<{ message: Message; chunk: Chunk }>;
  'chat-tool-call': CustomEvent<{ message: Message; toolCall: ToolCall }>;
  'chat-message-end': CustomEvent<{ message: Message; usage?: Usage }>;
  'chat-error': CustomEvent<{ message: Message; error: ChatStreamError }>;
}

// Every <chat-message> part, forwarded so `chat-stream::part(bubble)` styles the conversation's messages.
const messageParts = 'message, bubble, content, code-block, copy-button, tool-call, tool-arguments, tool-result, stopped, error, retry, usage';

const storeEvents: Array<[keyof ChatEventMap, keyof ChatStreamEventMap]> = [
  ['messageStart', 'chat-message-start'],
  ['chunk', 'chat-chunk'],
  ['toolCall', 'chat-tool-call'],
  ['messageEnd', 'chat-message-end'],
  ['error', 'chat-error'],
];

/**
 * A whole conversation: messages streaming in from `src`, a typing indicator and a composer.
 *
 * @summary Streams an LLM conversation from an SSE, WebSocket or ActionCable endpoint.
 * @slot composer - Replaces the built-in composer.
 * @slot empty - Shown while there are no messages.
 * @event chat-send - Before a request; cancelable. `detail: { prompt }`
 * @event chat-message-start - The first chunk of a reply arrived. `detail: { message }`
 * @event chat-chunk - Every chunk. `detail: { message, chunk }`
 * @event chat-tool-call - A tool call began or completed. `detail: { message, toolCall }`
 * @event chat-message-end - The reply completed. `detail: { message, usage }`
 * @event chat-error - The reply failed; its partial text stays. `detail: { message, error }`
 * @csspart log - The scrolling `role="log"` region holding the messages.
 * @csspart composer - The built-in composer form.
 * @csspart input - The composer's text area.
 * @csspart send - The send button.
 * @csspart stop - The stop button (while a reply streams).
 * @csspart jump - The "jump to latest" button.
 * @csspart load-earlier - The "Show earlier messages" button above a long history's oldest rendered message.
 * @csspart bubble - Each message's box; every other `<chat-message>` part (`content`, `error`, `retry`, `tool-call`, `usage`, …) is forwarded too.
 * @csspart retry-countdown - "Retrying in N s" while a retry, resume or reconnect waits.
 * @cssproperty --chat-height - Height of the conversation (default 32rem).
 */
export class ChatStreamElement extends LitElement {
  static override styles = styles;

  /** Endpoint URL that streams the assistant's reply. */
  @property() src = '';
  /** Wire format of replies. */
  @property() protocol: ProtocolName | 'auto' = 'auto';
  /** `sse` (fetch), `websocket` or `actioncable`; default `websocket` for ws:/wss: URLs, else `sse`. */
  @property() transport?: TransportName;
  /** With `transport="actioncable"`: the channel, as a class name or JSON `{"channel": "ChatChannel", "chat_id": 7}`; `src` is then the cable URL (default `/cable`). */
  @property() channel?: string;
  /** With `transport="actioncable"`: the broadcast field that numbers chunks 0, 1, 2, … so reordered broadcasts are put back in order. */
  @property() sequence = 'seq';
  /** `POST` (JSON body) or `GET` (prompt as `prompt=`). */
  @property() method: 'GET' | 'POST' = 'POST';
  /** With an `openai`, `openai-responses` or `anthropic` protocol: send the provider's own request body for this model. */
  @property() model?: string;
  /** How assistant content is shown: `markdown` (sanitized) or `text`. */
  @property() format: 'markdown' | 'text' = 'markdown';
  /** Hides the built-in composer. */
  @property({ type: Boolean, attribute: 'no-composer' }) noComposer = false;
  /** Raw HTML in replies is rendered, sanitized (the `chat-stream-elements/html` add-on), instead of shown as text. */
  @property({ type: Boolean, attribute: 'allow-html' }) allowHtml = false;
  /** Finished code blocks in replies are syntax-highlighted (the `chat-stream-elements/highlight` add-on). */
  @property({ type: Boolean }) highlight = false;
  /** TeX math in replies is typeset (the `chat-stream-elements/math` add-on). */
  @property({ type: Boolean }) math = false;
  /** `bottom` follows new text; `top` puts a new reply's start at the top of the view and stays there. */
  @property() anchor: 'bottom' | 'top' = 'bottom';
  /** Placeholder of the composer's text area. */
  @property() placeholder = 'Send a message';
  /** Fail a reply when the server sends nothing for this many milliseconds (no limit by default). */
  @property({ type: Number, attribute: 'idle-timeout' }) idleTimeout?: number;
  /**
   * Resume a dropped stream from its last event id (SSE `Last-Event-ID`, WebSocket reconnect), for
   * servers that support it; and pick up a reply the history ends in while it still streams on
   * the server (a page reloaded mid-reply: `status: 'streaming'` with its `lastEventId`).
   */
  @property({ type: Boolean }) resume = false;
  /** Retry a request that got 429/503 or could not connect, up to this many times, with backoff that honours `Retry-After`. */
  @property({ type: Number, attribute: 'retry-attempts' }) retryAttempts = 0;
  /** Request headers, or a function returning them (CSRF token, Authorization). */
  @property({ attribute: false }) headers: HeadersOption = {};
  /** Shapes the request body. */
  @property({ attribute: false }) body?: RequestBodyShaper;

  @provide({ context: chatContext })
  private chat: Chat = this.createOwnChat();
  private ownsChat = true;

  @state() private draft = '';
  @query('.log') private logElement?: HTMLElement;
  @query('.log-content') private logContent?: HTMLElement;
  @query('textarea') private textarea?: HTMLTextAreaElement;
  @query('[part~="load-earlier"]') private loadEarlierButton?: HTMLButtonElement | null;

  private readonly status$ = new StoreController(this, this.chat.$status);
  private readonly list$ = new StoreController(this, this.chat.$messageAtoms);
  private readonly retry$ = new StoreController(this, this.chat.$retry);
  private readonly countdown = new CountdownController(this);
  private readonly scrollPin = new ScrollPinController(this);
  /** A history given with the store renders its newest messages first, earlier ones as the reader scrolls up. */
  private readonly historyWindow = new HistoryWindow(this);
  private stopEvents: Array<() => void> = [];

  /** The chat store; one is created when not given. */
  get store(): Chat {
    return this.chat;
  }
  set store(chat: Chat) {
    if (chat === this.chat) return;
    this.unlisten();
    this.chat = chat;
    this.ownsChat = false;
    this.historyWindow.reset(chat.$messageAtoms.get());
    this.status$.setAtom(chat.$status);
    this.list$.setAtom(chat.$messageAtoms);
    this.retry$.setAtom(chat.$retry);
    if (this.isConnected) {
      this.listen();
      this.resumeReply();
    }
    // A conversation opens at its latest exchange, even when the reader had scrolled up in the one it replaces.
    if (this.anchor === 'top') void this.openAtLatestTurn();
    else this.scrollPin.scrollToEnd();
  }

  /** Current status (read-only; reflected as the `status` attribute). */
  get status(): ChatStatus {
    return this.chat.$status.get();
  }

  /** A snapshot of the conversation. */
  get messages(): Message[] {
    return this.chat.$messageAtoms.get().map((message) => message.get());
  }

  /** Sends `text` and streams the reply. Resolves when the reply ends, whatever its outcome. */
  async send(text: string): Promise<void> {
    const prompt = text.trim();
    if (!prompt) return;
    const allowed = this.dispatchEvent(new CustomEvent('chat-send', { detail: { prompt }, bubbles: true, composed: true, cancelable: true }));
    if (!allowed) return;
    this.historyWindow.trim(this.chat.$messageAtoms.get());
    if (this.anchor === 'bottom') this.scrollPin.scrollToEnd();
    const pending = this.chat.send(prompt);
    if (this.anchor === 'top') void this.anchorLatestUserMessage();
    await pending;
  }

  /** Aborts the reply; the partial text stays and the message is marked `stopped`. */
  stop(): void {
    this.chat.stop();
  }

  /** Re-sends the last user turn, replacing the failed reply. */
  async retry(): Promise<void> {
    const pending = this.chat.retry();
    if (this.anchor === 'top') void this.anchorLatestUserMessage();
    await pending;
  }

  /** Removes every message. */
  clear(): void {
    this.chat.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.format === 'markdown') warmUpMarkdown();
    this.listen();
    this.resumeReply();
  }

  /** With `resume`, a history that ends in a reply still streaming on the server picks that reply up. */
  private resumeReply() {
    if (this.resume) void this.chat.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unlisten();
    // Moving the element (frameworks, Turbo) disconnects and reconnects in one go; only a real removal aborts.
    queueMicrotask(() => {
      if (!this.isConnected && this.ownsChat) this.chat.stop();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.countdown.until(this.retry$.value?.at);
    this.historyWindow.fit(this.list$.value.length);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setAttribute('status', this.status);
    if (this.logElement && this.logContent) this.scrollPin.observe(this.logElement, this.logContent);
    this.historyWindow.watch(this.logElement, this.loadEarlierButton ?? undefined);
  }

  private createOwnChat(): Chat {
    return createChat({
      protocol: () => this.protocol,
      transport: () =>
        transportFromConfig({
          src: this.src,
          transport: this.transport,
          method: this.method,
          protocol: this.protocol,
          model: this.model,
          headers: this.headers,
          body: this.body,
          channel: this.channel,
          sequence: this.sequence,
          idleTimeout: this.idleTimeout,
          resume: this.resume,
        }),
      retry: () => (this.retryAttempts > 0 ? { attempts: this.retryAttempts } : false),
    });
  }

  private listen() {
    if (this.stopEvents.length) return;
    this.stopEvents = storeEvents.map(([storeEvent, domEvent]) =>
      this.chat.on(storeEvent, (detail) => this.dispatchEvent(new CustomEvent(domEvent, { detail, bubbles: true, composed: true }))),
    );
  }

  private unlisten() {
    for (const stop of this.stopEvents) stop();
    this.stopEvents = [];
  }

  private async anchorLatestUserMessage() {
    await this.updateComplete;
    const users = this.renderRoot.querySelectorAll<HTMLElement>('chat-message[role="user"]');
    const last = users[users.length - 1];
    if (last) this.scrollPin.anchorTop(last);
  }

  /** With `anchor="top"`, a conversation opens at the start of its latest turn, so a long last answer reads from its start. */
  private async openAtLatestTurn() {
    await this.updateComplete;
    const rows = [...this.renderRoot.querySelectorAll<ChatMessageElement>('chat-message')];
    // Once rendered (on the next frame), the messages have their heights.
    await Promise.all(rows.map((row) => row.updateComplete));
    await this.anchorLatestUserMessage();
  }

  private onKeyDown = (event: KeyboardEvent) => {
    // Enter sends; Shift+Enter adds a line; never while an input method is composing text.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    this.submitDraft();
  };

  private onInput = (event: Event) => {
    this.draft = (event.target as HTMLTextAreaElement).value;
  };

  private onSubmit = (event: Event) => {
    event.preventDefault();
    this.submitDraft();
  };

  private submitDraft() {
    const text = this.draft;
    if (!text.trim()) return;
    this.draft = '';
    void this.send(text);
    this.textarea?.focus();
  }

  private onStopClick = () => {
    this.stop();
    this.textarea?.focus();
  };

  private onJumpToLatest = () => {
    this.historyWindow.trim(this.chat.$messageAtoms.get());
    this.scrollPin.scrollToEnd();
  };

  private onShowEarlier = () => {
    this.historyWindow.showEarlier();
  };

  private onRetry = (event: Event) => {
    event.stopPropagation();
    void this.retry();
  };

  protected override render() {
    const status = this.status$.value;
    const atoms = this.list$.value;
    const busy = status === 'submitted' || status === 'streaming';
    return html`<div class="frame">
      <div class="log" part="log" role="log" aria-live="polite" aria-relevant="additions" aria-busy=${busy ? 'true' : 'false'} tabindex="0" aria-label="Conversation" @chat-retry=${this.onRetry}>
        <div class="log-content">
          ${atoms.length === 0 ? html`<slot name="empty"></slot>` : nothing}
          ${this.historyWindow.hidden > 0
            ? html`<button class="load-earlier" part="load-earlier" type="button" @click=${this.onShowEarlier}>Show earlier messages</button>`
            : nothing}
          ${repeat(
            this.historyWindow.shown(atoms),
            (message) => message.get().id,
            (message) =>
              html`<chat-message
                role=${message.get().role}
                format=${message.get().role === 'assistant' ? this.format : 'text'}
                .allowHtml=${this.allowHtml}
                .highlight=${this.highlight}
                .math=${this.math}
                exportparts=${messageParts}
                ${bindMessage(message)}
              ></chat-message>`,
          )}
          <typing-indicator ?active=${status === 'submitted'}></typing-indicator>
        </div>
      </div>
      ${this.renderRetryWait()}
      ${!this.scrollPin.pinned && atoms.length > 0
        ? html`<button class="jump" part="jump" type="button" @click=${this.onJumpToLatest}>Jump to latest ↓</button>`
        : nothing}
      ${this.noComposer ? nothing : this.renderComposer(busy)}
    </div>`;
  }

  private renderRetryWait() {
    const wait = this.retry$.value;
    if (!wait) return nothing;
    const seconds = Math.max(0, Math.ceil((wait.at - Date.now()) / 1000));
    const action = wait.kind === 'resume' ? 'Connection lost. Resuming' : 'Retrying';
    return html`<div class="retry-wait" part="retry-countdown" role="status">
      ${action} in ${seconds} s (attempt ${wait.attempt} of ${wait.attempts}): ${wait.error.message}
    </div>`;
  }

  private renderComposer(busy: boolean) {
    return html`
      <slot name="composer">
        <form class="composer" part="composer" @submit=${this.onSubmit}>
          <textarea
            part="input"
            rows="1"
            aria-label="Message"
            placeholder=${this.placeholder}
            .value=${this.draft}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
          ></textarea>
          ${busy
            ? html`<button class="stop" part="stop" type="button" @click=${this.onStopClick}>Stop</button>`
            : nothing}
          <button class="send" part="send" type="submit" ?disabled=${!this.draft.trim()}>Send</button>
        </form>
      </slot>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chat-stream': ChatStreamElement;
  }
  // Declaration merging: typed chat-* events on addEventListener.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ChatStreamEventMap {}
}

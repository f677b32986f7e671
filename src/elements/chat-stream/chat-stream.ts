import { provide } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Chat } from '../../store/chat.js';
import { StoreController } from '../../store/store-controller.js';
import type { ProtocolName } from '../../protocols/types.js';
import type { HeadersOption, RequestBodyShaper } from '../../transport/request-body.js';
import type { Attachment, ChatStatus, Message } from '../../types.js';
import { ChatComposerElement, type UploadHook } from '../chat-composer/chat-composer.js';
import { ChatMessageElement } from '../chat-message/chat-message.js';
import type { ToolRenderer } from '../chat-message/parts/tool-call-part.js';
import { chatContext } from '../shared/chat-context.js';
import { defineElement } from '../shared/define-element.js';
import { LocalizeController } from '../shared/localize-controller.js';
import type { ChatStrings } from '../../locales/en.js';
import { TypingIndicatorElement } from '../typing-indicator/typing-indicator.js';
import { editPrompt } from './edit-request.js';
import { ChatEventBridge } from './chat-event-bridge.js';
import { focusComposer, renderChatStream, type ChatStreamViewActions } from './chat-stream-view.js';
import { listenForConversationKeys } from './conversation-keys.js';
import { CountdownController } from './countdown-controller.js';
import { createElementChat } from './element-chat.js';
import { HistoryController } from './history-controller.js';
import { LatestExchange } from './latest-exchange.js';
import type { TransportName } from './request-config.js';
import { ScrollController } from './scroll-controller.js';
import { styles } from './chat-stream.styles.js';

export type { ChatStreamEventMap } from './chat-event-bridge.js';

/**
 * A whole conversation: messages streaming in from `src`, a typing indicator and a composer.
 *
 * @summary Streams an LLM conversation from an SSE, WebSocket or ActionCable endpoint.
 * @slot composer - Replaces the built-in `<chat-composer>` (a `chat-submit` event from it sends).
 * @slot empty - A greeting shown while there are no messages, above the suggestions (default: the `emptyGreeting` string).
 * @event chat-send - Before a request; cancelable. `detail: { prompt }`
 * @event chat-message-start - The first chunk of a reply arrived. `detail: { message }`
 * @event chat-chunk - Every chunk. `detail: { message, chunk }`
 * @event chat-tool-call - A tool call began or completed. `detail: { message, toolCall }`
 * @event chat-message-end - The reply completed. `detail: { message, usage }`
 * @event chat-error - The reply failed; its partial text stays. `detail: { message, error }`
 * @event chat-tool-approval - The reader approved or denied a tool call (`respondToToolApproval`). `detail: { message, toolCall, approved }`
 * @event chat-feedback - The reader rated a reply (or took the rating back). `detail: { message, value }`, value `up`, `down` or `null`
 * @event chat-edit - A user message is about to be replaced and asked again (`edit()`, or its inline editor); cancelable. `detail: { message, text }`
 * @csspart greeting - The default greeting of an empty conversation.
 * @csspart suggestions - The list of suggested prompts.
 * @csspart suggestion - One suggested prompt (a button; choosing it sends it).
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

  /**
   * Defines the element under `tag` (default `chat-stream`), and the elements it renders under their
   * own tags (`chat-message`, `typing-indicator`, `chat-composer`) where they are not defined yet.
   */
  static define(tag = 'chat-stream'): void {
    ChatMessageElement.define();
    TypingIndicatorElement.define();
    ChatComposerElement.define();
    defineElement(tag, this);
  }

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
  /** UI text by key (any of `ChatStrings`; English by default), for this element and those inside it. */
  @property({ attribute: false }) strings?: Partial<ChatStrings>;
  /** Language of numbers, times and plural forms; default: the nearest `lang` in the page. */
  @property({ reflect: true }) override lang!: string;
  /** Placeholder of the composer's text area (default: the `placeholder` string). */
  @property() placeholder?: string;
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
  /** Files the composer takes (a file input's `accept` list, `image/*,.pdf`): by button, paste and drop, sent with the prompt. None without it. */
  @property() accept?: string;
  /** Largest file the composer takes, in bytes; larger ones are refused with a notice. */
  @property({ type: Number, attribute: 'max-file-size' }) maxFileSize?: number;
  /** Uploads each attached file first (`async (file) => ({ url })`); without it files go as `data:` URLs. */
  @property({ attribute: false }) upload?: UploadHook;
  /** Starter prompts, shown as buttons while the conversation is empty; choosing one sends it. */
  @property({ attribute: false }) suggestions: string[] = [];
  /** Request headers, or a function returning them (CSRF token, Authorization). */
  @property({ attribute: false }) headers: HeadersOption = {};
  /** Shapes the request body. */
  @property({ attribute: false }) body?: RequestBodyShaper;
  /** Renders a tool call your own way, in every message (see `<chat-message>`'s `renderTool`). */
  @property({ attribute: false }) renderTool?: ToolRenderer;

  @provide({ context: chatContext })
  private chat: Chat = createElementChat(this);
  private ownsChat = true;

  @query('.log') private logElement?: HTMLElement;
  @query('[part~="load-earlier"]') private loadEarlierButton?: HTMLButtonElement | null;

  private readonly status$ = new StoreController(this, this.chat.$status);
  private readonly list$ = new StoreController(this, this.chat.$messageAtoms);
  private readonly wait$ = new StoreController(this, this.chat.$wait);
  private readonly l10n = new LocalizeController(this, true);
  private readonly events = new ChatEventBridge(this, this.chat);
  private readonly scroller = new ScrollController(this, { viewport: () => this.logElement });
  /** A history given with the store renders its newest messages first, earlier ones as the reader scrolls up. */
  private readonly history = new HistoryController(this, {
    messages: () => this.list$.value,
    source: () => this.chat,
    viewport: () => this.logElement,
    sentinel: () => this.loadEarlierButton ?? undefined,
    oldest: () => this.renderRoot.querySelector('chat-message') ?? undefined,
    scroll: this.scroller,
  });
  // Arrow function: a stable getter, kept by the scroller as its target.
  private readonly lastUserRow = () => [...this.renderRoot.querySelectorAll('chat-message[from="user"]')].at(-1);
  private readonly latest = new LatestExchange({ history: this.history, scroller: this.scroller, anchoredTop: () => this.anchor === 'top', lastUserRow: this.lastUserRow });

  /** The chat store; one is created when not given. */
  get store(): Chat {
    return this.chat;
  }
  set store(chat: Chat) {
    if (chat === this.chat) return;
    this.chat = chat;
    this.ownsChat = false;
    this.status$.setAtom(chat.$status);
    this.list$.setAtom(chat.$messageAtoms);
    this.wait$.setAtom(chat.$wait);
    this.events.setChat(chat);
    if (this.isConnected) this.resumeReply();
    this.latest.reset(chat.$messageAtoms.get());
  }

  /** Current status (read-only; reflected as the `status` attribute). */
  get status(): ChatStatus {
    return this.chat.$status.get();
  }

  /** A snapshot of the conversation. */
  get messages(): Message[] {
    return this.chat.$messageAtoms.get().map((message) => message.get());
  }

  /** Sends `text` (and any files) and streams the reply. Resolves when the reply ends, whatever its outcome. */
  async send(text: string, attachments: Attachment[] = []): Promise<void> {
    const prompt = text.trim();
    if (!prompt && !attachments.length) return;
    const detail = attachments.length ? { prompt, attachments } : { prompt };
    // Dispatched here, in the class, so the manifest's analyzer gives `chat-send` its type.
    const allowed = this.dispatchEvent(new CustomEvent('chat-send', { detail, bubbles: true, composed: true, cancelable: true }));
    if (allowed) await this.chat.send(prompt, attachments);
  }

  /** Aborts the reply; the partial text stays and the message is marked `stopped`. */
  stop(): void {
    this.chat.stop();
  }

  /** Re-sends the last user turn, replacing the failed reply. */
  async retry(): Promise<void> {
    await this.chat.retry();
  }

  /**
   * Answers a tool call's approval request (what its Approve and Deny buttons do): the call shows
   * the answer at once, `chat-tool-approval` fires, and the next request's `messages` carry it.
   */
  respondToToolApproval(toolCallId: string, approved: boolean): void {
    this.chat.respondToToolApproval(toolCallId, approved);
  }

  /** Asks the last user turn again, replacing the reply after it whatever its status. */
  async regenerate(): Promise<void> {
    await this.chat.regenerate();
  }

  /**
   * Replaces the text of the user message `messageId`, drops every message after it and asks
   * again, unless a `chat-edit` listener cancels. Rejects with a `ConfigurationError` for an id
   * that is not a user message's.
   */
  async edit(messageId: string, text: string): Promise<void> {
    await editPrompt(this, this.chat, messageId, text);
  }

  /** Removes every message. */
  clear(): void {
    this.chat.clear();
  }

  constructor() {
    super();
    // Re-renders each second while a retry or resume waits, so the countdown ticks.
    new CountdownController(this, () => this.wait$.value?.at);
    listenForConversationKeys(this, { status: () => this.status, stop: () => this.stop(), lastUserRow: this.lastUserRow });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    ChatMessageElement.prepare(this.format);
    this.resumeReply();
  }

  /** With `resume`, a history that ends in a reply still streaming on the server picks that reply up. */
  private resumeReply() {
    if (this.resume) void this.chat.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moving the element (frameworks, Turbo) disconnects and reconnects in one go; only a real removal aborts.
    queueMicrotask(() => {
      if (!this.isConnected && this.ownsChat) this.chat.stop();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.latest.check(this.list$.value);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setAttribute('status', this.status);
  }

  // Arrow functions: stable identities for the view's listeners.
  private readonly actions: ChatStreamViewActions = {
    // The buttons go as the conversation starts: focus goes on to where the next question is typed.
    suggest: (prompt) => {
      focusComposer(this);
      void this.send(prompt);
    },
    showEarlier: () => this.history.showEarlier(),
    jumpToLatest: () => this.latest.show(false),
    submit: (event) => void this.send(event.detail.text, event.detail.attachments),
    stop: () => this.stop(),
  };

  protected override render() {
    const state = { status: this.status$.value, messages: this.list$.value, wait: this.wait$.value, history: this.history, following: this.scroller.following, l10n: this.l10n };
    return renderChatStream(this, state, this.actions);
  }
}

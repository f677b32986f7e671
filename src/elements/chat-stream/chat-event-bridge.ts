import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chat, ChatEventMap } from '../../store/chat.js';
import type { Attachment } from '../../types.js';
import type { ChatEditDetail } from '../chat-message/message-actions.js';

/** Which store event becomes which DOM event. */
export const bridgedEvents = {
  messageStart: 'chat-message-start',
  chunk: 'chat-chunk',
  toolCall: 'chat-tool-call',
  messageEnd: 'chat-message-end',
  error: 'chat-error',
  toolApproval: 'chat-tool-approval',
  feedback: 'chat-feedback',
} as const satisfies Partial<Record<keyof ChatEventMap, `chat-${string}`>>;

type Bridged = keyof typeof bridgedEvents;

/** The DOM events of a conversation; each detail is the store event's, so the two never drift apart. */
export type ChatStoreEventMap = { [K in Bridged as (typeof bridgedEvents)[K]]: CustomEvent<ChatEventMap[K]> };

/** The events of `<chat-stream>`: `chat-send`, then the store's events as `chat-*` DOM events. */
export interface ChatStreamEventMap extends ChatStoreEventMap {
  'chat-send': CustomEvent<{ prompt: string; attachments?: Attachment[] }>;
  'chat-edit': CustomEvent<ChatEditDetail>;
}

declare global {
  // Declaration merging: typed chat-* events on addEventListener.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ChatStreamEventMap {}
}

/**
 * Re-dispatches a chat store's events from its host as `chat-*` DOM events (bubbling, composed)
 * while the host is connected.
 */
export class ChatEventBridge implements ReactiveController {
  private stops: Array<() => void> = [];

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private chat: Chat,
  ) {
    host.addController(this);
  }

  /** Follows another store (a `.store` swapped at run time). */
  setChat(chat: Chat): void {
    if (chat === this.chat) return;
    const listening = this.stops.length > 0;
    this.hostDisconnected();
    this.chat = chat;
    if (listening) this.hostConnected();
  }

  hostConnected(): void {
    if (this.stops.length) return;
    this.stops = (Object.keys(bridgedEvents) as Bridged[]).map((type) =>
      this.chat.on(type, (detail) => this.host.dispatchEvent(new CustomEvent(bridgedEvents[type], { detail, bubbles: true, composed: true }))),
    );
  }

  hostDisconnected(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
  }
}

import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ChatStreamElement, type ChatStreamEventMap } from '../elements/chat-stream/chat-stream.js';
// Defines every element (this one renders or sits beside the others); `define.js` is listed in package.json's sideEffects, so bundlers keep it.
import '../define.js';

/**
 * `<chat-stream>` as a React component. Element properties (`src`, `protocol`, `headers`, `body`,
 * `store`, …) are props; `chat-*` events are the typed `onChat*` props; `ref` gives the element, for
 * `send()`, `stop()`, `retry()` and `clear()`.
 *
 * A failed reply's retry button is handled inside the element (it re-sends the last turn), so
 * `chat-retry` never reaches `<chat-stream>`'s listeners; `ChatMessage` has `onChatRetry`.
 */
export const ChatStream = createComponent({
  react: React,
  tagName: 'chat-stream',
  elementClass: ChatStreamElement,
  displayName: 'ChatStream',
  events: {
    onChatSend: 'chat-send' as EventName<ChatStreamEventMap['chat-send']>,
    onChatMessageStart: 'chat-message-start' as EventName<ChatStreamEventMap['chat-message-start']>,
    onChatChunk: 'chat-chunk' as EventName<ChatStreamEventMap['chat-chunk']>,
    onChatToolCall: 'chat-tool-call' as EventName<ChatStreamEventMap['chat-tool-call']>,
    onChatMessageEnd: 'chat-message-end' as EventName<ChatStreamEventMap['chat-message-end']>,
    onChatError: 'chat-error' as EventName<ChatStreamEventMap['chat-error']>,
  },
});

/** Props of {@link ChatStream}. */
export type ChatStreamProps = React.ComponentProps<typeof ChatStream>;

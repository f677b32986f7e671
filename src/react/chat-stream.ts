import * as React from 'react';
import { createComponent } from '@lit/react';
import { elementEvents } from '../element-api.generated.js';
import { ChatStreamElement, type ChatStreamEventMap } from '../elements/chat-stream/chat-stream.js';
import { eventProps } from './event-props.js';
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
  events: eventProps<ChatStreamEventMap>()(elementEvents['chat-stream']),
});

/** Props of {@link ChatStream}. */
export type ChatStreamProps = React.ComponentProps<typeof ChatStream>;

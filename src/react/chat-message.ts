import * as React from 'react';
import { createComponent } from '@lit/react';
import { elementEvents } from '../element-api.generated.js';
import type { ChatMessageEventMap } from '../element-events.js';
import { ChatMessageElement } from '../elements/chat-message/chat-message.js';
import { eventProps } from './event-props.js';
// Defines every element (this one renders or sits beside the others); `define.js` is listed in package.json's sideEffects, so bundlers keep it.
import '../define.js';

/**
 * `<chat-message>` as a React component: one message, from `message` or from its children's text.
 * `onChatRetry` fires when the reader presses Retry on a failed message, `onChatEdit` when they send an
 * edited question; `onChatToolApproval`, standalone, when they press Approve or Deny on a tool call
 * (inside `ChatStream`, the stream fires it).
 */
export const ChatMessage = createComponent({
  react: React,
  tagName: 'chat-message',
  elementClass: ChatMessageElement,
  displayName: 'ChatMessage',
  events: eventProps<ChatMessageEventMap>()(elementEvents['chat-message']),
});

/** Props of {@link ChatMessage}. */
export type ChatMessageProps = React.ComponentProps<typeof ChatMessage>;

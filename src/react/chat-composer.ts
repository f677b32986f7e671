import * as React from 'react';
import { createComponent } from '@lit/react';
import { elementEvents } from '../element-api.generated.js';
import { ChatComposerElement, type ChatComposerEventMap } from '../elements/chat-composer/chat-composer.js';
import { eventProps } from './event-props.js';
// Defines every element; `define.js` is listed in package.json's sideEffects, so bundlers keep it.
import '../define.js';

/**
 * `<chat-composer>` as a React component: a message box on its own. `onChatSubmit` fires with
 * `{ text, attachments }` when the person sends; `onChatStop` when they ask a streaming reply to stop.
 */
export const ChatComposer = createComponent({
  react: React,
  tagName: 'chat-composer',
  elementClass: ChatComposerElement,
  displayName: 'ChatComposer',
  events: eventProps<ChatComposerEventMap>()(elementEvents['chat-composer']),
});

/** Props of {@link ChatComposer}. */
export type ChatComposerProps = React.ComponentProps<typeof ChatComposer>;

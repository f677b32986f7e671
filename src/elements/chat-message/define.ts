import { ChatMessageElement } from './chat-message.js';

ChatMessageElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'chat-message': ChatMessageElement;
  }
}

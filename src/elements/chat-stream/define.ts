import { ChatStreamElement } from './chat-stream.js';

ChatStreamElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'chat-stream': ChatStreamElement;
  }
}

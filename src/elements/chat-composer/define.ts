import { ChatComposerElement } from './chat-composer.js';

ChatComposerElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'chat-composer': ChatComposerElement;
  }
}

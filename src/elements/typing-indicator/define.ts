import { TypingIndicatorElement } from './typing-indicator.js';

TypingIndicatorElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'typing-indicator': TypingIndicatorElement;
  }
}

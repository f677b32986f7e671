import { noChange } from 'lit';
import { AsyncDirective, directive, PartType, type ElementPart, type PartInfo } from 'lit/async-directive.js';
import { ConfigurationError } from '../../errors.js';
import type { MessageAtom } from '../../store/chat.js';
import type { Message } from '../../types.js';

interface MessageHost extends Element {
  message?: Message;
}

/**
 * Feeds one message atom straight into a `<chat-message>`'s `.message`, so a chunk updates that one
 * element without re-rendering the conversation around it.
 */
class MessageBinding extends AsyncDirective {
  private element?: MessageHost;
  private store?: MessageAtom;
  private unsubscribe?: () => void;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new ConfigurationError('bindMessage() goes on an element');
  }

  render(_store: MessageAtom) {
    return noChange;
  }

  override update(part: ElementPart, [store]: [MessageAtom]) {
    this.element = part.element as MessageHost;
    if (store !== this.store) {
      this.unsubscribe?.();
      this.store = store;
      this.subscribe();
    }
    return noChange;
  }

  private subscribe() {
    if (!this.isConnected || !this.store) return;
    this.unsubscribe = this.store.subscribe((message) => {
      if (this.element) this.element.message = message;
    });
  }

  protected override disconnected() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override reconnected() {
    this.subscribe();
  }
}

export const bindMessage = directive(MessageBinding);

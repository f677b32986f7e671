import { fixture, html } from '@open-wc/testing';
import '../../../src/elements/chat-message/define.js';
import type { ChatMessageElement } from '../../../src/elements/chat-message/chat-message.js';
import type { Message } from '../../../src/types.js';

/** A message with sensible defaults for what a test leaves out. */
export function makeMessage(fields: Partial<Message> = {}): Message {
  return { id: 'm1', role: 'assistant', content: '', status: 'complete', toolCalls: [], ...fields };
}

/** A `<chat-message>` showing `message`, after its first frame. */
export async function showMessage(message: Message, format?: 'markdown' | 'text'): Promise<ChatMessageElement> {
  const element = await fixture<ChatMessageElement>(html`<chat-message format=${format ?? 'markdown'} .message=${message}></chat-message>`);
  await element.updateComplete;
  return element;
}

/** The element's `part="content"`. */
export function contentOf(element: Element): HTMLElement {
  const content = element.shadowRoot?.querySelector<HTMLElement>('[part="content"]');
  if (!content) throw new Error('no part="content"');
  return content;
}

/** Waits for layout and any queued resource errors (an `<img onerror>`) to have had their chance. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 150));
}

/** The text a reader sees in the content, without the newlines marked puts between tags. */
export function shownText(element: Element): string {
  return (contentOf(element).textContent ?? '').trim();
}

import type { Chat } from '../../store/chat.js';

/**
 * `<chat-stream>`'s `edit()`: a cancelable `chat-edit` (bubbling out of the shadow root to the page)
 * first, then the store replaces the message's text and asks again unless a listener cancelled.
 */
export async function editPrompt(host: EventTarget, chat: Chat, messageId: string, text: string): Promise<void> {
  const prompt = text.trim();
  const message = chat.$messageAtoms.get().find((candidate) => candidate.get().id === messageId)?.get();
  // An unknown id gets the store's clear error; an empty text, like an empty send, does nothing.
  if (!message) return chat.edit(messageId, prompt);
  if (!prompt) return;
  const event = new CustomEvent('chat-edit', { detail: { message, text: prompt }, bubbles: true, composed: true, cancelable: true });
  if (host.dispatchEvent(event)) await chat.edit(messageId, prompt);
}

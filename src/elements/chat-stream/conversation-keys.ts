import type { ChatStatus } from '../../types.js';
import { ChatComposerElement } from '../chat-composer/chat-composer.js';
import type { ChatMessageElement } from '../chat-message/chat-message.js';

export interface ConversationKeysOptions {
  status: () => ChatStatus;
  stop: () => void;
  /** The last user message's row, whose editor ArrowUp opens. */
  lastUserRow: () => Element | undefined;
}

/**
 * The conversation's own keys, heard on the host (the event is composed, so keys typed in its
 * composer and messages arrive too): Escape stops a streaming reply, ArrowUp in an empty composer
 * edits the last user message.
 */
export function listenForConversationKeys(host: HTMLElement, options: ConversationKeysOptions): void {
  host.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowUp') return editLastOnArrowUp(event, options);
    // Escape stops a streaming reply from anywhere in the conversation (the composer handles its own).
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    const status = options.status();
    if (status !== 'submitted' && status !== 'streaming') return;
    event.preventDefault();
    options.stop();
  });
}

/** ArrowUp in an empty composer opens the editor of the last user message. */
function editLastOnArrowUp(event: KeyboardEvent, options: ConversationKeysOptions) {
  if (event.defaultPrevented || event.isComposing || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
  const composer = event.composedPath().find((target): target is ChatComposerElement => target instanceof ChatComposerElement);
  if (!composer || composer.value !== '') return;
  const last = options.lastUserRow() as ChatMessageElement | undefined;
  if (!last) return;
  event.preventDefault();
  last.startEdit();
}

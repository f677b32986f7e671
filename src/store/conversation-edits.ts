import { ConfigurationError } from '../errors.js';
import type { Message } from '../types.js';

/** A reader's rating of a reply; `null` takes a rating back. */
export type Feedback = 'up' | 'down' | null;

interface Holder {
  get(): Message;
}

/** Index of the last user message, or -1: the turn that `retry` and `regenerate` ask again. */
export function lastUserIndex(atoms: readonly Holder[]): number {
  let index = atoms.length - 1;
  while (index >= 0 && atoms[index].get().role !== 'user') index -= 1;
  return index;
}

/** Index of the user message `id` that `edit` replaces; a clear error for any other id. */
export function editableIndex(atoms: readonly Holder[], id: string): number {
  const index = atoms.findIndex((atom) => atom.get().id === id);
  if (index < 0) throw new ConfigurationError(`edit(): no message has the id "${id}".`);
  if (atoms[index].get().role !== 'user') throw new ConfigurationError(`edit(): message "${id}" is not the user's; only user messages can be edited.`);
  return index;
}

/** The user message with new text; its id and attachments stay, so it keeps its place and element. */
export function editedMessage(message: Message, text: string): Message {
  return { ...message, content: text, parts: [{ type: 'text', text }], status: 'complete' };
}

/** Index of the reply `id` that `setFeedback` rates; a clear error for any other id or value. */
export function ratableIndex(atoms: readonly Holder[], id: string, value: Feedback): number {
  if (value !== 'up' && value !== 'down' && value !== null) throw new ConfigurationError(`setFeedback(): the value must be 'up', 'down' or null, not ${JSON.stringify(value)}.`);
  const index = atoms.findIndex((atom) => atom.get().id === id);
  if (index < 0) throw new ConfigurationError(`setFeedback(): no message has the id "${id}".`);
  if (atoms[index].get().role !== 'assistant') throw new ConfigurationError(`setFeedback(): message "${id}" is not a reply; only the assistant's replies are rated.`);
  return index;
}

/** The message with `feedback` set, or without it for `null`. */
export function ratedMessage(message: Message, value: Feedback): Message {
  const { feedback: _previous, ...rest } = message;
  return value === null ? rest : { ...rest, feedback: value };
}

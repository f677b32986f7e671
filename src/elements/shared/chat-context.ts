import { createContext } from '@lit/context';
import type { Chat } from '../../store/chat.js';

/** The chat store a `<chat-stream>` provides to the elements inside it. */
export const chatContext = createContext<Chat>(Symbol('chat-stream-elements/chat'));

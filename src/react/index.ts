// `chat-stream-elements/react`: React components for the kit's elements (importing it defines them).
export { ChatStream } from './chat-stream.js';
export type { ChatStreamProps } from './chat-stream.js';
export { ChatMessage } from './chat-message.js';
export type { ChatMessageProps } from './chat-message.js';
export { TypingIndicator } from './typing-indicator.js';
export type { TypingIndicatorProps } from './typing-indicator.js';
export type { ChatStreamElement, ChatStreamEventMap } from '../elements/chat-stream/chat-stream.js';
export type { ChatMessageElement, ChatRetryDetail } from '../elements/chat-message/chat-message.js';
export type { ChatMessageEventMap } from '../element-events.js';
export type { TypingIndicatorElement } from '../elements/typing-indicator/typing-indicator.js';

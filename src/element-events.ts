import type { ChatRetryDetail, ChatToolApprovalDetail } from './elements/chat-message/chat-message.js';
import type { ChatEditDetail } from './elements/chat-message/message-actions.js';

/** The events of `<chat-message>` by name (`<chat-stream>`'s are `ChatStreamEventMap`). */
export interface ChatMessageEventMap {
  'chat-retry': CustomEvent<ChatRetryDetail>;
  'chat-tool-approval': CustomEvent<ChatToolApprovalDetail>;
  'chat-edit': CustomEvent<ChatEditDetail>;
}

/** `chat-message-end` → `ChatMessageEnd`: how React and Vue name the listener prop of an event (`onChatMessageEnd`). */
export type PascalFromKebab<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalFromKebab<Tail>}` : Capitalize<S>;

/** The listener prop of an event: `chat-message-end` → `onChatMessageEnd`. */
export type ListenerProp<Name extends string> = `on${PascalFromKebab<Name>}`;

/** The listener prop of an event, at run time. */
export function listenerProp<Name extends string>(name: Name): ListenerProp<Name> {
  return `on${name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}` as ListenerProp<Name>;
}

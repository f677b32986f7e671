import type { AllowedComponentProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
import type { ChatStreamElement, ChatStreamEventMap } from '../elements/chat-stream/chat-stream.js';
import type { ChatMessageElement, ChatRetryDetail } from '../elements/chat-message/chat-message.js';
import type { TypingIndicatorElement } from '../elements/typing-indicator/typing-indicator.js';

/** `chat-message-end` -> `ChatMessageEnd`, the way Vue names the listener prop of `@chat-message-end`. */
type PascalFromKebab<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalFromKebab<Tail>}` : Capitalize<S>;

type ListenerProps<Events> = {
  [K in keyof Events & string as `on${PascalFromKebab<K>}`]?: (event: Events[K]) => void;
};

/**
 * How Vue's language tools see a custom element in templates: its settable properties and its
 * events as props, and its events for `$emit`. The `$props`/`$emit` members exist for type checking
 * only; the element instance has neither.
 */
export type VueCustomElement<Element extends HTMLElement, Props extends keyof Element, Events extends object = Record<never, Event>> = new () => Element & {
  $props: HTMLAttributes & AllowedComponentProps & VNodeProps & Partial<Pick<Element, Props>> & ListenerProps<Events>;
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

/** Properties of `<chat-stream>` a template may bind (`:headers`, `:body` and `:store` as properties). */
export type ChatStreamVueProps = 'src' | 'protocol' | 'transport' | 'method' | 'model' | 'format' | 'noComposer' | 'anchor' | 'placeholder' | 'headers' | 'body' | 'store';

declare module 'vue' {
  interface GlobalComponents {
    'chat-stream': VueCustomElement<ChatStreamElement, ChatStreamVueProps, ChatStreamEventMap>;
    'chat-message': VueCustomElement<ChatMessageElement, 'status' | 'format' | 'message', { 'chat-retry': CustomEvent<ChatRetryDetail> }>;
    'typing-indicator': VueCustomElement<TypingIndicatorElement, 'active' | 'label'>;
  }
}

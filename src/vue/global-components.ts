import type { AllowedComponentProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
import type { elementEvents, ElementProperties } from '../element-api.generated.js';
import type { ChatStreamElement, ChatStreamEventMap } from '../elements/chat-stream/chat-stream.js';
import type { ChatMessageElement } from '../elements/chat-message/chat-message.js';
import type { TypingIndicatorElement } from '../elements/typing-indicator/typing-indicator.js';
import type { ChatMessageEventMap, ListenerProp } from '../element-events.js';

type ListenerProps<Events> = {
  [K in keyof Events & string as ListenerProp<K>]?: (event: Events[K]) => void;
};

/** The events a tag documents (the manifest's list), typed from its event map. */
type DocumentedEvents<Tag extends keyof typeof elementEvents, Events> = Pick<Events, (typeof elementEvents)[Tag][number] & keyof Events>;

/**
 * How Vue's language tools see a custom element in templates: its settable properties and its
 * events as props, and its events for `$emit`. The `$props`/`$emit` members exist for type checking
 * only; the element instance has neither.
 */
export type VueCustomElement<Element extends HTMLElement, Props extends string, Events extends object = Record<never, Event>> = new () => Element & {
  $props: HTMLAttributes & AllowedComponentProps & VNodeProps & Partial<Pick<Element, Props & keyof Element>> & ListenerProps<Events>;
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

/** Properties of `<chat-stream>` a template may bind (`:headers`, `:body` and `:store` as properties). */
export type ChatStreamVueProps = ElementProperties['chat-stream'];

declare module 'vue' {
  interface GlobalComponents {
    'chat-stream': VueCustomElement<ChatStreamElement, ChatStreamVueProps, DocumentedEvents<'chat-stream', ChatStreamEventMap>>;
    'chat-message': VueCustomElement<ChatMessageElement, ElementProperties['chat-message'], DocumentedEvents<'chat-message', ChatMessageEventMap>>;
    'typing-indicator': VueCustomElement<TypingIndicatorElement, ElementProperties['typing-indicator']>;
  }
}

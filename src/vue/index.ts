// `chat-stream-elements/vue`: typed templates for Vue's language tools (the `GlobalComponents`
// augmentation) and the `isCustomElement` helper. No side effects, so a Vite config can import it;
// `import 'chat-stream-elements'` is what defines the elements.
export { chatStreamElementTags, isChatStreamElement } from './custom-elements.js';
export type { VueCustomElement, ChatStreamVueProps } from './global-components.js';

// Generated from custom-elements.json by scripts/generate.mjs (`npm run generate`); do not edit.

/** Every tag the kit defines. */
export const elementTags = ['chat-composer', 'chat-message', 'chat-stream', 'typing-indicator'] as const;

/** The public properties of each element that a template or JSX may set (read-only ones left out). */
export interface ElementProperties {
  'chat-composer': 'placeholder' | 'strings' | 'lang' | 'busy' | 'value' | 'accept' | 'maxFileSize' | 'upload';
  'chat-message': 'from' | 'status' | 'format' | 'allowHtml' | 'highlight' | 'math' | 'message' | 'renderTool' | 'strings' | 'lang';
  'chat-stream': 'src' | 'protocol' | 'transport' | 'channel' | 'sequence' | 'method' | 'model' | 'format' | 'noComposer' | 'allowHtml' | 'highlight' | 'math' | 'anchor' | 'strings' | 'lang' | 'placeholder' | 'idleTimeout' | 'resume' | 'retryAttempts' | 'accept' | 'maxFileSize' | 'upload' | 'suggestions' | 'headers' | 'body' | 'renderTool' | 'store';
  'typing-indicator': 'active' | 'label' | 'strings' | 'lang';
}

/** The DOM events each element documents (`@event`), in the order it documents them. */
export const elementEvents = {
  'chat-composer': ['chat-stop', 'chat-submit'],
  'chat-message': ['chat-tool-approval', 'chat-retry', 'chat-edit'],
  'chat-stream': ['chat-send', 'chat-message-start', 'chat-chunk', 'chat-tool-call', 'chat-message-end', 'chat-error', 'chat-tool-approval', 'chat-feedback', 'chat-edit'],
  'typing-indicator': [],
} as const;

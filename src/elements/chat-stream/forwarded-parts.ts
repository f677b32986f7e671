// Every <chat-message> part, forwarded so `chat-stream::part(bubble)` styles the conversation's messages.
export const messageParts =
  'message, bubble, content, code-block, code-header, code-language, copy-button, reasoning, tool-call, tool-arguments, tool-result, tool-error, approve, deny, sources, citation, file, stopped, error, retry, usage, attachments:message-attachments, attachment:message-attachment, actions, copy, regenerate, edit, feedback-up, feedback-down, editor, editor-input, editor-cancel, editor-send';
// The composer's parts, reachable as `chat-stream::part(input)` and so on.
export const composerParts = 'composer, input, send, stop, attach, attachments, attachment, attachment-progress, attachment-error, remove-attachment, attachment-notice';

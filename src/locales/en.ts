import type { UIText } from '../elements/shared/format-text.js';

/**
 * Every piece of text the elements show or announce, by key: the English defaults, and the
 * documented list of keys a `.strings` object may set (any subset). `{name}` marks where a value
 * goes (numbers are formatted for the element's `lang`); an object picks a plural form by its
 * `count` through `Intl.PluralRules` (`zero`, `one`, `two`, `few`, `many`, `other`; `other` is
 * required). See `chat-stream-elements/locales/de` and `…/ar` for complete sets.
 */
export const en = {
  // <chat-stream>
  /** The accessible name of the conversation's log region. */
  conversation: 'Conversation',
  showEarlier: 'Show earlier messages',
  jumpToLatest: 'Jump to latest',
  /** A duration in whole seconds, used inside other texts as `{time}`. */
  seconds: { one: '{count} second', other: '{count} seconds' },
  /** The countdown before a request is sent again. */
  retryWait: 'Retrying in {time} (attempt {attempt} of {attempts})',
  /** The countdown before a dropped stream is picked up again. */
  resumeWait: 'Connection lost. Resuming in {time} (attempt {attempt} of {attempts})',

  /** The default empty state: a greeting over the suggestions (`slot="empty"` replaces it). */
  emptyGreeting: 'How can I help you today?',
  /** The accessible name of the list of suggested prompts. */
  suggestions: 'Suggestions',

  // <chat-composer>
  /** The text area's placeholder (the `placeholder` attribute overrides it). */
  placeholder: 'Send a message',
  /** The text area's accessible name. */
  inputLabel: 'Message',
  send: 'Send',
  stop: 'Stop',
  /** Attachments (with `accept`): the button, the list of files to send, and each file's state. */
  attachFiles: 'Attach files',
  attachments: 'Attachments',
  removeAttachment: 'Remove {name}',
  uploading: 'Uploading…',
  uploadFailed: 'Upload failed',
  /** Notices for files that were refused or that hold the message back. */
  fileRefusedType: '{name} cannot be attached: this chat takes {accept}',
  fileTooLarge: '{name} cannot be attached: files can be up to {size}',
  attachmentsFailed: 'Remove the files that failed to upload, then send again',

  // <typing-indicator> (its `label` attribute overrides it)
  typing: 'Assistant is typing',

  // <chat-message>
  stopped: 'Stopped',
  retry: 'Retry',
  copyCode: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  /** Message actions (the row under a finished message); each is a button's accessible name and tooltip. */
  copyMessage: 'Copy',
  regenerate: 'Regenerate',
  editMessage: 'Edit',
  goodResponse: 'Good response',
  badResponse: 'Bad response',
  /** The inline editor of a user message: its text area's name and its two buttons. */
  editorLabel: 'Edit message',
  cancelEdit: 'Cancel',
  sendEdit: 'Send',
  /** Token usage in the footer, joined with the model's name by " · ". */
  usageIn: '{count} in',
  usageOut: '{count} out',
  tool: 'tool',
  toolRunning: 'Running…',
  toolCalled: 'Called',
  toolDone: 'Done',
  toolArguments: 'Arguments',
  toolResult: 'Result',
  toolInputStreaming: 'Preparing…',
  toolError: 'Error',
  toolAwaitingApproval: 'Waiting for approval',
  toolApproved: 'Approved',
  toolDenied: 'Denied',
  /** Above the Approve and Deny buttons of a tool call that needs the reader's consent. */
  toolApprovalQuestion: 'Allow {name} to run?',
  approve: 'Approve',
  deny: 'Deny',
  /** The summary of reasoning while it streams, and once done (`{time}` from `seconds`). */
  reasoningStreaming: 'Thinking…',
  reasoningDone: 'Thought for {time}',
  /** Reasoning without a known duration. */
  reasoning: 'Reasoning',
  /** Reasoning the provider sent encrypted: only its existence is known. */
  reasoningRedacted: 'Reasoning hidden by the provider',
  /** The heading of a reply's numbered list of sources. */
  sources: 'Sources',
  /** The accessible name of a citation's superscript number. */
  citation: 'Source {number}',
  /** A file without a name, as a download link. */
  file: 'File',
  /** Plain-words summaries of a failed reply, by the error's kind; the error's own message follows. */
  errorRateLimited: 'Rate limited — try again shortly',
  errorRateLimitedFor: 'Rate limited — try again in {time}',
  errorAuthentication: 'You are signed out or not allowed',
  errorServer: 'The server failed',
  errorNetwork: 'The connection was lost',
  errorStream: 'The model reported an error',
  errorProtocol: 'The reply could not be understood',
  errorHttp: 'The request failed',
  errorHttpStatus: 'The request failed (HTTP {status})',
  errorOther: 'The reply failed',
} satisfies Record<string, UIText>;

/** The keys of every UI text. */
export type ChatStringKey = keyof typeof en;
/** A complete set of UI texts; `.strings` takes any part of one. */
export type ChatStrings = Record<ChatStringKey, UIText>;

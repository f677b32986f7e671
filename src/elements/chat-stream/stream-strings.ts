import type { ReplyWait } from '../../transport/types.js';

/** Every piece of text `<chat-stream>` itself shows or announces, by key, in English. */
export const streamStrings = {
  /** The accessible name of the conversation's log region. */
  conversation: 'Conversation',
  showEarlier: 'Show earlier messages',
  jumpToLatest: 'Jump to latest ↓',
  retrying: 'Retrying',
  resuming: 'Connection lost. Resuming',
  /** The countdown of a wait before a retry or resume: "Retrying in 3 s (attempt 1 of 2): <why>". */
  wait: (wait: ReplyWait, seconds: number) =>
    `${wait.kind === 'resume' ? streamStrings.resuming : streamStrings.retrying} in ${seconds} s (attempt ${wait.attempt} of ${wait.attempts}): ${wait.error.message}`,
};

/** The countdown's text at `now`. */
export function retryWaitText(wait: ReplyWait, now = Date.now()): string {
  return streamStrings.wait(wait, Math.max(0, Math.ceil((wait.at - now) / 1000)));
}

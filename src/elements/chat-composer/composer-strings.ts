/** Every piece of text `<chat-composer>` shows or announces, by key, in English. */
export const composerStrings = {
  /** The text area's placeholder (the `placeholder` attribute overrides it). */
  placeholder: 'Send a message',
  /** The text area's accessible name. */
  inputLabel: 'Message',
  send: 'Send',
  stop: 'Stop',
};

export type ComposerStrings = typeof composerStrings;

import { css } from 'lit';

// One rounded box holding the text and the buttons, as in the chat apps people know; logical
// properties, so it mirrors under dir="rtl".
export const chatComposerStyles = css`
  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    padding-block: 0.25rem 0.75rem;
    padding-inline: 0.75rem;
  }
  :host([hidden]) {
    display: none;
  }
  .composer {
    display: flex;
    gap: 0.5rem;
    align-items: flex-end;
    padding: 0.375rem;
    padding-inline-start: 0.875rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.75);
    background: var(--_composer-bg);
    box-shadow: 0 1px 6px rgb(0 0 0 / 6%);
  }
  /* Focus shows on the box as a whole: its border takes the focus colour. */
  .composer:focus-within {
    border-color: var(--_focus-ring);
    box-shadow: 0 0 0 1px var(--_focus-ring);
  }
  textarea {
    flex: 1;
    resize: none;
    align-self: center;
    min-block-size: 2.25rem;
    max-block-size: 10rem;
    field-sizing: content;
    font: inherit;
    color: inherit;
    background: transparent;
    padding-block: 0.4rem;
    padding-inline: 0;
    border: 0;
    box-sizing: border-box;
  }
  /* The box shows focus as a whole (above); the text area inside needs no ring of its own. */
  textarea:focus-visible {
    outline: none;
  }
  .send,
  .stop {
    min-block-size: 2.25rem;
    border-radius: calc(var(--_radius) * 1.25);
    font-size: 0.9375em;
    font-weight: 500;
  }
  .send {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .send:disabled {
    opacity: 0.35;
    cursor: not-allowed;
  }
  .stop {
    background: transparent;
    color: inherit;
    border-color: var(--_border);
  }
  .stop:hover {
    background: var(--_hover-bg);
  }
`;

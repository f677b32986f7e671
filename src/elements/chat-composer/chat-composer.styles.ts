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
    flex-wrap: wrap;
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
  /* Attachments: a row of files above the text, each removable; the notice under them. */
  .attachments,
  .notice {
    flex: 1 0 100%;
    margin: 0;
  }
  .attachments {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding-block: 0.25rem 0;
    padding-inline: 0;
    list-style: none;
  }
  .attachment {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    max-inline-size: 16rem;
    padding: 0.25rem;
    padding-inline-end: 0.125rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-size: 0.8125rem;
  }
  .attachment[data-state='failed'] {
    border-color: var(--_error-border);
  }
  .thumbnail,
  .file-icon {
    flex: none;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: calc(var(--_radius) * 0.66);
    object-fit: cover;
    background: var(--_hover-bg);
  }
  .file-icon {
    display: grid;
    place-items: center;
    color: var(--_muted);
    font-size: 0.6875rem;
    font-weight: 600;
    text-transform: uppercase;
  }
  .attachment[data-state='uploading'] .thumbnail {
    opacity: 0.5;
  }
  .attachment-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .attachment-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .attachment-state {
    color: var(--_muted);
  }
  .attachment-state.failed {
    color: var(--_error);
  }
  .remove,
  .attach {
    flex: none;
    display: inline-grid;
    place-items: center;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--_muted);
  }
  .remove {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    font-size: 1.125rem;
  }
  .attach {
    inline-size: 2.25rem;
    block-size: 2.25rem;
    margin-inline-start: -0.5rem;
  }
  .remove:hover,
  .attach:hover {
    background: var(--_hover-bg);
    color: var(--_text);
  }
  .notice {
    color: var(--_error);
    font-size: 0.8125rem;
  }
  .notice:empty {
    position: absolute;
  }
`;

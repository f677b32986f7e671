import { css } from 'lit';

export const chatComposerStyles = css`
  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.55;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  .composer {
    display: flex;
    gap: 0.5rem;
    align-items: flex-end;
    padding: 0.6rem;
    border-top: 1px solid var(--_border);
  }
  textarea {
    flex: 1;
    resize: none;
    min-height: 2.5rem;
    max-height: 10rem;
    field-sizing: content;
    font: inherit;
    color: inherit;
    background: transparent;
    padding: 0.5rem 0.65rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.66);
    box-sizing: border-box;
  }
  .send {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .send:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .stop {
    background: transparent;
    color: inherit;
    border-color: var(--_border);
  }
`;

import { css } from 'lit';

/*
 * The actions row keeps its height whether or not it shows, and shows by opacity only, so a hover
 * or a focus never moves anything. Hidden rows stay in the tab order: focusing a button shows
 * its row (focus-within). The conversation's last message keeps its row visible, as do touch
 * screens.
 */
export const messageActionsStyles = css`
  .actions {
    display: flex;
    align-items: center;
    gap: 0.125rem;
    block-size: 2rem;
    /* Half of the row sits in the gap to the next message, so the row adds little space. */
    margin-block: 0.125rem -0.75rem;
    opacity: 0;
    transition: opacity 120ms ease-out;
  }
  :host([from='user']) .actions {
    justify-content: flex-end;
  }
  :host(:hover) .actions,
  .actions:focus-within,
  .actions.pinned {
    opacity: 1;
  }
  /* Touch screens, where nothing hovers (a page without any pointer, headless, keeps the hover rule). */
  @media (hover: none) and (pointer: coarse) {
    .actions {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .actions {
      transition: none;
    }
  }
  .actions .action {
    display: inline-grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: calc(var(--_radius) * 0.66);
    background: transparent;
    color: var(--_muted);
  }
  .actions .action:hover {
    background: var(--_hover-bg);
    color: var(--_text);
  }
  .actions .action[aria-pressed='true'] {
    color: var(--_text);
  }
  /* A pressed rating reads as chosen without relying on colour: the icon is filled. */
  .actions .action[aria-pressed='true'] svg {
    fill: currentColor;
    fill-opacity: 0.25;
  }
  /* The regenerate arrow turns the way the text reads. */
  :host(:dir(rtl)) [part~='regenerate'] svg {
    transform: scaleX(-1);
  }

  /* Editing: the bubble widens into a box holding the text area and its buttons. */
  :host([editing]) .bubble {
    flex: 1 1 auto;
    max-inline-size: 100%;
  }
  .editor {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .editor textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 3.5rem;
    max-block-size: 16rem;
    field-sizing: content;
    resize: none;
    padding: 0;
    border: 0;
    font: inherit;
    line-height: inherit;
    color: inherit;
    background: transparent;
  }
  /* The bubble shows focus as a whole; the text area inside needs no ring of its own. */
  .editor textarea:focus-visible {
    outline: none;
  }
  :host([editing]) .bubble:focus-within {
    box-shadow: 0 0 0 2px var(--_focus-ring);
  }
  .editor-buttons {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  .editor-buttons button {
    border-radius: 999px;
    padding-inline: 1em;
  }
  .editor-buttons .editor-cancel {
    background: var(--_bg);
  }
  .editor-buttons .editor-send {
    border-color: transparent;
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .editor-send:disabled {
    opacity: 0.35;
    cursor: not-allowed;
  }
`;

import { css } from 'lit';
import { buttonBase, focusRing, themeTokens, visuallyHidden } from '../shared/theme.js';
import { emptyStateStyles } from './empty-state.js';

// Logical properties throughout, so the conversation mirrors under dir="rtl".
export const styles = [
  themeTokens,
  focusRing,
  buttonBase,
  visuallyHidden,
  emptyStateStyles,
  css`
  :host {
    display: block;
    position: relative;
    block-size: var(--chat-height, 32rem);
    min-block-size: 0;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.6;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    color-scheme: light dark;
    --_column: var(--chat-max-width, 48rem);
  }
  :host([hidden]) {
    display: none;
  }
  /* The layout lives inside, so a page setting the host's display (block, grid item) cannot break it. */
  .frame {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    min-block-size: 0;
  }
  .log {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding-block: 1.25rem;
    padding-inline: 1rem;
  }
  .log:focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: -2px;
  }
  /* No content-visibility on messages: a long history renders a window at a time (history-controller.ts),
     and its batches need their real heights at once to keep the view in place as they are added. */
  /* A reply with nothing in it yet: the typing indicator speaks for it. */
  chat-message[status='pending'] {
    display: none;
  }
  /* One readable column, centred on a wide screen, as the composer below it. */
  .log-content,
  ::slotted([slot='composer']),
  chat-composer {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: var(--_column);
    margin-inline: auto;
  }
  .log-content {
    display: flex;
    flex-direction: column;
    gap: 1.5rem;
  }
  .load-earlier,
  .jump {
    font-size: 0.8125em;
    padding-block: 0.3rem;
    padding-inline: 0.875rem;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_muted);
  }
  .load-earlier {
    align-self: center;
    /* Never the browser's scroll anchor: content is added below it. */
    overflow-anchor: none;
  }
  .jump {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 5.5rem;
    inline-size: fit-content;
    margin-inline: auto;
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 12%);
  }
  /* An arrow that is decoration only: no part of the button's name. */
  .jump::after {
    content: ' ↓' / '';
  }
  .load-earlier:hover,
  .jump:hover {
    background: var(--_hover-bg);
  }
  /* The wait before a retry or resume: a quiet status line where the reply will appear, in place of the typing dots. */
  .retry-wait {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 1.6em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .retry-wait::before {
    content: '';
    flex: none;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_muted);
    border-radius: 50%;
    animation: turn 1s linear infinite;
  }
  @keyframes turn {
    to {
      rotate: 1turn;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .log {
      scroll-behavior: auto;
    }
    .retry-wait::before {
      animation: none;
    }
  }
`,
];

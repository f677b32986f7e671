import { css } from 'lit';
import { buttonBase, focusRing, themeTokens } from '../shared/theme.js';

export const styles = [
  themeTokens,
  focusRing,
  buttonBase,
  css`
  :host {
    display: block;
    position: relative;
    height: var(--chat-height, 32rem);
    min-height: 0;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.55;
    color: var(--_text);
    --_bg: var(--chat-bg, #ffffff);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--chat-bg, #0d1117);
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* The layout lives inside, so a page setting the host's display (block, grid item) cannot break it. */
  .frame {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
  }
  .log {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.75rem;
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
  .log-content {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .load-earlier {
    align-self: center;
    font-size: 0.85em;
    padding: 0.3rem 0.8rem;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: transparent;
    color: var(--_muted);
    /* Never the browser's scroll anchor: content is added below it. */
    overflow-anchor: none;
  }
  .jump {
    position: absolute;
    left: 50%;
    bottom: 4.5rem;
    transform: translateX(-50%);
    font: inherit;
    font-size: 0.85em;
    padding: 0.3rem 0.8rem;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: inherit;
    cursor: pointer;
    box-shadow: 0 2px 6px rgb(0 0 0 / 15%);
  }
  .retry-wait {
    margin: 0 0.75rem 0.5rem;
    padding: 0.4rem 0.65rem;
    border-radius: calc(var(--_radius) * 0.66);
    font-size: 0.9em;
    color: var(--_muted);
    border: 1px dashed var(--_border);
  }
  @media (prefers-reduced-motion: reduce) {
    .log {
      scroll-behavior: auto;
    }
  }
`,
];

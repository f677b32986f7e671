import { html } from 'lit';

/**
 * Themes for stories, set through the kit's public styling hooks only: `--chat-*` custom
 * properties on an ancestor, and `::part()` selectors.
 */

/** Dark colours, applied whatever the reader's `prefers-color-scheme`. */
export const darkTheme = html`<style>
  .theme-dark {
    color-scheme: dark;
    background: #0d1117;
    color: #e6edf3;
    padding: 1rem;
    --chat-text: #e6edf3;
    --chat-muted: #9da7b3;
    --chat-border: #3d444d;
    --chat-bg: #0d1117;
    --chat-hover-bg: #1f2630;
    --chat-user-bg: #1f2a37;
    --chat-system-bg: #2d2410;
    --chat-accent: #6cb6ff;
    --chat-accent-text: #0d1117;
    --chat-error: #ff9b8f;
    --chat-error-bg: #3b1416;
    --chat-code-bg: #010409;
    --chat-focus-ring: #6cb6ff;
  }
</style>`;

/** A brand theme: tokens for colours, font and radius; parts for the shapes tokens cannot reach. */
export const brandTheme = html`<style>
  .theme-brand {
    padding: 1rem;
    background: #fdf6ec;
    --chat-font: Georgia, 'Times New Roman', serif;
    --chat-font-size: 1.05rem;
    --chat-radius: 2px;
    --chat-text: #3b2a1a;
    --chat-muted: #8a6d4f;
    --chat-border: #e3cfb4;
    --chat-user-bg: #f4d9b0;
    /* Replies in bubbles too: a background and a padding for them. */
    --chat-assistant-bg: #fffaf2;
    --chat-assistant-padding: 0.625rem 0.875rem;
    --chat-accent: #a4471c;
    --chat-accent-text: #fffaf2;
    --chat-code-bg: #f6ead8;
    --chat-focus-ring: #a4471c;
    --chat-typing-dot-color: #a4471c;
    --chat-height: 24rem;
  }
  .theme-brand chat-message::part(bubble) {
    border-inline-start: 4px solid #a4471c;
    box-shadow: 0 1px 3px rgb(59 42 26 / 0.15);
  }
  .theme-brand chat-message[from='user']::part(bubble) {
    border-inline-start-color: #8a6d4f;
  }
  .theme-brand chat-message::part(usage) {
    font-variant: small-caps;
    letter-spacing: 0.04em;
  }
  .theme-brand chat-message::part(retry) {
    border-radius: 999px;
  }
  .theme-brand chat-stream::part(log) {
    border: 1px solid #e3cfb4;
    background: #fffdf9;
  }
  .theme-brand chat-stream::part(input) {
    font-family: Georgia, serif;
    border-radius: 999px;
  }
  .theme-brand chat-stream::part(send) {
    border-radius: 999px;
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
</style>`;

import { css } from 'lit';

/**
 * The kit's design tokens. Set any of these on an element or an ancestor (`chat-stream`, `body`,
 * `:root`) to theme every element; each has a light and a dark default (`prefers-color-scheme`).
 *
 * | property                   | what it colours or sizes                                        |
 * |----------------------------|-----------------------------------------------------------------|
 * | `--chat-font`              | font family of messages                                         |
 * | `--chat-font-size`         | base font size                                                  |
 * | `--chat-mono-font`         | font family of code                                             |
 * | `--chat-radius`            | corner radius of bubbles, code and buttons                      |
 * | `--chat-bg`                | background of the conversation                                  |
 * | `--chat-text`              | body text                                                       |
 * | `--chat-muted`             | secondary text (usage, tool status, labels, code headers)       |
 * | `--chat-border`            | hairlines around code, tables, tool calls, the composer         |
 * | `--chat-hover-bg`          | background of a hovered button                                  |
 * | `--chat-user-bg`           | background of the user's messages (bubbles)                     |
 * | `--chat-assistant-bg`      | background of assistant replies (none: they read as page text)  |
 * | `--chat-assistant-padding` | padding of assistant replies; set it with the background for bubbles |
 * | `--chat-system-bg`         | background of system and tool messages                          |
 * | `--chat-composer-bg`       | background of the composer's box                                |
 * | `--chat-surface`           | background of cards inside a reply (tool calls, reasoning)      |
 * | `--chat-accent`            | the send button, typing dots                                    |
 * | `--chat-accent-text`       | text on an accent background                                    |
 * | `--chat-link`              | links in replies                                                |
 * | `--chat-error`             | error text                                                      |
 * | `--chat-error-bg`          | background of the error notice                                  |
 * | `--chat-error-border`      | border of the error notice                                      |
 * | `--chat-code-bg`           | background of code blocks and inline code                       |
 * | `--chat-focus-ring`        | outline colour of focused controls                              |
 * | `--chat-max-width`         | widest the conversation's column gets (`<chat-stream>`)         |
 * | `--chat-code-keyword`, `--chat-code-string`, `--chat-code-comment`, `--chat-code-constant`, `--chat-code-function`, `--chat-code-parameter`, `--chat-code-punctuation` | highlighted code (the highlight add-on) |
 *
 * Elements read them through private `--_*` copies with fallbacks, so a value set by the page
 * always wins over the default and no element sets a `--chat-*` property itself.
 */
export const themeTokens = css`
  :host {
    --_font: var(--chat-font, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    --_font-size: var(--chat-font-size, 1rem);
    --_mono-font: var(--chat-mono-font, ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace);
    --_radius: var(--chat-radius, 0.75rem);
    --_bg: var(--chat-bg, #ffffff);
    --_text: var(--chat-text, #1f1f23);
    --_muted: var(--chat-muted, #63636b);
    --_border: var(--chat-border, #e4e4e7);
    --_hover-bg: var(--chat-hover-bg, #f1f1f3);
    --_user-bg: var(--chat-user-bg, #f1f1f3);
    --_assistant-bg: var(--chat-assistant-bg, transparent);
    --_assistant-padding: var(--chat-assistant-padding, 0);
    --_system-bg: var(--chat-system-bg, #fdf8e8);
    --_composer-bg: var(--chat-composer-bg, #ffffff);
    --_surface: var(--chat-surface, #fafafa);
    --_accent: var(--chat-accent, #1f1f23);
    --_accent-text: var(--chat-accent-text, #ffffff);
    --_link: var(--chat-link, #1d5fd1);
    --_error: var(--chat-error, #b42318);
    --_error-bg: var(--chat-error-bg, #fef4f3);
    --_error-border: var(--chat-error-border, #f5c9c4);
    --_code-bg: var(--chat-code-bg, #f6f6f7);
    --_focus-ring: var(--chat-focus-ring, #5b8def);
    --_hl-token-keyword: var(--chat-code-keyword, #cf222e);
    --_hl-token-string: var(--chat-code-string, #0a3069);
    --_hl-token-string-expression: var(--chat-code-string, #0a3069);
    --_hl-token-comment: var(--chat-code-comment, #6e7781);
    --_hl-token-constant: var(--chat-code-constant, #0550ae);
    --_hl-token-function: var(--chat-code-function, #8250df);
    --_hl-token-parameter: var(--chat-code-parameter, #953800);
    --_hl-token-punctuation: var(--chat-code-punctuation, currentColor);
    --_hl-token-link: var(--_link);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--chat-bg, #1b1b1f);
      --_text: var(--chat-text, #ececee);
      --_muted: var(--chat-muted, #a1a1aa);
      --_border: var(--chat-border, #35353c);
      --_hover-bg: var(--chat-hover-bg, #2a2a30);
      --_user-bg: var(--chat-user-bg, #2e2e34);
      --_system-bg: var(--chat-system-bg, #2b2614);
      --_composer-bg: var(--chat-composer-bg, #26262b);
      --_surface: var(--chat-surface, #222227);
      --_accent: var(--chat-accent, #ececee);
      --_accent-text: var(--chat-accent-text, #1b1b1f);
      --_link: var(--chat-link, #7aa7ff);
      --_error: var(--chat-error, #ff9b8f);
      --_error-bg: var(--chat-error-bg, #2c1618);
      --_error-border: var(--chat-error-border, #5c2a2a);
      --_code-bg: var(--chat-code-bg, #141417);
      --_focus-ring: var(--chat-focus-ring, #7aa7ff);
      --_hl-token-keyword: var(--chat-code-keyword, #ff7b72);
      --_hl-token-string: var(--chat-code-string, #a5d6ff);
      --_hl-token-string-expression: var(--chat-code-string, #a5d6ff);
      --_hl-token-comment: var(--chat-code-comment, #8b949e);
      --_hl-token-constant: var(--chat-code-constant, #79c0ff);
      --_hl-token-function: var(--chat-code-function, #d2a8ff);
      --_hl-token-parameter: var(--chat-code-parameter, #ffa657);
    }
  }
`;

/** A visible but quiet outline on keyboard focus, for every focusable control. */
export const focusRing = css`
  :focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
`;

/** The kit's buttons: the host's font, a soft radius, a pointer. */
export const buttonBase = css`
  button {
    font: inherit;
    padding-block: 0.5rem;
    padding-inline: 0.9rem;
    border-radius: calc(var(--_radius) * 0.66);
    border: 1px solid transparent;
    cursor: pointer;
  }
`;

/** Hides text visually while leaving it to screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

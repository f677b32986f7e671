import { css } from 'lit';

/**
 * The kit's design tokens. Set any of these on an element or an ancestor (`chat-stream`, `body`,
 * `:root`) to theme every element; each has a light and a dark default (`prefers-color-scheme`).
 *
 * | property                | what it colours or sizes                       |
 * |-------------------------|------------------------------------------------|
 * | `--chat-font`           | font family of messages                        |
 * | `--chat-font-size`      | base font size                                 |
 * | `--chat-mono-font`      | font family of code                            |
 * | `--chat-radius`         | corner radius of bubbles, code and buttons     |
 * | `--chat-text`           | body text                                      |
 * | `--chat-muted`          | secondary text (usage, tool status, labels)    |
 * | `--chat-border`         | hairlines around code, tables, tool calls      |
 * | `--chat-user-bg`        | background of the user's messages              |
 * | `--chat-assistant-bg`   | background of assistant messages               |
 * | `--chat-system-bg`      | background of system and tool messages         |
 * | `--chat-accent`         | links, buttons, typing dots                    |
 * | `--chat-accent-text`    | text on an accent background                   |
 * | `--chat-error`          | error text and border                          |
 * | `--chat-error-bg`       | background of the error notice                 |
 * | `--chat-code-bg`        | background of code blocks and inline code     |
 * | `--chat-focus-ring`     | outline colour of focused controls             |
 * | `--chat-code-keyword`, `--chat-code-string`, `--chat-code-comment`, `--chat-code-constant`, `--chat-code-function`, `--chat-code-parameter`, `--chat-code-punctuation` | highlighted code (the highlight add-on) |
 *
 * Elements read them through private `--_*` copies with fallbacks, so a value set by the page
 * always wins over the default and no element sets a `--chat-*` property itself.
 */
export const themeTokens = css`
  :host {
    --_font: var(--chat-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--chat-font-size, 1rem);
    --_mono-font: var(--chat-mono-font, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    --_radius: var(--chat-radius, 0.75rem);
    --_text: var(--chat-text, #1f2328);
    --_muted: var(--chat-muted, #57606a);
    --_border: var(--chat-border, #d0d7de);
    --_user-bg: var(--chat-user-bg, #dbeafe);
    --_assistant-bg: var(--chat-assistant-bg, #f6f8fa);
    --_system-bg: var(--chat-system-bg, #fff8e1);
    --_accent: var(--chat-accent, #0b5cad);
    --_accent-text: var(--chat-accent-text, #ffffff);
    --_error: var(--chat-error, #b42318);
    --_error-bg: var(--chat-error-bg, #fef3f2);
    --_code-bg: var(--chat-code-bg, #eaeef2);
    --_focus-ring: var(--chat-focus-ring, #0b5cad);
    --_hl-token-keyword: var(--chat-code-keyword, #cf222e);
    --_hl-token-string: var(--chat-code-string, #0a3069);
    --_hl-token-string-expression: var(--chat-code-string, #0a3069);
    --_hl-token-comment: var(--chat-code-comment, #6e7781);
    --_hl-token-constant: var(--chat-code-constant, #0550ae);
    --_hl-token-function: var(--chat-code-function, #8250df);
    --_hl-token-parameter: var(--chat-code-parameter, #953800);
    --_hl-token-punctuation: var(--chat-code-punctuation, currentColor);
    --_hl-token-link: var(--_accent);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--chat-text, #e6edf3);
      --_muted: var(--chat-muted, #9da7b3);
      --_border: var(--chat-border, #3d444d);
      --_user-bg: var(--chat-user-bg, #1c3a5e);
      --_assistant-bg: var(--chat-assistant-bg, #161b22);
      --_system-bg: var(--chat-system-bg, #2d2410);
      --_accent: var(--chat-accent, #6cb6ff);
      --_accent-text: var(--chat-accent-text, #0d1117);
      --_error: var(--chat-error, #ff9b8f);
      --_error-bg: var(--chat-error-bg, #3b1416);
      --_code-bg: var(--chat-code-bg, #0d1117);
      --_focus-ring: var(--chat-focus-ring, #6cb6ff);
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

/** A clearly visible outline on keyboard focus, for every focusable control. */
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
    padding: 0.5rem 0.9rem;
    border-radius: calc(var(--_radius) * 0.66);
    border: 1px solid transparent;
    cursor: pointer;
  }
`;

/** Hides text visually while leaving it to screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

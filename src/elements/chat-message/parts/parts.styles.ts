import { css } from 'lit';

/*
 * The look of a message's parts besides its text: quiet, bordered cards that read as part of
 * the reply (reasoning and tools in the muted colour, the answer in full), in logical
 * properties so they mirror under dir="rtl", and in the theme's tokens so dark mode follows.
 */
export const partsStyles = css`
  .parts > * + * {
    margin-block-start: 0.75rem;
  }
  .parts > .step {
    margin-block-start: 0.25rem;
  }
  summary {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    cursor: pointer;
    list-style: none;
    user-select: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .chevron {
    flex: none;
    color: var(--_muted);
    transition: transform 150ms ease;
  }
  .icon {
    flex: none;
    color: var(--_muted);
  }
  :host(:dir(rtl)) .chevron {
    transform: scaleX(-1);
  }
  details[open] > summary > .chevron {
    transform: rotate(90deg);
  }

  /* Reasoning: a muted line that opens onto the model's thoughts, set off by a rule. */
  .reasoning {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .reasoning > summary {
    display: inline-flex;
    padding-block: 0.125rem;
    border-radius: calc(var(--_radius) / 2);
  }
  .reasoning > summary:hover {
    color: var(--_text);
  }
  .reasoning.redacted {
    margin-block-end: 0;
    font-style: italic;
  }
  .reasoning[data-state='streaming'] .reasoning-label {
    background: linear-gradient(90deg, var(--_muted) 0%, var(--_muted) 40%, var(--_text) 50%, var(--_muted) 60%, var(--_muted) 100%);
    background-size: 300% 100%;
    background-clip: text;
    -webkit-background-clip: text;
    color: transparent;
    animation: shimmer 2.2s linear infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: 0% 0;
    }
  }
  .reasoning-body {
    margin-block-start: 0.5rem;
    padding-inline-start: 0.875rem;
    border-inline-start: 2px solid var(--_border);
    line-height: 1.55;
  }

  /* Tool calls: a bordered card; its summary names the tool and says where it stands. */
  .card {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.25);
    background: var(--_bg);
    font-size: 0.875rem;
  }
  .card > summary {
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-radius: inherit;
  }
  .card > summary:hover {
    background: var(--_hover-bg);
  }
  .card[open] > summary {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  .tool-name {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-family: var(--_mono-font);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .tool-state {
    display: inline-flex;
    gap: 0.375em;
    align-items: center;
    margin-inline-start: auto;
    padding-block: 0.125rem;
    padding-inline: 0.5rem;
    border-radius: 999px;
    background: var(--_hover-bg);
    color: var(--_muted);
    font-size: 0.75rem;
    white-space: nowrap;
  }
  .tool-state::before {
    content: '';
    inline-size: 0.4rem;
    block-size: 0.4rem;
    border-radius: 50%;
    background: currentColor;
  }
  [data-state='input-streaming'] .tool-state::before,
  [data-state='input-available'] .tool-state::before {
    animation: pulse 1.2s ease-in-out infinite;
  }
  /* Done: a tick instead of the dot. */
  [data-state='output-available'] .tool-state::before {
    inline-size: 0.25rem;
    block-size: 0.5rem;
    margin-block-start: -0.125rem;
    border: solid currentColor;
    border-width: 0 1.5px 1.5px 0;
    border-radius: 0;
    background: none;
    transform: rotate(45deg);
  }
  [data-state='output-error'] .tool-state {
    background: var(--_error-bg);
    color: var(--_error);
  }
  [data-state='approval-requested'] .tool-state {
    color: var(--_link);
  }
  [data-state='output-denied'] .tool-state::before {
    background: transparent;
    border: 1px solid currentColor;
  }
  @keyframes pulse {
    50% {
      opacity: 0.3;
    }
  }
  .tool-body {
    padding-block: 0.25rem 0.75rem;
    padding-inline: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  .tool-label {
    margin-block: 0.625rem 0.375rem;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  /* JSON reads left to right in any language. */
  .tool-call pre {
    margin: 0;
    padding-block: 0.625rem;
    padding-inline: 0.75rem;
    direction: ltr;
    text-align: left;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_code-bg);
    max-block-size: 18rem;
    overflow: auto;
    font-size: 0.8125rem;
    line-height: 1.5;
  }
  .tool-error {
    margin-block: 0.75rem 0;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_error-border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_error-bg);
    color: var(--_error);
  }
  .tool-approval {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-block-start: 0.75rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  .tool-question {
    font-weight: 500;
  }
  .tool-actions {
    display: flex;
    gap: 0.5rem;
  }
  .approve {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .approve:hover {
    background: var(--_accent);
    opacity: 0.88;
  }

  /* Sources: a numbered list under the reply; citations in the text point into it. */
  .sources {
    margin-block-start: 1rem;
    font-size: 0.875rem;
  }
  .sources-heading {
    margin-block-end: 0.375rem;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .sources ol {
    display: grid;
    gap: 0.125rem;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: source;
  }
  .sources li {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    min-inline-size: 0;
    padding-block: 0.25rem;
    padding-inline: 0.375rem;
    border-radius: calc(var(--_radius) / 2);
    counter-increment: source;
  }
  .sources li::before {
    content: counter(source);
    flex: none;
    min-inline-size: 1.25rem;
    border-radius: 0.375rem;
    background: var(--_hover-bg);
    color: var(--_muted);
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .sources li:focus {
    outline: none;
    background: var(--_hover-bg);
  }
  .source-title {
    min-inline-size: 0;
  }
  .sources a {
    color: var(--_link);
    text-decoration: none;
  }
  .sources a:hover {
    text-decoration: underline;
  }
  /* The host gives way first on a narrow screen; the title wraps. */
  .source-host {
    flex: 0 1 auto;
    min-inline-size: 3rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .citation {
    line-height: 0;
  }
  .citation a {
    display: inline-block;
    min-inline-size: 1.1em;
    margin-inline-start: 0.15em;
    padding-inline: 0.3em;
    border-radius: 0.5em;
    background: var(--_hover-bg);
    color: var(--_muted);
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
    line-height: 1.5;
    text-align: center;
    text-decoration: none;
  }
  .citation a:hover {
    background: var(--_border);
    color: var(--_text);
  }

  /* Files: images as they are, other files as a small download card. */
  .file-image {
    display: block;
    max-inline-size: min(100%, 28rem);
    block-size: auto;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.25);
  }
  .file-link {
    display: inline-flex;
    gap: 0.75rem;
    align-items: baseline;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.25);
    color: var(--_text);
    font-size: 0.875rem;
    text-decoration: none;
  }
  a.file-link:hover {
    background: var(--_hover-bg);
  }
  .file-name {
    font-weight: 500;
  }
  .file-type {
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
    .reasoning[data-state='streaming'] .reasoning-label {
      animation: none;
      background: none;
      color: inherit;
    }
    [data-state] .tool-state::before {
      animation: none;
    }
  }
`;

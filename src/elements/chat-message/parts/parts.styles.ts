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
  summary {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .icon,
  .chevron {
    flex: none;
    color: var(--_muted);
  }
  .chevron {
    transition: transform 0.15s;
  }
  :host(:dir(rtl)) .chevron {
    transform: scaleX(-1);
  }
  [open] > summary > .chevron {
    transform: rotate(90deg);
  }
  summary:hover > .chevron {
    color: var(--_text);
  }
  .reasoning,
  .card,
  .sources,
  .file-link {
    font-size: 0.875rem;
  }

  /* Reasoning: a muted line that opens onto the model's thoughts, set off by a rule. */
  .reasoning {
    color: var(--_muted);
  }
  .reasoning > summary {
    display: inline-flex;
  }
  .redacted {
    margin: 0;
    font-style: italic;
  }
  .reasoning[data-state='streaming'] .reasoning-label {
    animation: pulse 1.6s ease-in-out infinite;
  }
  .reasoning-body {
    margin-block-start: 0.5rem;
    padding-inline-start: 0.875rem;
    border-inline-start: 2px solid var(--_border);
  }

  /* Tool calls: a bordered card; its summary names the tool and says where it stands. */
  .card {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.25);
  }
  .card > summary {
    padding: 0.5rem 0.75rem;
  }
  .tool-name {
    overflow: hidden;
    text-overflow: ellipsis;
    font: 600 0.8125rem var(--_mono-font);
  }
  .tool-state {
    display: inline-flex;
    gap: 0.375em;
    align-items: center;
    margin-inline-start: auto;
    padding: 0.125rem 0.5rem;
    border-radius: 1rem;
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
  [data-state^='input'] .tool-state::before {
    animation: pulse 1.2s ease-in-out infinite;
  }
  [data-state='output-available'] .tool-state::before {
    content: '✓';
    inline-size: auto;
    block-size: auto;
    background: none;
  }
  [data-state='output-error'] .tool-state {
    background: var(--_error-bg);
    color: var(--_error);
  }
  [data-state='approval-requested'] .tool-state {
    color: var(--_link);
  }
  [data-state='output-denied'] .tool-state::before {
    background: none;
    border: 1px solid;
  }
  @keyframes pulse {
    50% {
      opacity: 0.35;
    }
  }
  .tool-body {
    padding: 0 0.75rem 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  .tool-label,
  .sources-heading {
    margin-block: 0.625rem 0.375rem;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
    text-transform: uppercase;
  }
  /* JSON reads left to right in any language. */
  .tool-call pre {
    max-block-size: 18rem;
    overflow: auto;
    margin: 0;
    padding: 0.625rem 0.75rem;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_code-bg);
    direction: ltr;
    text-align: left;
    font-size: 0.8125rem;
  }
  .tool-error {
    margin-block: 0.75rem 0;
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
  .tool-actions {
    display: flex;
    gap: 0.5rem;
  }
  .approve,
  .approve:hover {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }

  /* Sources: a numbered list under the reply; citations in the text point into it. */
  .sources {
    margin-block-start: 1rem;
  }
  .sources ol {
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: source;
  }
  .sources li {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.25rem 0.375rem;
    border-radius: 0.375rem;
    counter-increment: source;
  }
  .sources li::before {
    content: counter(source);
  }
  .sources li::before,
  .citation a {
    min-inline-size: 1.25em;
    border-radius: 0.375rem;
    background: var(--_hover-bg);
    color: var(--_muted);
    font-size: 0.75rem;
    text-align: center;
    text-decoration: none;
  }
  .sources li:focus {
    outline: none;
    background: var(--_hover-bg);
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
    min-inline-size: 3rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--_muted);
  }
  .citation {
    line-height: 0;
    vertical-align: 0.2em;
  }
  .citation a {
    display: inline-block;
    margin-inline-start: 0.15em;
    padding-inline: 0.3em;
    line-height: 1.5;
  }
  .citation a:hover {
    color: var(--_text);
  }

  /* Files: images as they are, other files as a small download card. */
  .file-image {
    display: block;
    max-inline-size: min(100%, 28rem);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.25);
  }
  .file-link {
    display: inline-flex;
    gap: 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.25);
    color: var(--_text);
    text-decoration: none;
  }
  .file-type {
    color: var(--_muted);
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron,
    .reasoning-label,
    .tool-state::before {
      transition: none;
      animation: none !important;
    }
  }
`;

import { css } from 'lit';

export const chatMessageStyles = css`
  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  .message {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  :host([from='user']) .message {
    flex-direction: row-reverse;
  }
  .bubble {
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    padding: 0.625rem 0.875rem;
    border-radius: var(--_radius);
    background: var(--_assistant-bg);
    overflow-wrap: anywhere;
  }
  /* A reply takes the full width from its first chunk: its box does not widen as the first line
     grows, and layout never measures the whole text's intrinsic width (per frame, that cost grew
     with the reply: half of a 1 MiB burst's layout time). */
  :host([from='assistant']) .bubble {
    flex: 1 1 0;
  }
  :host([from='user']) .bubble {
    background: var(--_user-bg);
    max-width: min(40rem, 85%);
  }
  :host([from='system']) .bubble,
  :host([from='tool']) .bubble {
    background: var(--_system-bg);
  }
  /* Nothing a reply contains paints outside its box. Finished blocks sit in sections, which
     content-visibility already paint-contains; this does the same for the last block. */
  .content > .open {
    contain: paint;
  }
  .content:empty {
    display: none;
  }
  /* Sections of finished blocks (or runs of text) skip layout and paint while off screen: a long
     reply costs per frame what arrived in that frame, not what scrolled away. (Their containment
     stops margins collapsing across sections, which the first/last-child rules below make moot.) */
  .content > .section {
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
  }
  /* Filled and pushed out of view within one frame: skipped until the next (see markdown/sections.ts). */
  .content > .section.pending {
    content-visibility: hidden;
  }
  .content.text {
    white-space: pre-wrap;
  }
  .content > .block > :first-child,
  .content > .section > .block > :first-child {
    margin-top: 0;
  }
  .content > .block:last-child > :last-child {
    margin-bottom: 0;
  }
  .content p,
  .content ul,
  .content ol,
  .content blockquote,
  .content table,
  .content .code-block {
    margin: 0 0 0.75em;
  }
  .content h1,
  .content h2,
  .content h3,
  .content h4,
  .content h5,
  .content h6 {
    margin: 1em 0 0.5em;
    line-height: 1.25;
  }
  .content h1 {
    font-size: 1.5em;
  }
  .content h2 {
    font-size: 1.3em;
  }
  .content h3 {
    font-size: 1.15em;
  }
  .content h4,
  .content h5,
  .content h6 {
    font-size: 1em;
  }
  .content a {
    color: var(--_accent);
  }
  .content img {
    max-width: 100%;
  }
  .content blockquote {
    padding-left: 0.75em;
    border-left: 3px solid var(--_border);
    color: var(--_muted);
  }
  .content table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
  }
  .content th,
  .content td {
    padding: 0.25em 0.6em;
    border: 1px solid var(--_border);
  }
  code,
  pre {
    font-family: var(--_mono-font);
    font-size: 0.9em;
  }
  .content :not(pre) > code {
    padding: 0.1em 0.3em;
    border-radius: 0.3em;
    background: var(--_code-bg);
  }
  .content .math-display {
    display: block;
    margin: 0.5em 0;
    overflow-x: auto;
    text-align: center;
  }
  .content span.math math {
    font-size: 1.1em;
  }
  .code-block {
    position: relative;
  }
  .code-block pre,
  .tool-call pre {
    margin: 0;
    padding: 0.75em;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_code-bg);
  }
  .code-block pre {
    padding-top: 2.25em;
  }
  button {
    font: inherit;
    font-size: 0.8125rem;
    padding: 0.2em 0.7em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_assistant-bg);
    color: var(--_text);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  .copy {
    position: absolute;
    top: 0.375em;
    right: 0.375em;
  }
  .copy-buffer {
    position: fixed;
    top: 0;
    left: 0;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  .tool-call {
    margin: 0.5em 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
  }
  .tool-call > summary {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    padding: 0.375em 0.75em;
    cursor: pointer;
  }
  .tool-name {
    font-family: var(--_mono-font);
    font-weight: 600;
  }
  .tool-status,
  .tool-label,
  .usage,
  .stopped {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .tool-body {
    padding: 0 0.75em 0.75em;
  }
  .tool-label {
    margin: 0.5em 0 0.25em;
  }
  .usage {
    margin-top: 0.375em;
  }
  .stopped {
    margin: 0.375em 0 0;
    font-style: italic;
  }
  .error-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-top: 0.5em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_error);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_error-bg);
  }
  .error {
    flex: 1 1 12rem;
    color: var(--_error);
  }
  .error-summary {
    font-weight: 600;
  }
`;

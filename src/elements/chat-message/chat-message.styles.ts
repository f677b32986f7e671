import { css } from 'lit';
import { markdownStyles } from './markdown.styles.js';
import { partsStyles } from './parts/parts.styles.js';

/*
 * Logical properties throughout (inline = the reading direction, block = top to bottom), so the
 * message mirrors under dir="rtl". A reply reads as page text; the user's message is a bubble
 * at the inline end. `--chat-assistant-bg` with `--chat-assistant-padding` keeps replies in
 * bubbles too.
 */
const messageStyles = css`
  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.6;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  .message {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
  }
  :host([from='user']) .message {
    flex-direction: row-reverse;
  }
  /* Holds the parts only to hide them while the inline editor is open. */
  .body {
    display: contents;
  }
  .body[hidden] {
    display: none;
  }
  .bubble {
    box-sizing: border-box;
    min-inline-size: 0;
    max-inline-size: 100%;
    padding: var(--_assistant-padding);
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
    padding: 0.625rem 1rem;
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_user-bg);
    max-inline-size: min(40rem, 85%);
  }
  :host([from='system']) .bubble,
  :host([from='tool']) .bubble {
    padding: 0.625rem 1rem;
    background: var(--_system-bg);
    font-size: 0.9375em;
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
    margin-block-start: 0;
  }
  .content > .block:last-child > :last-child {
    margin-block-end: 0;
  }
  button {
    font: inherit;
    font-size: 0.8125rem;
    padding-block: 0.3em;
    padding-inline: 0.8em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: transparent;
    color: var(--_text);
    cursor: pointer;
  }
  button:hover {
    background: var(--_hover-bg);
  }
  .copy-buffer {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 1px;
    block-size: 1px;
    opacity: 0;
  }
  .usage,
  .stopped {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .usage {
    margin-block-start: 0.5em;
  }
  .stopped {
    margin-block: 0.5em 0;
  }
  /* The error notice: the reply's own text stays above it; a soft tinted row with Retry at its end. */
  .error-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: center;
    margin-block-start: 0.75em;
    padding-block: 0.625rem;
    padding-inline: 0.875rem 0.625rem;
    border: 1px solid var(--_error-border);
    border-radius: var(--_radius);
    background: var(--_error-bg);
    font-size: 0.9375em;
  }
  .error {
    flex: 1 1 12rem;
    color: var(--_error);
  }
  .error-summary {
    font-weight: 600;
  }
  .retry {
    background: var(--_bg);
  }
`;

/** The message's box, then the look of the markdown and the other parts inside it. */
export const chatMessageStyles = [messageStyles, markdownStyles, partsStyles];

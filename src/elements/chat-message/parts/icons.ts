import { html } from 'lit';

// Small inline icons (decorative: the text beside them says the same), drawn in currentColor.

/** The disclosure marker at a summary's end; turned by CSS when open. */
export const chevron = html`<svg class="chevron" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path d="M6 4l4 4-4 4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/** A wrench, before a tool's name. */
export const toolIcon = html`<svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path d="M10.2 2.2a3.3 3.3 0 0 0-3.9 4.3L2.4 10.4a1.3 1.3 0 0 0 1.8 1.8l3.9-3.9a3.3 3.3 0 0 0 4.3-3.9l-1.9 1.9-1.7-.4-.4-1.7z" fill="none" stroke="currentColor" stroke-width="1.3" stroke-linejoin="round"/></svg>`;

/** A spark, before the reasoning's summary. */
export const reasoningIcon = html`<svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path d="M8 2.5l1.2 3.3 3.3 1.2-3.3 1.2L8 11.5 6.8 8.2 3.5 7l3.3-1.2z M12.5 10.5l.5 1.5 1.5.5-1.5.5-.5 1.5-.5-1.5-1.5-.5 1.5-.5z" fill="none" stroke="currentColor" stroke-width="1.1" stroke-linejoin="round"/></svg>`;

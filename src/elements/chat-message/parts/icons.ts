import { html } from 'lit';

// Small inline icons (decorative: the text beside them says the same), drawn in currentColor.

/** The disclosure marker at a summary's end; turned by CSS when open. */
export const chevron = html`<svg class="chevron" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path d="M6 4l4 4-4 4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

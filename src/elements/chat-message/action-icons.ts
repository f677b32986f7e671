import { svg, type SVGTemplateResult } from 'lit';

// 16 px line icons drawn in currentColor, so they take the button's colour in light and dark.
const icon = (paths: SVGTemplateResult) =>
  svg`<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths}</svg>`;

export const copyIcon = icon(svg`<rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H3V3h12v2"/>`);
export const doneIcon = icon(svg`<path d="M20 6 9 17l-5-5"/>`);
export const regenerateIcon = icon(svg`<path d="M21 12a9 9 0 1 1-3-6.7L21 8"/><path d="M21 3v5h-5"/>`);
export const editIcon = icon(svg`<path d="M12 20h9M16 4l4 4L8 20H4v-4z"/>`);
export const thumbUpIcon = icon(svg`<path d="M7 10v11H3V10zm0 0 5-8c2 0 3 1 3 3l-1 4h6l-2 12H7"/>`);
export const thumbDownIcon = icon(svg`<path d="M17 14V3h4v11zm0 0-5 8c-2 0-3-1-3-3l1-4H4L6 3h11"/>`);

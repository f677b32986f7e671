import { html, type TemplateResult } from 'lit';
import { isSafeUrl } from '../../../markdown/safe-url.js';
import type { FilePart } from '../../../types.js';
import type { LocalizeController } from '../../shared/localize-controller.js';

/** Raster and vector images an `<img>` shows (no script runs in an image, SVG included). */
const IMAGE = /^image\//i;
const DATA_URL = /^data:/i;

/** Where an image may come from: a safe URL, or inline data of an image type. */
function imageSource(file: FilePart): string | undefined {
  const url = file.url.trim();
  if (DATA_URL.test(url)) return /^data:image\//i.test(url) ? url : undefined;
  return isSafeUrl(url) ? url : undefined;
}

/**
 * A file the reply carries: an image is shown (its file name as its text alternative); anything
 * else is a download link. A URL with an unsafe scheme is not linked; the file's name still shows.
 */
export function renderFile(file: FilePart, l10n: LocalizeController): TemplateResult {
  const name = file.filename || l10n.text('file');
  if (IMAGE.test(file.mediaType)) {
    const src = imageSource(file);
    if (src) return html`<img part="file" class="file-image" src=${src} alt=${file.filename ?? ''} loading="lazy" />`;
  }
  // A data: URL is only ever downloaded (the `download` attribute), never opened as a page.
  const url = file.url.trim();
  const href = DATA_URL.test(url) || isSafeUrl(url) ? url : undefined;
  return href
    ? html`<a part="file" class="file-link" href=${href} download=${file.filename ?? ''} target="_blank" rel="noopener noreferrer"><span class="file-name">${name}</span><span class="file-type">${file.mediaType}</span></a>`
    : html`<span part="file" class="file-link"><span class="file-name">${name}</span><span class="file-type">${file.mediaType}</span></span>`;
}

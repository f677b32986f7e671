import { css, html, nothing } from 'lit';
import { isSafeUrl } from '../../markdown/safe-url.js';
import type { Attachment } from '../../types.js';
import { isImage } from '../chat-composer/attachment-files.js';

/** An image's URL is shown only as a `data:` image or a URL the markdown allowlist accepts. */
const showable = (attachment: Attachment) => (/^data:image\//i.test(attachment.url) ? isImage(attachment.mediaType) : isSafeUrl(attachment.url));

/** The files sent with a user message, in its bubble: images as thumbnails, other files as chips with their names. */
export function renderMessageAttachments(attachments: readonly Attachment[] | undefined, label: string) {
  if (!attachments?.length) return nothing;
  return html`<ul class="message-attachments" part="attachments" aria-label=${label}>
    ${attachments.map((attachment) =>
      isImage(attachment.mediaType) && showable(attachment)
        ? html`<li part="attachment"><img class="message-thumbnail" src=${attachment.url} alt=${attachment.name} /></li>`
        : html`<li part="attachment" class="message-file">
            ${!attachment.url.startsWith('data:') && isSafeUrl(attachment.url)
              ? html`<a href=${attachment.url} target="_blank" rel="noopener noreferrer">${attachment.name}</a>`
              : attachment.name}
          </li>`,
    )}
  </ul>`;
}

export const messageAttachmentsStyles = css`
  .message-attachments {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block: 0 0.5rem;
    margin-inline: 0;
    padding: 0;
    list-style: none;
  }
  .message-thumbnail {
    display: block;
    max-inline-size: 12rem;
    max-block-size: 12rem;
    border-radius: calc(var(--_radius) * 0.66);
    object-fit: cover;
  }
  .message-file {
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.66);
    background: var(--_bg);
    font-size: 0.875em;
  }
  .message-file a {
    color: var(--_link);
  }
`;

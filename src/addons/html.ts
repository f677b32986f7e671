// The `chat-stream-elements/html` add-on: raw HTML in markdown, sanitized by DOMPurify, for
// elements with `allow-html`. Without it raw HTML is shown as text.
import { sanitizeToFragment } from '../markdown/sanitize-html.js';
import { registerAddOn } from './registry.js';

registerAddOn('html', { sanitizeToFragment });

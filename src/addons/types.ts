import type { ActionCableTransportOptions } from '../transport/actioncable.js';
import type { Transport } from '../transport/types.js';

/** `chat-stream-elements/actioncable`: the ActionCable transport. */
export interface ActionCableAddOn {
  createActionCableTransport(options: ActionCableTransportOptions): Transport;
}

/** `chat-stream-elements/html`: raw HTML in markdown, sanitized (DOMPurify). */
export interface HtmlAddOn {
  /** Parses and sanitizes one block's HTML in an inert document; undefined when the page allows no HTML sink. */
  sanitizeToFragment(html: string): DocumentFragment | undefined;
}

/** `chat-stream-elements/highlight`: syntax highlighting of finished code blocks. */
export interface HighlightAddOn {
  /**
   * Colours `code` (a `<code>` holding one text node) as `language`, a few lines per idle slice,
   * loading the language's grammar on first use. Resolves when done, or at once for a language it
   * does not know. Colours are `var(--_hl-*)` custom properties the elements define; a block
   * done gets `data-highlighted`.
   */
  highlight(code: HTMLElement, language: string): Promise<void>;
}

/** `chat-stream-elements/math`: TeX math as MathML. */
export interface MathAddOn {
  /** MathML for `tex`, or undefined when it does not parse (the caller then keeps the TeX as code). */
  renderMath(tex: string, display: boolean): Element | undefined;
}

export interface AddOns {
  actioncable: ActionCableAddOn;
  html: HtmlAddOn;
  highlight: HighlightAddOn;
  math: MathAddOn;
}

export type AddOnName = keyof AddOns;

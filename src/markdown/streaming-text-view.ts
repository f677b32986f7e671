import { extendsText } from './text-growth.js';

/**
 * Shows growing plain text in one text node, appending only the new suffix. Text that does not
 * extend what is shown replaces it.
 */
export class StreamingTextView {
  readonly container: HTMLElement;
  private readonly node = document.createTextNode('');

  constructor(container: HTMLElement) {
    this.container = container;
    this.container.replaceChildren(this.node);
  }

  update(text: string): void {
    const shown = this.node.data;
    if (text === shown) return;
    if (extendsText(shown, text)) this.node.appendData(text.slice(shown.length));
    else this.node.data = text;
  }

  reset(): void {
    this.node.data = '';
    this.container.replaceChildren(this.node);
  }
}

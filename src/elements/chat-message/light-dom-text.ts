import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text of a standalone `<chat-message>`'s light DOM, kept current as it changes. Nodes
 * appended at the end (a Turbo Stream `append` of escaped text) extend the text in O(appended);
 * anything else (a `replace`/`update` of the children, an edit inside) recomputes it, so replaced
 * text is never counted twice. Children with a `slot` attribute are not content.
 */
export class LightDomText implements ReactiveController {
  text = '';
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly observer: MutationObserver;
  private observing = false;
  private enabled = true;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    this.observer = new MutationObserver(this.onMutations);
    host.addController(this);
  }

  hostConnected(): void {
    if (this.enabled) this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Stops following the light DOM (the element was given a `.message`), or starts again. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (enabled && this.host.isConnected) this.start();
    else this.stop();
  }

  private start() {
    if (this.observing) return;
    this.observing = true;
    this.text = textOf(this.host.childNodes);
    this.observer.observe(this.host, { childList: true, characterData: true, subtree: true });
    this.host.requestUpdate();
  }

  private stop() {
    if (!this.observing) return;
    this.observing = false;
    this.observer.disconnect();
  }

  // Arrow function: passed to MutationObserver and needs `this`.
  private readonly onMutations = (records: MutationRecord[]) => {
    const appendedOnly = records.every(
      (record) => record.type === 'childList' && record.target === this.host && !record.removedNodes.length && !record.nextSibling,
    );
    if (appendedOnly) for (const record of records) this.text += textOf(record.addedNodes);
    else this.text = textOf(this.host.childNodes);
    this.host.requestUpdate();
  };
}

function textOf(nodes: NodeList): string {
  let text = '';
  for (const node of Array.from(nodes)) {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) text += (node as Text).data;
    else if (node instanceof Element && !node.hasAttribute('slot')) text += node.textContent ?? '';
  }
  return text;
}

/**
 * Defines a custom element unless its tag is taken. A second definition (two copies of the kit on
 * one page, or a bundle loaded twice) warns instead of throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== constructor) console.warn(`chat-stream-elements: <${tag}> is already defined by another class; keeping that one.`);
    return;
  }
  try {
    registry.define(tag, constructor);
  } catch (error) {
    // The same class under another tag, or an invalid name: report it without breaking the page.
    console.warn(`chat-stream-elements: could not define <${tag}>:`, error);
  }
}

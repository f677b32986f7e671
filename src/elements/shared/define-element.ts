/**
 * Defines a custom element unless its tag is taken, and returns the class that now owns the tag.
 * A second definition of the same tag (two copies of the kit on one page, or a bundle loaded twice)
 * warns instead of throwing. A class already defined under another tag is defined again as a
 * subclass (a registry takes each constructor once), so one class can serve two tags.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): CustomElementConstructor | undefined {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor && !(existing.prototype instanceof constructor)) {
      console.warn(`chat-stream-elements: <${tag}> is already defined by another class; keeping that one.`);
    }
    return existing;
  }
  const used = customElements.getName(constructor) ? class extends constructor {} : constructor;
  try {
    customElements.define(tag, used);
    return used;
  } catch (error) {
    // An invalid name: report it without breaking the page.
    console.warn(`chat-stream-elements: could not define <${tag}>:`, error);
    return undefined;
  }
}

/** How long the button says "Copied" before it reads "Copy" again. */
const COPIED_FOR_MS = 2000;

/**
 * The ids of the texts a copy button is named by. The element showing the markdown renders them
 * (hidden) in its shadow root, in its language, so rendered blocks hold no UI text of their own.
 */
export const copyLabelIds = { copy: 'copy-code-label', copied: 'copied-label', failed: 'copy-failed-label' } as const;

/**
 * Puts each `<pre>` of a rendered block in a wrapper under a header row: the code's language (from
 * its `language-*` class) and a copy button; its icon is drawn by the element's CSS (two sheets,
 * a tick once copied), so a rendered block holds nothing but elements the sanitizer allows anyway.
 */
export function addCopyButtons(root: DocumentFragment | Element): void {
  for (const pre of Array.from(root.querySelectorAll('pre'))) {
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    wrapper.setAttribute('part', 'code-block');
    const header = document.createElement('div');
    header.className = 'code-header';
    header.setAttribute('part', 'code-header');
    const language = document.createElement('span');
    language.className = 'code-language';
    language.setAttribute('part', 'code-language');
    language.textContent = /(?:^|\s)language-(\S+)/.exec(pre.querySelector('code')?.className ?? '')?.[1] ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.setAttribute('part', 'copy-button');
    button.setAttribute('data-copy', '');
    button.setAttribute('aria-labelledby', copyLabelIds.copy);
    header.append(language, button);
    pre.replaceWith(wrapper);
    wrapper.append(header, pre);
  }
}

/**
 * Handles a click on a copy button made by `addCopyButtons`, if the event's target is one.
 * Delegated from the content container so re-rendered blocks need no listeners of their own.
 */
export async function handleCopyClick(event: Event): Promise<void> {
  const target = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
  if (!(target instanceof HTMLButtonElement)) return;
  const code = target.closest('.code-block')?.querySelector('pre')?.textContent ?? '';
  const copied = await copyText(code, target);
  setState(target, copied ? 'copied' : 'failed');
  setTimeout(() => setState(target, 'copy'), COPIED_FOR_MS);
}

function setState(button: HTMLButtonElement, state: keyof typeof copyLabelIds) {
  button.setAttribute('data-copy', state === 'copy' ? '' : state);
  button.setAttribute('aria-labelledby', copyLabelIds[state]);
}

/** Copies `text`, through the async clipboard or, where that is refused, a hidden text area next to `near`. */
export async function copyText(text: string, near: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The async clipboard needs focus and permission; the older command works in more places.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.className = 'copy-buffer';
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  near.after(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  if (near instanceof HTMLElement) near.focus();
  return ok;
}

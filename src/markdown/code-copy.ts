/** How long the button says "Copied" before it reads "Copy" again. */
const COPIED_FOR_MS = 2000;

/** Puts each `<pre>` of a rendered block in a wrapper with a labelled copy button. */
export function addCopyButtons(root: DocumentFragment | Element): void {
  for (const pre of Array.from(root.querySelectorAll('pre'))) {
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    wrapper.setAttribute('part', 'code-block');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.setAttribute('part', 'copy-button');
    button.setAttribute('data-copy', '');
    setLabel(button, 'Copy', 'Copy code');
    pre.replaceWith(wrapper);
    wrapper.append(button, pre);
  }
}

/**
 * Handles a click on a copy button made by `addCopyButtons`, if the event's target is one.
 * Delegated from the content container so re-rendered blocks need no listeners of their own.
 */
export async function handleCopyClick(event: Event): Promise<void> {
  const target = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
  if (!(target instanceof HTMLButtonElement)) return;
  const code = target.parentElement?.querySelector('pre')?.textContent ?? '';
  const copied = await copyText(code, target);
  setLabel(target, copied ? 'Copied' : 'Copy failed', copied ? 'Copied' : 'Copy failed');
  setTimeout(() => setLabel(target, 'Copy', 'Copy code'), COPIED_FOR_MS);
}

function setLabel(button: HTMLButtonElement, text: string, label: string) {
  button.textContent = text;
  button.setAttribute('aria-label', label);
}

async function copyText(text: string, near: Element): Promise<boolean> {
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

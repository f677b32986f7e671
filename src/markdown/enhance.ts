import { loadAddOn, type AddOnName } from '../addons/registry.js';
import { nextIdle } from './idle.js';
import type { MarkdownFeatures } from './features.js';

/**
 * Typesets math and highlights code in blocks that will not change any more, in idle time:
 * rendering never waits for an add-on, and no slice of this work runs long (each formula is one
 * step; the highlighter slices a block by lines itself). Without the add-on the TeX and the code
 * stay as they are, and the error naming it is reported once.
 */
export function enhanceBlocks(blocks: Iterable<Element>, features: MarkdownFeatures): void {
  if (!features.math && !features.highlight) return;
  for (const block of blocks) {
    if (features.math) for (const code of block.querySelectorAll<HTMLElement>('code.math')) queue(formulas, code, typesetFormulas);
    if (features.highlight) for (const code of block.querySelectorAll<HTMLElement>('pre > code[class^="language-"]')) queue(codeBlocks, code, highlightCodeBlocks);
  }
}

const formulas: HTMLElement[] = [];
const codeBlocks: HTMLElement[] = [];
const queued = new WeakSet<HTMLElement>();
const running = new Set<HTMLElement[]>();

function queue(list: HTMLElement[], code: HTMLElement, drain: () => Promise<void>): void {
  if (queued.has(code)) return;
  queued.add(code);
  list.push(code);
  if (running.has(list)) return;
  running.add(list);
  drain()
    .catch(reportOnce)
    .finally(() => {
      running.delete(list);
      list.length = 0;
    });
}

async function typesetFormulas(): Promise<void> {
  const addOn = await loadAddOn('math');
  while (formulas.length) {
    const deadline = await nextIdle();
    // At least one formula per slice; one takes a few milliseconds.
    do {
      const code = formulas.shift()!;
      if (code.isConnected) typeset(code, addOn.renderMath(code.textContent ?? '', code.classList.contains('math-display')));
    } while (formulas.length && deadline.timeRemaining() > 4);
  }
}

function typeset(code: HTMLElement, math: Element | undefined): void {
  if (!math) {
    // Broken TeX stays readable, as the code it is.
    code.classList.add('math-error');
    return;
  }
  const wrapper = document.createElement('span');
  wrapper.className = code.className;
  wrapper.append(math);
  code.replaceWith(wrapper);
}

async function highlightCodeBlocks(): Promise<void> {
  const addOn = await loadAddOn('highlight');
  while (codeBlocks.length) {
    const code = codeBlocks.shift()!;
    const language = /(?:^|\s)language-(\S+)/.exec(code.className)?.[1];
    if (code.isConnected && language) await addOn.highlight(code, language.toLowerCase());
  }
}

const reported = new Set<string>();

/** A missing add-on is a page's configuration mistake: said once, in the console. */
function reportOnce(error: unknown): void {
  const key = error instanceof Error ? error.message : String(error);
  if (reported.has(key)) return;
  reported.add(key);
  console.error(error);
}

/** For the html add-on, which the element loads before it renders (see `<chat-message>`). */
export function loadAddOnOrReport(name: AddOnName): Promise<boolean> {
  return loadAddOn(name).then(
    () => true,
    (error: unknown) => {
      reportOnce(error);
      return false;
    },
  );
}

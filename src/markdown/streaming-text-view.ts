import { Sections } from './sections.js';
import { extendsText } from './text-growth.js';

/**
 * Length after which the open run of text is closed at its next line break. Each run is its own
 * block box, so appending lays out only the last run instead of the whole growing message.
 */
const RUN_LENGTH = 2048;

/** Runs per section (see `Sections`). */
const SECTION_RUNS = 4;

/**
 * Shows growing plain text (under `white-space: pre-wrap`), appending only the new suffix. Text
 * that does not extend what is shown replaces it.
 *
 * Long text is kept in runs of about 2 KiB, each closed at a line break: the first run is a text
 * node of the container, later ones are `<div>`s, grouped 4 to a section `<div>`. The line break
 * that ends a run is kept in a hidden `<span>`, so the text content stays exact while the block
 * boundary draws the break (a visible trailing `\n` would add an empty line when a run ends with a
 * blank line).
 */
export class StreamingTextView {
  readonly container: HTMLElement;
  private shown = '';
  /** The run text is appended to, and its length. */
  private open: Text = document.createTextNode('');
  private openLength = 0;
  private openEndsWithBreak = false;
  private readonly sections: Sections;

  constructor(container: HTMLElement) {
    this.container = container;
    // Two nodes a run: its hidden line break and its block.
    this.sections = new Sections(SECTION_RUNS * 2, (section) => this.container.append(section));
    this.container.replaceChildren(this.open);
  }

  update(text: string): void {
    const shown = this.shown;
    if (text === shown) return;
    if (extendsText(shown, text)) this.append(text.slice(shown.length));
    else {
      this.reset();
      this.append(text);
    }
    this.shown = text;
    this.sections.settle();
  }

  reset(): void {
    this.shown = '';
    this.open = document.createTextNode('');
    this.openLength = 0;
    this.openEndsWithBreak = false;
    this.sections.reset();
    this.container.replaceChildren(this.open);
  }

  private append(added: string): void {
    let from = 0;
    while (from < added.length) {
      // The first line break far enough into the run whose line is not blank: the run then ends
      // with a visible character, so the block boundary stands exactly for that break.
      let cut = added.indexOf('\n', from + Math.max(0, RUN_LENGTH - this.openLength));
      while (cut >= 0 && !this.canCutAt(added, from, cut)) cut = added.indexOf('\n', cut + 1);
      if (cut < 0) {
        this.write(added.slice(from));
        return;
      }
      this.write(added.slice(from, cut));
      this.closeRun();
      from = cut + 1;
    }
  }

  /** Whether the run can end before the `\n` at `cut` of `added` (whose text from `from` is not yet written). */
  private canCutAt(added: string, from: number, cut: number): boolean {
    if (cut > from) return added[cut - 1] !== '\n';
    return this.openLength > 0 && !this.openEndsWithBreak;
  }

  private write(text: string): void {
    if (!text) return;
    this.open.appendData(text);
    this.openLength += text.length;
    this.openEndsWithBreak = text.endsWith('\n');
  }

  private closeRun(): void {
    const separator = document.createElement('span');
    separator.hidden = true;
    separator.textContent = '\n';
    const run = document.createElement('div');
    this.open = document.createTextNode('');
    this.openLength = 0;
    this.openEndsWithBreak = false;
    run.append(this.open);
    this.sections.append(separator, run);
  }
}

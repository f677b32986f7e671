import { featuresKey, type MarkdownFeatures } from '../../../markdown/features.js';
import type { StreamingMarkdownView, ReplyPhase } from '../../../markdown/streaming-markdown-view.js';
import { markdownRenderer } from '../../../markdown/markdown-loader.js';
import { StreamingTextView } from '../../../markdown/streaming-text-view.js';
import { CitationMarks, type Citation } from './citations.js';

/** How text is shown: sanitized markdown, or plain text. */
export type ViewFormat = 'markdown' | 'text';

interface Shown {
  view: StreamingMarkdownView | StreamingTextView;
  key: string;
  /** The part last shown (its identity changes exactly when its text or state does). */
  source: unknown;
  phase: ReplyPhase;
  marks?: CitationMarks;
}

/**
 * The streaming views of one message's text and reasoning containers, one per container. A view
 * is only told about its part when that part changed (parts are replaced, never mutated), so
 * work per frame follows what arrived, not how many parts there are.
 */
export class PartViews {
  private readonly shown = new WeakMap<HTMLElement, Shown>();
  private readonly marked = new Set<CitationMarks>();

  show(container: HTMLElement, source: unknown, text: string, format: ViewFormat, phase: ReplyPhase, features: MarkdownFeatures): void {
    // The element renders only once the markdown chunk is loaded; if it failed to load, markdown shows as text.
    const markdown = format === 'text' ? undefined : markdownRenderer();
    const key = markdown ? `markdown:${featuresKey(features)}` : 'text';
    let shown = this.shown.get(container);
    if (shown && shown.key === key && shown.source === source && shown.phase === phase) return;
    if (!shown || shown.key !== key) {
      const view = markdown ? new markdown.StreamingMarkdownView(container, features) : new StreamingTextView(container);
      shown = { view, key, source, phase };
      this.shown.set(container, shown);
    }
    shown.source = source;
    shown.phase = phase;
    if (!(shown.view instanceof StreamingTextView)) shown.view.update(text, phase);
    else shown.view.update(text);
  }

  /** Puts the citation numbers into a text container already shown (markdown only). */
  cite(container: HTMLElement, text: string, citations: readonly Citation[], label: (number: number) => string): void {
    const shown = this.shown.get(container);
    if (!shown || shown.view instanceof StreamingTextView) return;
    if (!shown.marks) this.marked.add((shown.marks = new CitationMarks()));
    shown.marks.place(container, text, citations, label);
  }

  /** Forgets where marks were (another message is shown). */
  clearCitations(): void {
    for (const marks of this.marked) marks.clear();
    this.marked.clear();
  }
}

import { featuresKey, type MarkdownFeatures } from '../../../markdown/features.js';
import { StreamingMarkdownView, type ReplyPhase } from '../../../markdown/streaming-markdown-view.js';
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
    const key = format === 'text' ? 'text' : `markdown:${featuresKey(features)}`;
    let shown = this.shown.get(container);
    if (shown && shown.key === key && shown.source === source && shown.phase === phase) return;
    if (!shown || shown.key !== key) {
      const view = format === 'text' ? new StreamingTextView(container) : new StreamingMarkdownView(container, features);
      shown = { view, key, source, phase };
      this.shown.set(container, shown);
    }
    shown.source = source;
    shown.phase = phase;
    if (shown.view instanceof StreamingMarkdownView) shown.view.update(text, phase);
    else shown.view.update(text);
  }

  /** Puts the citation numbers into a text container already shown (markdown only). */
  cite(container: HTMLElement, text: string, citations: readonly Citation[], label: (number: number) => string): void {
    const shown = this.shown.get(container);
    if (!shown || !(shown.view instanceof StreamingMarkdownView)) return;
    if (!shown.marks) this.marked.add((shown.marks = new CitationMarks()));
    shown.marks.place(container, text, citations, label);
  }

  /** Forgets where marks were (another message is shown). */
  clearCitations(): void {
    for (const marks of this.marked) marks.clear();
    this.marked.clear();
  }
}

import { expect } from '@open-wc/testing';
import '../../src/addons/html.js';
import { StreamingMarkdownView } from '../../src/markdown/streaming-markdown-view.js';
import type { MarkdownFeatures } from '../../src/markdown/features.js';
import { randomSplit, seededRandom } from '../security/random-splits.js';
import { commonMarkExamples, GFM_EXAMPLES, type Example } from './fidelity/examples.js';
import { normalize, parseReference } from './fidelity/normalize.js';

// Markdown fidelity as a number: the CommonMark spec's examples and GFM's extensions rendered
// through <chat-message>'s markdown path, compared with the reference HTML; and each example
// streamed in random splits must end exactly as its whole render.

const SEEDS = [1, 2, 3];

function render(markdown: string, features: MarkdownFeatures = {}): HTMLElement {
  const container = document.createElement('div');
  new StreamingMarkdownView(container, features).update(markdown, false);
  return container;
}

function streamed(markdown: string, seed: number): HTMLElement {
  const container = document.createElement('div');
  const view = new StreamingMarkdownView(container);
  let text = '';
  for (const piece of randomSplit(markdown, seededRandom(seed), 12)) view.update((text += piece), true);
  view.update(markdown, false);
  return container;
}

function matches(example: Example, features: MarkdownFeatures = {}): boolean {
  return normalize(render(example.markdown, features)) === normalize(parseReference(example.html));
}

function share(examples: Example[], features: MarkdownFeatures = {}) {
  const failed = examples.filter((example) => !matches(example, features));
  return { matched: examples.length - failed.length, total: examples.length, failed };
}

const percent = ({ matched, total }: { matched: number; total: number }) => `${matched}/${total} (${((100 * matched) / total).toFixed(1)}%)`;

describe('markdown fidelity', () => {
  let commonMark: Example[] = [];
  before(async () => {
    commonMark = await commonMarkExamples();
  });

  it('renders the CommonMark spec examples as the reference does (figures in the log)', () => {
    expect(commonMark.length).to.equal(652);
    const plain = share(commonMark);
    const withHtml = share(commonMark, { allowHtml: true });
    const bySection = new Map<string, number>();
    for (const example of plain.failed) bySection.set(example.section, (bySection.get(example.section) ?? 0) + 1);
    console.log(`CommonMark ${commonMark.length} examples: ${percent(plain)} match (raw HTML shown as text); with allow-html ${percent(withHtml)}.`);
    console.log(`Differences by section: ${[...bySection].sort((a, b) => b[1] - a[1]).map(([section, count]) => `${section} ${count}`).join(', ')}`);
    // Guards what is measured today against regressions.
    expect(withHtml.matched / withHtml.total).to.be.greaterThan(0.92);
    expect(plain.matched / plain.total).to.be.greaterThan(0.86);
  });

  it('renders the GFM table, task list, strikethrough and autolink examples as the reference does', () => {
    const result = share(GFM_EXAMPLES);
    console.log(`GFM extensions ${GFM_EXAMPLES.length} examples: ${percent(result)} match.`);
    expect(result.failed.map((example) => `${example.section} ${example.number}: ${normalize(render(example.markdown))}`)).to.deep.equal([]);
  });

  it('ends every example streamed in random splits exactly as its whole render', () => {
    const differ: string[] = [];
    for (const example of [...commonMark, ...GFM_EXAMPLES]) {
      const whole = normalize(render(example.markdown));
      for (const seed of SEEDS) {
        const result = normalize(streamed(example.markdown, seed));
        if (result !== whole) differ.push(`${example.section} #${example.number} (seed ${seed}): ${JSON.stringify(example.markdown)} → ${result} ≠ ${whole}`);
      }
    }
    expect(differ).to.deep.equal([]);
  });
});

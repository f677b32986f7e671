import { expect } from '@open-wc/testing';
import { StreamingMarkdownView } from '../../src/markdown/streaming-markdown-view.js';
import { MAX_BLOCK_DEPTH } from '../../src/markdown/markdown-lexer.js';

// 10,000 levels of nesting: marked reads nesting by recursion, and a few thousand levels overflowed
// its stack, so the whole reply rendered nothing. Each kind of nesting below must leave the
// paragraphs around it rendered and show the deep part as text.
const DEPTH = 10_000;
const nestings: Array<[string, string]> = [
  ['block quotes', `${'>'.repeat(DEPTH)} deep`],
  ['spaced block quotes', `${'> '.repeat(DEPTH)}deep`],
  ['bullet lists', `${'- '.repeat(DEPTH)}deep`],
  ['ordered lists', `${'1. '.repeat(DEPTH)}deep`],
  ['quotes in lists', `${'> - '.repeat(DEPTH / 2)}deep`],
  ['indented lists', Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- deep`).join('\n')],
  ['emphasis', `${'*'.repeat(DEPTH)}deep${'*'.repeat(DEPTH)}`],
  ['strong emphasis', `${'**a '.repeat(DEPTH / 4)}deep${' b**'.repeat(DEPTH / 4)}`],
  ['emphasis in words', `${'*a '.repeat(DEPTH / 4)}deep${' a*'.repeat(DEPTH / 4)}`],
  ['strikethrough', `${'~~a '.repeat(DEPTH / 4)}deep${' b~~'.repeat(DEPTH / 4)}`],
  ['links', `${'['.repeat(DEPTH)}deep${'](u)'.repeat(DEPTH)}`],
  ['images in links', `${'[!['.repeat(DEPTH / 2)}deep${'](u)](v)'.repeat(DEPTH / 2)}`],
  ['HTML elements', `${'<div>'.repeat(DEPTH)}deep${'</div>'.repeat(DEPTH)}`],
  ['HTML quotes', `${'<blockquote>'.repeat(DEPTH)}deep`],
];

function depthOf(root: Element): number {
  let deepest = 0;
  const walk = (node: Element, depth: number) => {
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(node.children)) walk(child, depth + 1);
  };
  walk(root, 0);
  return deepest;
}

describe('deeply nested content', function () {
  this.timeout(60_000);
  for (const [name, nested] of nestings) {
    for (const streaming of [false, true]) {
      it(`renders 10,000 levels of ${name} ${streaming ? 'while streaming' : 'at once'}, with the paragraphs around it`, async () => {
        const text = `Before the nesting.\n\n${nested}\n\nAfter the nesting.\n`;
        const container = document.createElement('div');
        document.body.append(container);
        const view = new StreamingMarkdownView(container);
        if (streaming) for (let end = 0; end < text.length; end += Math.ceil(text.length / 7)) view.update(text.slice(0, end), true);
        view.update(text, false);
        // Over 64 KiB (the indented lists) render in frame-sized slices.
        await view.settled();
        const paragraphs = Array.from(container.querySelectorAll('p'), (p) => p.textContent);
        expect(paragraphs[0]).to.equal('Before the nesting.');
        expect(paragraphs.at(-1)).to.equal('After the nesting.');
        // The words are there (an image's words are its alt text).
        const alts = Array.from(container.querySelectorAll('img'), (img) => img.alt).join(' ');
        expect(`${container.textContent} ${alts}`.includes('deep'), 'the nested words are shown').to.equal(true);
        // Degraded, not rebuilt 10,000 deep: the browser's own HTML parser stops at 512 levels.
        expect(depthOf(container)).to.be.below(600);
        container.remove();
      });
    }
  }

  it(`shows quotes past ${MAX_BLOCK_DEPTH} levels as their text`, () => {
    const view = new StreamingMarkdownView(document.createElement('div'));
    view.update(`${'> '.repeat(40)}deep`, false);
    expect(view.container.querySelectorAll('blockquote').length).to.equal(MAX_BLOCK_DEPTH);
    expect(view.container.textContent).to.include(`${'> '.repeat(40 - MAX_BLOCK_DEPTH)}deep`.trim());
  });
});

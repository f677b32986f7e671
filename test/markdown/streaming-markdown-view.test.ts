import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { StreamingMarkdownView } from '../../src/markdown/streaming-markdown-view.js';

function renderAtOnce(text: string): string {
  const view = new StreamingMarkdownView(document.createElement('div'));
  view.update(text, false);
  return view.container.innerHTML;
}

describe('StreamingMarkdownView', () => {
  it('ends with the same DOM however the text was split into chunks', () => {
    const pieces = fc.constantFrom('# Title\n', 'Some text', ' **bold**', ' *it*', '\n\n', '- item\n', '1. one\n', '```js\nlet a = 1;\n```\n', '> quote\n', '| a | b |\n|---|---|\n| 1 | 2 |\n', '[link](https://example.com)', ' `code`', '<div>html</div>', '\r\n', '---\n', 'Heading\n===\n');
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 14 }), fc.array(fc.nat(), { maxLength: 12 }), (parts, cuts) => {
        const text = parts.join('');
        const view = new StreamingMarkdownView(document.createElement('div'));
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        for (const point of points) view.update(text.slice(0, point), true);
        view.update(text, false);
        expect(view.container.innerHTML).to.equal(renderAtOnce(text));
      }),
      { numRuns: 150 },
    );
  });

  it('starts over when the text no longer extends what is shown', () => {
    const view = new StreamingMarkdownView(document.createElement('div'));
    view.update('# One\n\nFirst', true);
    view.update('Something else', false);
    expect(view.container.textContent?.trim()).to.equal('Something else');
    expect(view.container.querySelector('h1')).to.equal(null);
  });
});

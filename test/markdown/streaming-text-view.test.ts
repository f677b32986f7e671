import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { StreamingTextView } from '../../src/markdown/streaming-text-view.js';

/** A pre-wrap box of fixed width, as `<chat-message format="text">` shows text. */
function textBox(): HTMLElement {
  const box = document.createElement('div');
  box.style.cssText = 'white-space: pre-wrap; width: 300px; font: 14px/20px monospace;';
  document.body.append(box);
  return box;
}

/** A long reply: lines of several lengths, blank lines, runs of blank lines and lines that wrap. */
function longText(lines: number): string {
  const parts: string[] = [];
  for (let i = 0; i < lines; i++) {
    if (i % 7 === 3) parts.push('');
    else if (i % 23 === 5) parts.push('', '');
    else parts.push(`line ${i} `.repeat((i % 5) + 1 + (i % 11 === 0 ? 20 : 0)));
  }
  return parts.join('\n');
}

describe('StreamingTextView', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows a long streamed text with the same lines as one text node, however it arrived', () => {
    const text = longText(900);
    const reference = textBox();
    reference.textContent = text;
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (cuts) => {
        const box = textBox();
        const view = new StreamingTextView(box);
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        for (const point of points) view.update(text.slice(0, point));
        view.update(text);
        expect(box.textContent).to.equal(text);
        expect(box.innerText).to.equal(reference.innerText);
        expect(box.getBoundingClientRect().height).to.equal(reference.getBoundingClientRect().height);
        box.remove();
      }),
      { numRuns: 25, seed: 20261125 },
    );
  });

  it('keeps a long text in several blocks, so appending lays out only the last one', () => {
    const box = textBox();
    const view = new StreamingTextView(box);
    view.update(longText(900));
    expect(box.querySelectorAll('div').length).to.be.greaterThan(4);
  });

  it('starts over when the text no longer extends what is shown', () => {
    const box = textBox();
    const view = new StreamingTextView(box);
    view.update(longText(900));
    view.update('Something else\n\nand more');
    expect(box.textContent).to.equal('Something else\n\nand more');
    expect(box.innerText).to.equal('Something else\n\nand more');
    expect(box.querySelectorAll('div').length).to.equal(0);
  });
});

import { expect } from '@open-wc/testing';
import { renderMarkdownBlock } from '../../src/markdown/render-block.js';
import type { MarkdownFeatures } from '../../src/markdown/markdown-features.js';

const math: MarkdownFeatures = { math: true };

function render(source: string, features = math): string {
  const box = document.createElement('div');
  box.append(renderMarkdownBlock(source, features));
  return box.innerHTML.trim();
}

describe('math syntax (with the math attribute)', () => {
  it('finds display and inline formulas between their delimiters', () => {
    expect(render('$$\\frac{a}{b}$$')).to.equal('<p><code class="math math-display">\\frac{a}{b}</code></p>');
    expect(render('\\[x^2\\]')).to.equal('<p><code class="math math-display">x^2</code></p>');
    expect(render('so \\(a+b\\) holds')).to.equal('<p>so <code class="math">a+b</code> holds</p>');
    expect(render('so $a+b$ holds')).to.equal('<p>so <code class="math">a+b</code> holds</p>');
    expect(render('$$\nx = y\n$$')).to.equal('<p><code class="math math-display">x = y</code></p>');
  });

  it('leaves money as money', () => {
    expect(render('It costs $5 and $10.')).to.equal('<p>It costs $5 and $10.</p>');
    expect(render('Between $5 and 10$ a day')).to.equal('<p>Between $5 and 10$ a day</p>');
    expect(render('$ 5 and $ 6')).to.equal('<p>$ 5 and $ 6</p>');
    expect(render('a $x$5 b')).to.equal('<p>a $x$5 b</p>');
  });

  it('keeps TeX out of code, escapes and unclosed delimiters', () => {
    expect(render('`$x$` and \\$y\\$')).to.equal('<p><code>$x$</code> and $y$</p>');
    expect(render('open $$x and \\(y')).to.equal('<p>open $$x and (y</p>');
  });

  it('is plain markdown without the attribute', () => {
    expect(render('$a$ and \\(b\\)', {})).to.equal('<p>$a$ and (b)</p>');
  });
});

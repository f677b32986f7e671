import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { StreamingMarkdownView } from '../../src/markdown/streaming-markdown-view.js';
import { markdownWork } from '../../src/markdown/work-meter.js';

/** What the reader sees: the blocks' rendered content, whichever block wrappers hold it. */
function shown(container: HTMLElement): string {
  return Array.from(container.querySelectorAll(':scope > .block, :scope > .section > .block'), (block) => block.innerHTML).join('');
}

function renderAtOnce(text: string): string {
  const view = new StreamingMarkdownView(document.createElement('div'));
  view.update(text, false);
  return shown(view.container);
}

const words = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

// Long open blocks of each kind a reply streams for many KiB, numbered so every line can be found.
const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n');
const longBlocks: Record<string, string> = {
  paragraph: lines(900, (i) => `Line l${i} of a **long** paragraph with \`code\` and a [link](https://example.com/${i}).`),
  'fenced code': `\`\`\`js\n${lines(1500, (i) => `const l${i} = compute(${i}); // *not emphasis*`)}\n`,
  'indented code': lines(1500, (i) => `    let l${i} = ${i};`),
  list: lines(900, (i) => `- item l${i} with *emphasis* and more words`),
  'ordered list': lines(900, (i) => `${i + 1}. item l${i} with words`),
  table: `| name | value |\n| --- | ---: |\n${lines(1200, (i) => `| l${i} | ${i} |`)}`,
  quote: lines(700, (i) => (i % 2 ? '>' : `> Quoted l${i} line with _words_ in it.`)),
};

/** Streams `text` into a view `step` characters at a time; the lexer's reads per update and in all. */
function stream(text: string, step: number, check?: (view: StreamingMarkdownView, end: number) => void) {
  const view = new StreamingMarkdownView(document.createElement('div'));
  const before = markdownWork.lexed;
  let most = 0;
  for (let end = step; end < text.length; end += step) {
    const start = markdownWork.lexed;
    view.update(text.slice(0, end), true);
    most = Math.max(most, markdownWork.lexed - start);
    check?.(view, end);
  }
  view.update(text, false);
  return { view, lexed: markdownWork.lexed - before, most };
}

describe('a long open block while it streams', () => {
  for (const [kind, text] of Object.entries(longBlocks)) {
    it(`${kind}: each update reads a bounded part of the block, and the end shows what a whole render shows`, () => {
      const step = 512;
      const { view, lexed, most } = stream(text, step, (view, end) => {
        // The reader sees every whole line sent so far (the last one may be cut mid-word).
        const sent = text.slice(0, end);
        const lastWhole = /l(\d+)\b[^\n]*\n[^\n]*$/.exec(sent);
        if (lastWhole) expect(view.container.textContent, `line l${lastWhole[1]} shown at ${end}`).to.include(`l${lastWhole[1]}`);
      });
      // Rendered whole at every update, a 40 KiB block was read about 160 times its length; now about 12.
      expect(most, 'characters lexed in one update').to.be.below(24 * 1024);
      expect(lexed, 'characters lexed in all').to.be.below(text.length * 20);
      expect(shown(view.container)).to.equal(renderAtOnce(text));
    });
  }

  it('shows the block whole again once it turns out to be something else (a setext heading)', () => {
    const text = `${words(3000, 'w').join(' ')}\nand the last line\n===\n\nAfter.`;
    const { view } = stream(text, 700);
    expect(view.container.querySelector('h1')?.textContent).to.include('w2999');
    expect(shown(view.container)).to.equal(renderAtOnce(text));
  });

  it('ends a long list where the text after it begins, rendered as a whole render shows it', () => {
    const text = `${longBlocks.list}\n\nA paragraph after the list.\n\n${longBlocks.table}\n\nThe end.`;
    const { view } = stream(text, 900);
    expect(view.container.querySelectorAll('li')).to.have.length(900);
    expect(view.container.querySelectorAll('tbody tr')).to.have.length(1200);
    expect(shown(view.container)).to.equal(renderAtOnce(text));
  });
});

describe('long replies streamed in random splits (fast-check, fixed seed)', () => {
  it('end with the same DOM as a whole render, whatever long blocks they stream through', () => {
    const line = fc.constantFrom('Some words here', ' **bold** and *it*', ' `code`', ' [a link](https://example.com/x)', '- item', '1. step', '| a | b |', '> quoted', '    indented', '```js', '~~~', 'let x = 1;', '');
    fc.assert(
      fc.property(fc.array(line, { minLength: 4, maxLength: 30 }), fc.integer({ min: 12_000, max: 40_000 }), fc.array(fc.integer({ min: 1, max: 4000 }), { minLength: 4, maxLength: 20 }), (lines, size, steps) => {
        let text = '';
        for (let round = 0; text.length < size; round++) text += `${lines.join(`\n`)} r${round}\n`;
        const view = new StreamingMarkdownView(document.createElement('div'));
        for (let end = 0, i = 0; end < text.length; end += steps[i++ % steps.length]) view.update(text.slice(0, end), true);
        view.update(text, false);
        expect(shown(view.container)).to.equal(renderAtOnce(text));
      }),
      { numRuns: 25, seed: 20261201 },
    );
  });
});

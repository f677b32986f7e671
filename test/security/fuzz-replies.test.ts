import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements/chat-message/define.js';
import type { ChatMessageElement } from '../../src/elements/chat-message/chat-message.js';
import { contentOf, makeMessage } from '../elements/chat-message/message-fixtures.js';
import { markdownWork } from '../../src/markdown/work-meter.js';

// Whole replies of up to 64 KB, made of markdown, HTML and hostile pieces in random order, streamed
// into a <chat-message> between buttons, with fixed seeds (the same replies on every run). For each:
// the work of rendering it is linear in its length, the buttons around it neither move nor get
// covered, and every word of the reply is shown.
//
// Work, not time (a test does not time; `npm run bench` does): the characters the markdown lexer
// reads, counted by the renderer. Rendering a growing open block whole at every update read it
// again each time, quadratic in its length (a 64 KB paragraph: 2.5–3.2 s for one update); now each
// update reads the new text and a window of a few KiB, and each block once more when it closes.
const MAX_BYTES = 64 * 1024;
const CHUNK = 2048;
// (A block no window fits, one line of many KiB, is rendered again each time it grew by an eighth:
// up to about 18 reads of each character; before, a 64 KB reply read up to 43 per character.)
/** Characters lexed per character of the reply, at most, plus a constant for the first render. */
const LEXED_PER_CHAR = 20;
const lexedBound = (length: number) => 64 * 1024 + length * LEXED_PER_CHAR;

const syntax = fc.constantFrom(
  '\n', '\n\n', ' ', '# ', '## ', '> ', '>', '- ', '1. ', '* ', '**', '*', '_', '__', '~~', '`', '```', '```js\n', '~~~\n',
  '    ', '\t', '| ', ' |', '|---|', '|:-:', '---\n', '===\n', '[', ']', '](', ')', '![', '"', '\\', '&amp;', '&#x3c;', '<',
  '>', '<b>', '</b>', '<div>', '</div>', '<details open>', '</details>', '<a class="copy-buffer" href="https://x.example/">',
  '</a>', '<p role="alert" class="error-row">', '<span part="error" id="x">', '<img src=x alt="', '">', '<!--', '-->',
  'https://', 'www.', '@', ':', '-', '|', '[a]: https://x.example/\n',
);

interface Piece {
  text: string;
  word?: string;
}

let wordCount = 0;
const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 3, arbitrary: syntax.map((text) => ({ text })) },
  { weight: 2, arbitrary: fc.constant(null).map(() => {
    const word = `w${(wordCount++).toString(36)}z`;
    return { text: ` ${word} `, word };
  }) },
  { weight: 1, arbitrary: fc.nat({ max: 40 }).map((depth) => ({ text: `${'> '.repeat(depth)}` })) },
);

/** Replies whose pieces repeat up to `size`; `paragraphs`: a blank line after every 40 pieces. */
const replies = (paragraphs: boolean) => fc.record({ pieces: fc.array(piece, { minLength: 1, maxLength: 300 }), size: fc.integer({ min: 256, max: MAX_BYTES }) }).map(({ pieces, size }) => {
  if (paragraphs) pieces = pieces.flatMap((one, index) => (index % 40 === 39 ? [one, { text: '\n\n' }] : [one]));
  let text = '';
  const words: string[] = [];
  // The pieces again and again up to the size (each repetition with its own words, to find them all).
  for (let round = 0; text.length < size; round++) {
    for (const { text: part, word } of pieces) {
      if (text.length >= size) break;
      if (word) {
        const unique = `${word}r${round}`;
        text += part.replace(word, unique);
        words.push(unique);
      } else text += part;
    }
  }
  return { text, words };
});

describe('fuzzed whole replies (fast-check, fixed seeds)', function () {
  this.timeout(240_000);

  const property = (paragraphs: boolean, counted: boolean) => async () => {
    const page = await fixture(html`<div style="width: 640px">
      <button id="above">Above</button>
      <div style="height: 320px; overflow: auto"><chat-message format="markdown"></chat-message></div>
      <button id="below">Below</button>
    </div>`);
    const message = page.querySelector<ChatMessageElement>('chat-message')!;
    const buttons = Array.from(page.querySelectorAll('button'));
    const rects = () => buttons.map((button) => JSON.stringify(button.getBoundingClientRect()));
    const before = rects();
    await fc.assert(
      fc.asyncProperty(replies(paragraphs), async ({ text, words }) => {
        try {
          await check(text, words);
        } catch (error) {
          // fast-check's report leads with the (long) reply; say what failed first.
          console.log(`FUZZ FAILURE: ${String(error).slice(0, 400)}`);
          throw new Error(`${String(error).slice(0, 500)} (a ${text.length}-character reply)`);
        }
      }),
      { numRuns: 12, seed: 20261201, endOnFailure: true },
    );

    async function check(text: string, words: string[]) {
        message.message = makeMessage({ id: `m${wordCount}`, content: '', status: 'streaming' });
        await message.updateComplete;
        const started = markdownWork.lexed;
        for (let end = CHUNK; ; end += CHUNK) {
          const last = end >= text.length;
          message.message = makeMessage({ id: `m${wordCount}`, content: text.slice(0, end), status: last ? 'complete' : 'streaming' });
          await message.updateComplete;
          if (last) break;
        }
        const lexed = markdownWork.lexed - started;
        if (counted) expect(lexed, `characters lexed for a ${text.length}-character reply`).to.be.at.most(lexedBound(text.length));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(rects(), 'nothing outside the message moved').to.deep.equal(before);
        for (const button of buttons) {
          const box = button.getBoundingClientRect();
          expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2), 'nothing covers the page').to.equal(button);
        }
        const content = contentOf(message);
        const shown = [content.textContent ?? '', ...Array.from(content.querySelectorAll('[alt], [href], [title]'), (element) =>
          ['alt', 'href', 'title'].map((name) => element.getAttribute(name) ?? '').join(' '))].join(' ');
        const missing = words.filter((word) => !shown.includes(word));
        expect(missing, 'words of the reply not shown').to.deep.equal([]);
    }
  };

  it('render inside their box, with every word shown', property(false, false));

  it('render with work linear in their length', property(true, true));
  it('render with work linear in their length even without blank lines', property(false, true));
});

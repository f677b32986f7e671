import { expect } from '@open-wc/testing';
import { healMarkdown } from '../../src/markdown/heal-markdown.js';
import { StreamingMarkdownView, type ReplyPhase } from '../../src/markdown/streaming-markdown-view.js';
import { contentOf, makeMessage, showMessage } from '../elements/chat-message/message-fixtures.js';

// A reply stopped by the reader or cut by an error ends wherever the stream stopped: its last block
// must read as text, not as raw markers, and a link whose address never finished is not a link.
function render(text: string, phase: ReplyPhase): HTMLElement {
  const view = new StreamingMarkdownView(document.createElement('div'));
  view.update(text, phase);
  return view.container;
}

const CUT_ENDINGS: Array<[string, string, string]> = [
  // [name, reply, the text the reader sees at its end]
  ['bold cut mid-word', 'Today:\n\n- Temperature: 12 °C\n- **Humidity', 'Humidity'],
  ['emphasis cut', 'It was _quite', 'quite'],
  ['a link whose URL never finished', 'See [the Open-Meteo docs](https://open-meteo.c', 'the Open-Meteo docs'],
  ['a link with half a title', 'See [the docs](https://open-meteo.com "Open', 'the docs'],
  ['a bare address cut short', 'Data from https://open-meteo.c', 'https://open-meteo.c'],
  ['a www address cut short', 'Data from www.open-meteo.c', 'www.open-meteo.c'],
  ['an email address cut short', 'Write to support@open-meteo.c', 'support@open-meteo.c'],
  ['a code span cut', 'Run `npm inst', 'npm inst'],
];

describe('a reply cut short (stopped or failed)', () => {
  for (const [name, reply, end] of CUT_ENDINGS) {
    it(`ends as text: ${name}`, () => {
      const container = render(reply, 'cut');
      expect(container.textContent?.trim().endsWith(end), container.innerHTML).to.equal(true);
      expect(container.textContent).not.to.match(/\*\*|\]\(|(^|\s)_\w/);
      expect(container.querySelector('a'), 'no link to half an address').to.equal(null);
    });
  }

  it('heals the markers a cut left open', () => {
    expect(render('- **Humidity', 'cut').querySelector('strong')?.textContent).to.equal('Humidity');
  });

  it('still links a complete reply that ends with an address', () => {
    const container = render('Data from https://open-meteo.com', 'complete');
    expect(container.querySelector('a')?.getAttribute('href')).to.equal('https://open-meteo.com');
  });

  it('links an address once text after it shows it is whole', () => {
    expect(render('Data from https://open-meteo.com and', 'streaming').querySelector('a')).not.to.equal(null);
    expect(healMarkdown('use `https://x.c', true)).to.equal('use `https://x.c`');
  });

  for (const status of ['stopped', 'error'] as const) {
    it(`<chat-message> shows a ${status} reply's last block healed`, async () => {
      const element = await showMessage(makeMessage({ status, content: 'Weather:\n\n**Humidity 80 % per [Open-Meteo](https://open-meteo.c' }));
      const content = contentOf(element);
      expect(content.querySelector('strong')?.textContent).to.equal('Humidity 80 % per Open-Meteo');
      expect(content.querySelector('a')).to.equal(null);
      expect(content.textContent).not.to.contain('**');
    });
  }
});

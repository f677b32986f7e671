import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Marked } from 'marked';
import { sanitizeToFragment } from '../../src/markdown/sanitize-html.js';
import { tokensToDom } from '../../src/markdown/token-dom.js';

const markdown = new Marked({ gfm: true, breaks: false, async: false });

function serialize(fragment: DocumentFragment): string {
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}

/** What the HTML path shows: marked's HTML through DOMPurify. */
function viaHtml(source: string): string {
  return serialize(sanitizeToFragment(markdown.parse(source) as string)!);
}

function viaTokens(source: string): string | undefined {
  const fragment = tokensToDom(markdown.lexer(source));
  return fragment && serialize(fragment);
}

const samples = [
  '# Title\n\nA paragraph with **bold**, *em*, ~~gone~~, `code` and a [link](https://example.com "Example").\n',
  '## Steps\n\n1. one\n2. two\n   - nested *a*\n   - nested b\n3. three\n',
  '5. five\n6. six\n',
  '- tight\n- list\n\n- loose\n\n  with a second paragraph\n',
  '- [ ] to do\n- [x] done\n',
  '> quoted\n> > nested quote\n\n---\n',
  '```js\nconst a = 1;\nif (a > 0) console.log("yes");\n```\n',
  '```\nno language\n```\n',
  '    indented code\n    more\n',
  '| Name | Value | Note |\n|:-----|------:|:----:|\n| a | 1 | *x* |\n| b | 2 | `y` |\n',
  '| only | header |\n|---|---|\n',
  'Line one  \nline two\\\nline three\n',
  'Visit https://example.com/path?q=1 or www.example.org, or mail someone@example.com.\n',
  '![alt *text*](https://example.com/a.png "An image") and ![plain](https://example.com/b.png)\n',
  'Escaped \\*stars\\* and \\_underscores\\_ and \\# hash.\n',
  'Setext heading\n===\n\nAnother\n---\n',
  '[ref link][r]\n\n[r]: https://example.com/ref\n',
  'Unicode: café, 日本語, emoji 🎉, quotes "double" and \'single\'.\n',
  'A [link with `code` and **bold**](https://example.com/x_(y)) inside.\n',
];

const hostileUrls = [
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](java\tscript:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '[x](vbscript:msgbox(1))',
  '[x]( javascript:alert(1))',
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml;base64,PHN2Zz4=)',
  '[x](%6Aavascript:alert(1))',
  '[x](\\javascript:alert(1))',
];

describe('tokensToDom', () => {
  it('builds the same DOM as marked + DOMPurify for markdown without HTML', () => {
    for (const source of samples) expect(viaTokens(source), source).to.equal(viaHtml(source));
  });

  it('keeps no script URL, exactly as DOMPurify would not', () => {
    for (const source of hostileUrls) {
      const built = viaTokens(source);
      expect(built, source).to.equal(viaHtml(source));
      expect(built, source).not.to.match(/(?:href|src)="\s*(?:javascript|data|vbscript):/i);
    }
  });

  it('leaves raw HTML to the HTML path when HTML is allowed', () => {
    expect(tokensToDom(markdown.lexer('<div>html</div>\n'), { allowHtml: true })).to.equal(undefined);
    expect(tokensToDom(markdown.lexer('Some <b>inline</b> html\n'), { allowHtml: true })).to.equal(undefined);
  });

  it('shows raw HTML as the text it is otherwise', () => {
    expect(viaTokens('<div>html</div>\n')).to.equal('<p>&lt;div&gt;html&lt;/div&gt;</p>\n');
    expect(viaTokens('Some <b>inline</b> html <img src=x onerror=alert(1)>\n')).to.equal('<p>Some &lt;b&gt;inline&lt;/b&gt; html &lt;img src=x onerror=alert(1)&gt;</p>\n');
  });

  it('decodes character references as the HTML parser would', () => {
    for (const source of ['Fish &amp; chips, AT&T &copy; 2026 &#169; &#xA9; &hellip; &nbsp;x &bogus; &#0;\n', '[a &amp; b](https://example.com/?a=1&amp;b=2 "t &quot;q&quot;") ![x &lt; y](https://example.com/i.png)\n', '`&amp; stays` and\n\n```\n&lt;code&gt;\n```\n']) {
      expect(viaTokens(source), source).to.equal(viaHtml(source));
    }
  });

  it('matches the HTML path on random mixes of markdown', () => {
    const pieces = fc.constantFrom('# Title\n', 'Some text', ' **bold**', ' *it*', '_u_', '\n\n', '\n', '- item\n', '  - sub\n', '1. one\n', '3) three\n', '```py\nx = [1, 2]\n```\n', '> quote\n', '| a | b |\n|---|---|\n| 1 | 2 |\n', '[link](https://example.com)', ' `code`', '---\n', 'Heading\n===\n', '~~del~~', '\\*', '  \n', 'https://example.com ', '![i](https://example.com/x.png)', '- [x] done\n', '    code\n', '"quoted"', "'single'");
    let direct = 0;
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 16 }), (parts) => {
        const source = parts.join('');
        const built = viaTokens(source);
        if (built !== undefined) direct++;
        if (built !== undefined) expect(built, JSON.stringify(source)).to.equal(viaHtml(source));
      }),
      { numRuns: 400, seed: 20261125 },
    );
    // None of these pieces holds raw HTML: every mix must have been built directly.
    expect(direct).to.equal(400);
  });
});

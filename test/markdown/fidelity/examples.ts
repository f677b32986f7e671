/** One spec example: markdown and the reference HTML. */
export interface Example {
  section: string;
  number: number;
  markdown: string;
  html: string;
}

const FENCE = '````````````````````````````````';

/** The CommonMark spec's examples, parsed from the `commonmark-spec` package's spec.txt (→ is a tab there). */
export async function commonMarkExamples(): Promise<Example[]> {
  const text = await (await fetch('/node_modules/commonmark-spec/spec.txt')).text();
  const examples: Example[] = [];
  let section = '';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#{1,6} (.+)$/.exec(lines[i]);
    if (heading) section = heading[1];
    if (lines[i] !== `${FENCE} example`) continue;
    const markdown: string[] = [];
    const html: string[] = [];
    let into = markdown;
    for (i++; lines[i] !== FENCE; i++) {
      if (lines[i] === '.') into = html;
      else into.push(lines[i]);
    }
    const tabs = (value: string[]) => value.map((line) => `${line}\n`).join('').replace(/→/g, '\t');
    examples.push({ section, number: examples.length + 1, markdown: tabs(markdown), html: tabs(html) });
  }
  return examples;
}

/** GitHub Flavored Markdown's own extensions, as its spec shows them (tables, task lists, strikethrough, autolinks). */
export const GFM_EXAMPLES: Example[] = [
  ['Tables', '| foo | bar |\n| --- | --- |\n| baz | bim |\n', '<table><thead><tr><th>foo</th><th>bar</th></tr></thead><tbody><tr><td>baz</td><td>bim</td></tr></tbody></table>'],
  ['Tables', '| abc | defghi |\n:-: | -----------:\nbar | baz\n', '<table><thead><tr><th align="center">abc</th><th align="right">defghi</th></tr></thead><tbody><tr><td align="center">bar</td><td align="right">baz</td></tr></tbody></table>'],
  ['Tables', '| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n', '<table><thead><tr><th>f|oo</th></tr></thead><tbody><tr><td>b <code>|</code> az</td></tr><tr><td>b <strong>|</strong> im</td></tr></tbody></table>'],
  ['Tables', '| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n', '<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody><tr><td>bar</td><td>baz</td></tr></tbody></table><blockquote><p>bar</p></blockquote>'],
  ['Tables', '| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n', '<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody><tr><td>bar</td><td>baz</td></tr><tr><td>bar</td><td></td></tr></tbody></table><p>bar</p>'],
  ['Tables', '| abc | def |\n| --- |\n| bar |\n', '<p>| abc | def |\n| --- |\n| bar |</p>'],
  ['Tables', '| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n', '<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody><tr><td>bar</td><td></td></tr><tr><td>bar</td><td>baz</td></tr></tbody></table>'],
  ['Tables', '| abc | def |\n| --- | --- |\n', '<table><thead><tr><th>abc</th><th>def</th></tr></thead></table>'],
  ['Task list items', '- [ ] foo\n- [x] bar\n', '<ul><li><input disabled="" type="checkbox"> foo</li><li><input checked="" disabled="" type="checkbox"> bar</li></ul>'],
  ['Task list items', '- [x] foo\n  - [ ] bar\n  - [x] baz\n- [ ] bim\n', '<ul><li><input checked="" disabled="" type="checkbox"> foo<ul><li><input disabled="" type="checkbox"> bar</li><li><input checked="" disabled="" type="checkbox"> baz</li></ul></li><li><input disabled="" type="checkbox"> bim</li></ul>'],
  ['Strikethrough', '~~Hi~~ Hello, world!\n', '<p><del>Hi</del> Hello, world!</p>'],
  ['Strikethrough', 'This ~~has a\n\nnew paragraph~~.\n', '<p>This ~~has a</p><p>new paragraph~~.</p>'],
  ['Autolinks', 'www.commonmark.org\n', '<p><a href="http://www.commonmark.org">www.commonmark.org</a></p>'],
  ['Autolinks', 'Visit www.commonmark.org/help for more information.\n', '<p>Visit <a href="http://www.commonmark.org/help">www.commonmark.org/help</a> for more information.</p>'],
  ['Autolinks', 'Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.\n', '<p>Visit <a href="http://www.commonmark.org">www.commonmark.org</a>.</p><p>Visit <a href="http://www.commonmark.org/a.b">www.commonmark.org/a.b</a>.</p>'],
  ['Autolinks', 'www.google.com/search?q=Markup+(business)\n\nwww.google.com/search?q=Markup+(business)))\n', '<p><a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a></p><p><a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a>))</p>'],
  ['Autolinks', 'http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))\n', '<p><a href="http://commonmark.org">http://commonmark.org</a></p><p>(Visit <a href="https://encrypted.google.com/search?q=Markup+(business)">https://encrypted.google.com/search?q=Markup+(business)</a>)</p>'],
  ['Autolinks', 'foo@bar.baz\n', '<p><a href="mailto:foo@bar.baz">foo@bar.baz</a></p>'],
].map(([section, markdown, html], index) => ({ section, number: index + 1, markdown, html }));

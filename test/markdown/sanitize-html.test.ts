import { expect } from '@open-wc/testing';
import { sanitizeToFragment } from '../../src/markdown/sanitize-html.js';

function clean(html: string): string {
  const holder = document.createElement('div');
  holder.append(sanitizeToFragment(html)!);
  return holder.innerHTML;
}

describe('sanitizeToFragment', () => {
  it('keeps ordinary formatting', () => {
    expect(clean('<p>a <strong>b</strong> <code>c</code></p>')).to.equal('<p>a <strong>b</strong> <code>c</code></p>');
  });

  it('removes scripts, styles, frames, embeds and forms with their contents', () => {
    expect(clean('<script>x()</script><style>p{}</style><iframe src="https://e.x"></iframe><object></object><embed><form><input></form>ok')).to.equal('ok');
  });

  it('removes event handlers, style attributes and script URLs', () => {
    const html = clean('<img src="https://e.x/a.png" onerror="x()" style="width:1px"><a href="javascript:x()">a</a><a href="data:text/html,x">b</a><a href="VBScript:x">c</a>');
    expect(html).not.to.match(/onerror|style=|javascript|data:|vbscript/i);
  });

  it('makes links open in a new tab without an opener', () => {
    expect(clean('<a href="https://example.com">x</a>')).to.equal('<a href="https://example.com" rel="noopener noreferrer" target="_blank">x</a>');
  });

  it('keeps an unclosed element inside the fragment it came in', () => {
    const fragment = sanitizeToFragment('<table><tr><td>open')!;
    const holder = document.createElement('div');
    holder.append(fragment, 'after');
    expect(holder.lastChild?.textContent).to.equal('after');
    expect(holder.querySelector('td')?.textContent).to.equal('open');
  });
});

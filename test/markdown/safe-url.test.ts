import { expect } from '@open-wc/testing';
import { isSafeUrl } from '../../src/markdown/safe-url.js';

describe('isSafeUrl', () => {
  it('keeps web, mail and relative URLs', () => {
    for (const url of ['https://example.com/a?b#c', 'http://x', 'mailto:a@b.c', 'tel:+1', '/path', 'page.html', '#top', '?q=1', '%6Aavascript:x', 'a/b:c']) {
      expect(isSafeUrl(url), url).to.equal(true);
    }
  });

  it('drops schemes that run code or smuggle content, however they are written', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:x', 'java\tscript:x', ' javascript:x', '\u0000javascript:x', 'java\u00a0script:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/y']) {
      expect(isSafeUrl(url), JSON.stringify(url)).to.equal(false);
    }
  });
});

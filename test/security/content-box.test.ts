import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/elements/chat-message/define.js';
import type { ChatMessageElement } from '../../src/elements/chat-message/chat-message.js';
import { contentOf, makeMessage, settle } from '../elements/chat-message/message-fixtures.js';

// A reply must stay inside its message box: it cannot wear the kit's own classes (`copy-buffer`
// is position: fixed; `error-row` looks like the error notice), reach its ids or parts, announce
// itself as an alert, or paint over the page. A page with buttons around the chat checks it the
// way a user would: every button still takes a real click, wherever it is.
const LINK = 'https://attacker.example/';
const big = (text: string) => text.repeat(400);
const HOSTILE_REPLIES: string[] = [
  `<a class="copy-buffer" href="${LINK}">${big('click ')}</a>`,
  `<div class="copy-buffer"><a href="${LINK}">${big('x ')}</a></div>`,
  `<a class="copy" href="${LINK}">${big('copy ')}</a>`,
  `<div class="code-block"><a class="copy" href="${LINK}">Copy</a></div>`,
  `<div class="error-row"><div class="error" role="alert">Your session expired. <a href="${LINK}">Sign in again</a></div></div>`,
  `<p role="alert" aria-live="assertive">Payment failed</p><output>Retry in 5 s</output>`,
  `<div class="stopped" part="stopped">Stopped</div><p part="error" id="retry">x</p>`,
  `<div class="section pending block open"><a href="${LINK}">${big('y ')}</a></div>`,
  `<div class="bubble message jump load-earlier retry-wait composer">${big('z ')}</div>`,
  `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="5000" height="5000" alt="huge">`,
  `<div popover="manual" id="p">popover</div><details open><summary>s</summary>${big('d ')}</details>`,
  `<table class="copy-buffer"><tr><td><a href="${LINK}">cell</a></td></tr></table>`,
  `<span class="language-js copy-buffer">a</span> <code class="copy-buffer language-js">b</code>`,
  `${'> '.repeat(30)}deep [link](${LINK})\n\n${'| a '.repeat(200)}|\n${'|---'.repeat(200)}|\n`,
  `\`\`\`copy-buffer\n${big('code ')}\n\`\`\`\n`,
];

describe('reply content stays in its message box', function () {
  this.timeout(60_000);
  let page: HTMLElement;
  let clicks: Map<HTMLButtonElement, number>;

  beforeEach(async () => {
    clicks = new Map();
    page = await fixture(html`<div style="position: relative; width: 700px; font: 16px sans-serif">
      <button id="top" style="display: block; margin: 0 auto">Above the chat</button>
      <div style="display: flex; gap: 8px">
        <button id="left" style="flex: none">Left</button>
        <div style="width: 420px; height: 300px; overflow: auto" id="chat-box"><chat-message format="markdown"></chat-message></div>
        <button id="right" style="flex: none">Right</button>
      </div>
      <button id="bottom">Below the chat</button>
      <button id="corner" style="position: fixed; top: 4px; left: 4px">Page corner</button>
      <button id="middle" style="position: fixed; top: 50vh; left: 50vw">Page middle</button>
    </div>`);
    for (const button of Array.from(page.querySelectorAll('button'))) {
      clicks.set(button, 0);
      button.addEventListener('click', () => clicks.set(button, clicks.get(button)! + 1));
    }
  });

  async function clickEveryButton(label: string) {
    for (const button of clicks.keys()) {
      const box = button.getBoundingClientRect();
      const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      expect(document.elementFromPoint(x, y), `${label}: what is on top of "${button.textContent}"`).to.equal(button);
      const before = clicks.get(button)!;
      await sendMouse({ type: 'click', position: [x, y] });
      expect(clicks.get(button), `${label}: "${button.textContent}" took the click`).to.equal(before + 1);
    }
  }

  for (const [index, reply] of HOSTILE_REPLIES.entries()) {
    for (const status of ['complete', 'streaming'] as const) {
      it(`keeps every button outside clickable: reply ${index + 1} (${status})`, async () => {
        const message = page.querySelector<ChatMessageElement>('chat-message')!;
        const rects = Array.from(clicks.keys(), (button) => JSON.stringify(button.getBoundingClientRect()));
        message.message = makeMessage({ content: `Before.\n\n${reply}`, status });
        await message.updateComplete;
        await settle();
        // Nothing outside the box moved…
        expect(Array.from(clicks.keys(), (button) => JSON.stringify(button.getBoundingClientRect()))).to.deep.equal(rects);
        // …or is covered.
        await clickEveryButton(`reply ${index + 1}`);
        const content = contentOf(message);
        // Every part of the box holds fixed descendants (the open block is paint-contained, finished
        // blocks sit in content-visibility sections, which are too).
        for (const part of Array.from(content.querySelectorAll<HTMLElement>(':scope > .open, :scope > .section'))) {
          const probe = document.createElement('span');
          probe.style.cssText = 'position: fixed; top: 0; left: 0';
          part.append(probe);
          const [box, held] = [part.getBoundingClientRect(), probe.getBoundingClientRect()];
          probe.remove();
          expect([held.top, held.left], `a fixed element stays in .${part.className}`).to.deep.equal([box.top, box.left]);
        }
        for (const element of Array.from(content.querySelectorAll('*'))) {
          const ours = element.closest('[part="code-block"]') && (element.matches('[part="code-block"], [part="code-header"], [part="code-language"], [part="copy-button"]'));
          if (ours || element.matches('.section, .block')) continue;
          const where = `<${element.localName} ${Array.from(element.attributes, (a) => `${a.name}="${a.value}"`).join(' ')}>`;
          const classes = Array.from(element.classList);
          expect(classes.every((name) => element.localName === 'code' && /^language-/.test(name) && classes.length === 1), `${where} has no class of ours`).to.equal(true);
          for (const name of ['id', 'role', 'aria-live', 'part', 'exportparts', 'slot', 'popover', 'style', 'tabindex']) {
            expect(element.hasAttribute(name), `${where} has no ${name}`).to.equal(false);
          }
          expect(['fixed', 'sticky']).not.to.include(getComputedStyle(element).position);
          expect(['output', 'marquee']).not.to.include(element.localName);
        }
      });
    }
  }
});

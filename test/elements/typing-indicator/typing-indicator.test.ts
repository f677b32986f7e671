import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/typing-indicator/define.js';
import type { TypingIndicatorElement } from '../../../src/elements/typing-indicator/typing-indicator.js';
import { axeViolations } from '../../helpers/axe.js';

function statusOf(el: TypingIndicatorElement) {
  return el.shadowRoot!.querySelector('[role="status"]')!;
}

function dots(el: TypingIndicatorElement) {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part="dot"]'));
}

describe('<typing-indicator>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('is hidden until active, then shows three animated dots', async () => {
    const el = await fixture<TypingIndicatorElement>(html`<typing-indicator></typing-indicator>`);
    expect(getComputedStyle(el).display).to.equal('none');
    el.active = true;
    await el.updateComplete;
    expect(el.hasAttribute('active')).to.equal(true);
    expect(getComputedStyle(el).display).not.to.equal('none');
    expect(dots(el).length).to.equal(3);
    for (const dot of dots(el)) expect(getComputedStyle(dot).animationName).to.equal('typing-bounce');
  });

  it('is a status region named "Assistant is typing" that announces itself when it appears', async () => {
    const el = await fixture<TypingIndicatorElement>(html`<typing-indicator></typing-indicator>`);
    expect(statusOf(el).getAttribute('aria-label')).to.equal('Assistant is typing');
    expect(statusOf(el).textContent?.trim()).to.equal('');
    el.active = true;
    await el.updateComplete;
    expect(statusOf(el).textContent?.trim()).to.equal('Assistant is typing');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('uses a custom label', async () => {
    const el = await fixture<TypingIndicatorElement>(html`<typing-indicator active label="Claude is writing"></typing-indicator>`);
    expect(statusOf(el).getAttribute('aria-label')).to.equal('Claude is writing');
    expect(statusOf(el).textContent?.trim()).to.equal('Claude is writing');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps still for readers who ask for reduced motion', async () => {
    const el = await fixture<TypingIndicatorElement>(html`<typing-indicator active></typing-indicator>`);
    await emulateMedia({ reducedMotion: 'reduce' });
    for (const dot of dots(el)) expect(getComputedStyle(dot).animationName).to.equal('none');
  });

  it('takes its colours and sizes from custom properties', async () => {
    const el = await fixture<TypingIndicatorElement>(html`<typing-indicator active></typing-indicator>`);
    el.style.setProperty('--chat-typing-dot-color', 'rgb(1, 2, 3)');
    el.style.setProperty('--chat-typing-dot-size', '10px');
    el.style.setProperty('--chat-assistant-bg', 'rgb(4, 5, 6)');
    expect(getComputedStyle(dots(el)[0]).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(dots(el)[0]).width).to.equal('10px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="indicator"]')!).backgroundColor).to.equal('rgb(4, 5, 6)');
  });

  it('passes axe when inactive too', async () => {
    const el = await fixture<TypingIndicatorElement>(html`<typing-indicator></typing-indicator>`);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

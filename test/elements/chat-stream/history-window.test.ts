import { expect } from '@open-wc/testing';
import { firstWindow, HistoryWindow, PRESS } from '../../../src/elements/chat-stream/history-window.js';

// Plain state: no element, no DOM. A message is any object; its text estimates its height.
interface Item {
  text: string;
}
const items = (count: number, text = 'a short message') => Array.from({ length: count }, (): Item => ({ text }));
const view = { width: 640, height: 512 };
const windowOf = () => new HistoryWindow<Item>((item) => item.text);

describe('HistoryWindow (the history as plain state)', () => {
  it('opens a long history at its newest messages, enough to fill two views', () => {
    const state = windowOf();
    const history = items(2000);
    state.open(history, view);
    const shown = state.shown(history);
    expect(shown.at(-1)).to.equal(history[1999]);
    expect(shown.length).to.equal(2000 - state.hidden);
    // 72 px per short message (one line and the bubble): two 512 px views take 15 of them.
    expect(shown.length).to.equal(15);
  });

  it('sizes the first window from the text: fewer tall messages, more in a taller view, within 4 and 40', () => {
    const short = items(100).map((item) => item.text);
    expect(firstWindow(short, (text) => text, view)).to.equal(15);
    expect(firstWindow(short, (text) => text, { width: 640, height: 1024 })).to.equal(29);
    expect(firstWindow(items(100, 'word '.repeat(400)), (item) => item.text, view)).to.equal(4);
    expect(firstWindow(items(100, 'x'), (item) => item.text, { width: 640, height: 10000 })).to.equal(40);
    expect(firstWindow(items(3), (item) => item.text, view)).to.equal(3);
    // Line breaks count as lines, whatever the width.
    expect(firstWindow(items(100, 'a\n'.repeat(30)), (item) => item.text, view)).to.equal(4);
  });

  it('reveals earlier messages one at a time, four per press, until the first', () => {
    const state = windowOf();
    const history = items(30);
    state.open(history, view);
    const hidden = state.hidden;
    state.press();
    expect(state.requested).to.equal(PRESS);
    expect(state.revealOne()).to.equal(true);
    expect(state.hidden).to.equal(hidden - 1);
    expect(state.requested).to.equal(PRESS - 1);
    while (state.revealOne());
    expect(state.hidden).to.equal(0);
    expect(state.requested).to.equal(0);
    expect(state.shown(history)).to.have.length(30);
  });

  it('lets go of what was revealed when the reader goes back to the latest, beyond a slack of 40', () => {
    const state = windowOf();
    const history = items(300);
    state.open(history, view);
    const first = state.hidden;
    for (let i = 0; i < 40; i++) state.revealOne();
    expect(state.trim(history, view)).to.equal(false);
    state.revealOne();
    const generation = state.generation;
    expect(state.trim(history, view)).to.equal(true);
    expect(state.hidden).to.equal(first);
    expect(state.generation, 'a run under way for the old window stops').to.be.above(generation);
  });

  it('never windows messages that arrived after the history, and trims only the history', () => {
    const state = windowOf();
    const history = items(100);
    state.open(history, view);
    const later = [...history, ...items(60)];
    const hidden = state.hidden;
    expect(state.shown(later)).to.have.length(later.length - hidden);
    while (state.revealOne());
    state.trim(later, view);
    expect(state.hidden).to.equal(hidden);
    expect(state.shown(later).slice(-60)).to.deep.equal(later.slice(-60));
  });

  it('keeps the window inside a list that shrank, and starts over when cleared', () => {
    const state = windowOf();
    state.open(items(100), view);
    state.press();
    state.fit(10);
    expect(state.hidden).to.equal(10);
    const generation = state.generation;
    state.fit(0);
    expect(state.hidden).to.equal(0);
    expect(state.requested).to.equal(0);
    expect(state.generation).to.be.above(generation);
    expect(state.revealOne()).to.equal(false);
  });

  it('opens a new history afresh, dropping presses of the old one', () => {
    const state = windowOf();
    state.open(items(100), view);
    state.press();
    state.open(items(3), view);
    expect(state.hidden).to.equal(0);
    expect(state.requested).to.equal(0);
  });
});

import { expect } from '@open-wc/testing';
import { Sections } from '../../src/markdown/sections.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function items(count: number): HTMLElement[] {
  return Array.from({ length: count }, (_, i) => Object.assign(document.createElement('p'), { textContent: `item ${i}` }));
}

describe('Sections', () => {
  it('keeps items in order, a fixed number to a section', () => {
    const box = document.createElement('div');
    const sections = new Sections(4, (section) => box.append(section));
    sections.append(...items(6));
    sections.append(...items(5).slice(2));
    expect(Array.from(box.children, (section) => section.children.length)).to.deep.equal([4, 4, 1]);
    expect(box.textContent).to.equal('item 0item 1item 2item 3item 4item 5item 2item 3item 4');
  });

  it('holds back all but the last two sections an update made, for one frame', async () => {
    const box = document.createElement('div');
    const sections = new Sections(2, (section) => box.append(section));
    sections.append(...items(10));
    sections.settle();
    const pending = () => Array.from(box.children, (section) => section.classList.contains('pending'));
    expect(pending()).to.deep.equal([true, true, true, false, false]);
    await nextFrame();
    await nextFrame();
    expect(pending()).to.deep.equal([false, false, false, false, false]);
  });

  it('shows everything held back when it starts over', () => {
    const box = document.createElement('div');
    const sections = new Sections(1, (section) => box.append(section));
    sections.append(...items(4));
    sections.settle();
    const held = Array.from(box.children);
    sections.reset();
    expect(held.some((section) => section.classList.contains('pending'))).to.equal(false);
  });
});

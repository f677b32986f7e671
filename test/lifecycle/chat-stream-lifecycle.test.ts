import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ChatStreamElement } from '../../src/elements/chat-stream/chat-stream.js';
import type { Chat } from '../../src/store/chat.js';
import { receivedRequests, rubyllmReply, streamUrl, uniqueTag, type Script } from '../helpers/scripts.js';
import '../helpers/fail-on-console-error.js';
import { collectGarbage } from './collect-garbage.js';

const CYCLES = 1000;
const HANGING: Script = { steps: [{ write: 'data: "Still thinking"\n\n' }, { hang: true }] };
const COMPLETE = rubyllmReply(['Short ', 'reply.']);

type Outcome = 'finished' | 'cut' | 'client-closed' | undefined;

async function outcomes(tag: string): Promise<Outcome[]> {
  return (await receivedRequests(tag)).map((request) => (request as { outcome?: Outcome }).outcome);
}

/** Subscriptions the store's atoms still have (nanostores counts them in `lc`). */
function atomListeners(chat: Chat): number {
  const count = (atom: unknown) => (atom as { lc: number }).lc;
  return count(chat.$status) + count(chat.$messageAtoms) + chat.$messageAtoms.get().reduce((sum, message) => sum + count(message), 0);
}

/** Counts the chat events the element listens to, by wrapping `store.on` before it connects. */
function countChatListeners(chat: Chat, tally: { open: number }) {
  const on = chat.on.bind(chat);
  chat.on = ((type, listener) => {
    tally.open += 1;
    const off = on(type, listener);
    let offed = false;
    return () => {
      if (!offed) tally.open -= 1;
      offed = true;
      off();
    };
  }) as Chat['on'];
}

/** Listeners added to long-lived targets (window, document), net of removals. */
function trackGlobalListeners() {
  const live = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const key = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
    if (!ids.has(listener as object)) ids.set(listener as object, next++);
    const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
    return `${target === window ? 'window' : 'document'} ${type} ${ids.get(listener as object)} ${capture}`;
  };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const watched = (target: EventTarget) => target === window || target === document;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (watched(this) && listener) live.add(key(this, type, listener, options));
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if (watched(this) && listener) live.delete(key(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };
  return {
    live,
    restore() {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    },
  };
}

describe('<chat-stream> lifecycle', () => {
  it('closes the connection when the element is removed mid-reply, and keeps the partial text as stopped', async () => {
    const tag = uniqueTag();
    const el = await fixture<ChatStreamElement>(html`<chat-stream no-composer src=${streamUrl(HANGING, tag)}></chat-stream>`);
    const started = oneEvent(el, 'chat-message-start');
    const done = el.send('Hello?');
    await started;
    el.remove();
    await done;
    await waitUntil(async () => (await outcomes(tag))[0] !== undefined, 'the server sees the connection end', { timeout: 5000 });
    expect(await outcomes(tag)).to.deep.equal(['client-closed']);
    expect(el.messages[1].status).to.equal('stopped');
    expect(el.messages[1].content).to.equal('Still thinking');
  });

  it('keeps streaming when moved elsewhere in the page (removed and re-inserted in one task)', async () => {
    const tag = uniqueTag();
    const script = rubyllmReply(['Hel', 'lo ', 'there'], { delay: 150 });
    const el = await fixture<ChatStreamElement>(html`<chat-stream no-composer src=${streamUrl(script, tag)}></chat-stream>`);
    const elsewhere = await fixture<HTMLElement>(html`<section></section>`);
    const ends: unknown[] = [];
    el.addEventListener('chat-message-end', (event) => ends.push(event.detail));
    const started = oneEvent(el, 'chat-message-start');
    const done = el.send('Hi');
    await started;
    // What frameworks and Turbo do: detach and attach again synchronously.
    elsewhere.append(el);
    await done;
    expect(el.isConnected).to.equal(true);
    expect(el.messages[1].status).to.equal('complete');
    expect(el.messages[1].content).to.equal('Hello there');
    expect(ends, 'events still reach listeners after the move').to.have.length(1);
    await waitUntil(async () => (await outcomes(tag))[0] !== undefined, 'the server sees the reply end');
    expect(await outcomes(tag)).to.deep.equal(['finished']);
  });

  it(`leaves no open connection, listener or reachable element after ${CYCLES} mount, stream, unmount cycles`, async function () {
    this.timeout(200_000);
    const tag = uniqueTag();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const globals = trackGlobalListeners();
    const chatListeners = { open: 0 };
    const leftSubscribed: number[] = [];
    let refs: Array<WeakRef<object>> = [];
    let heapAfterWarmUp: number | undefined;
    let heapAtEnd: number | undefined;
    // One cycle in its own function: a suspended async function can keep its stale locals alive.
    const mountStreamUnmount = async (i: number) => {
      const midReply = i % 2 === 1;
      const el = document.createElement('chat-stream');
      el.noComposer = i % 4 === 0;
      el.src = streamUrl(midReply ? HANGING : COMPLETE, tag);
      const chat = el.store;
      countChatListeners(chat, chatListeners);
      refs.push(new WeakRef(el), new WeakRef(chat));
      host.append(el);
      if (midReply) {
        const started = oneEvent(el, 'chat-message-start');
        const done = el.send(`Question ${i}`);
        await started;
        el.remove();
        await done;
      } else {
        await el.send(`Question ${i}`);
        await el.updateComplete;
        el.remove();
      }
      // The abort on removal runs in a microtask, so the check waits one.
      await Promise.resolve();
      if (atomListeners(chat) !== 0) leftSubscribed.push(i);
    };
    try {
      for (let i = 0; i < CYCLES; i++) {
        await mountStreamUnmount(i);
        if (i === 99) heapAfterWarmUp = (await collectGarbage())?.usedSize;
      }
      heapAtEnd = (await collectGarbage())?.usedSize;
    } finally {
      globals.restore();
    }

    expect(leftSubscribed, 'cycles whose store still had subscribers after unmount').to.deep.equal([]);
    expect(chatListeners.open, 'chat event listeners left registered').to.equal(0);
    expect([...globals.live], 'window/document listeners left behind').to.deep.equal([]);

    // Server side: every request has ended; the removed ones because the browser closed them.
    await waitUntil(async () => (await outcomes(tag)).every((outcome) => outcome !== undefined), 'every connection has closed', { timeout: 20000, interval: 200 });
    const seen = await outcomes(tag);
    expect(seen).to.have.length(CYCLES);
    expect(seen.filter((outcome) => outcome === 'client-closed')).to.have.length(CYCLES / 2);
    expect(seen.filter((outcome) => outcome === 'finished')).to.have.length(CYCLES / 2);

    // Every element and store can be garbage-collected, once the last element's frame-scheduled
    // render (which holds its tree until it runs) has run.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200)));
    const alive = () => refs.filter((ref) => ref.deref() !== undefined).length;
    await collectGarbage(() => alive() === 0);
    const reachable = refs.flatMap((ref, index) => (ref.deref() === undefined ? [] : [`cycle ${Math.floor(index / 2)} ${index % 2 ? 'store' : 'element'}`]));
    expect(reachable, `elements and stores still reachable, of ${refs.length}`).to.deep.equal([]);
    refs = [];

    if (heapAfterWarmUp !== undefined && heapAtEnd !== undefined) {
      const growth = heapAtEnd - heapAfterWarmUp;
      console.log(`heap after 100 cycles ${heapAfterWarmUp} B, after ${CYCLES}: ${heapAtEnd} B, growth ${growth} B (${(growth / (CYCLES - 100)).toFixed(1)} B/cycle)`);
      // Measured here: about 365 B/cycle, which includes this test's own two WeakRefs per cycle and
      // JIT feedback. A leaked element (wrapper, shadow DOM wrappers, store, atoms, closures) costs
      // kilobytes, so 1 KiB/cycle separates noise from a leak.
      expect(growth / (CYCLES - 100), 'heap growth per cycle (bytes)').to.be.below(1024);
    }
  });
});

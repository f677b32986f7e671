// The bench's content: a deterministic markdown reply of any size, cut into chunks, encoded as the
// SSE each contender reads, and a conversation history. Same seed, same bytes, every run.

// The demo's seeded PRNG (mulberry32): the workload must not change between runs.
import { createRandom } from '../demo/backend/answer.mjs';

/** The reply ends with this sentence, so a page can check the whole reply reached the DOM. */
export const END_MARKER = 'End of reply 7f3a9c.';

const WORDS = (
  'stream token reply model parser render frame block chunk buffer server event message latency ' +
  'markdown browser element shadow layout paint history scroll cache socket request header value ' +
  'the a of to and in is it that for on with as at by from this be or are an was'
).split(' ');

function sentence(next, words = 8 + Math.floor(next() * 10)) {
  const parts = [];
  for (let i = 0; i < words; i++) {
    let word = WORDS[Math.floor(next() * WORDS.length)];
    const style = next();
    if (style < 0.04) word = `**${word}**`;
    else if (style < 0.07) word = `\`${word}()\``;
    else if (style < 0.09) word = `[${word}](https://example.com/${word})`;
    else if (style < 0.11) word = `_${word}_`;
    parts.push(word);
  }
  const text = parts.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** One top-level markdown block, cycling through the kinds a model writes. */
function block(next, index) {
  switch (index % 7) {
    case 0:
      return `## Section ${index / 7 + 1}: ${sentence(next, 4).slice(0, -1)}`;
    case 1:
    case 4:
      return [sentence(next), sentence(next), sentence(next)].join(' ');
    case 2:
      return Array.from({ length: 3 + Math.floor(next() * 3) }, () => `- ${sentence(next, 6)}`).join('\n');
    case 3: {
      const lines = Array.from({ length: 6 }, (_, i) => `  const value${i} = compute(${i}, "${WORDS[Math.floor(next() * WORDS.length)]}");`);
      return ['```js', 'function example() {', ...lines, '  return value0;', '}', '```'].join('\n');
    }
    case 5:
      return ['| name | value | note |', '| --- | ---: | --- |', ...Array.from({ length: 4 }, (_, i) => `| row ${i} | ${Math.floor(next() * 1000)} | ${sentence(next, 3)} |`)].join('\n');
    default:
      return `> ${sentence(next)} ${sentence(next)}`;
  }
}

/** Markdown of about `bytes` characters (ASCII; whole blocks, so a bit over), ending with `END_MARKER`. */
export function markdownReply(bytes, seed = 1) {
  const next = createRandom(seed);
  const blocks = [];
  let length = 0;
  for (let i = 0; length < bytes - END_MARKER.length - 2; i++) {
    const text = block(next, i);
    blocks.push(text);
    length += text.length + 2;
  }
  blocks.push(END_MARKER);
  return blocks.join('\n\n');
}

/** `text` cut into `count` pieces of near-equal length. */
export function cutIntoChunks(text, count) {
  const chunks = [];
  const size = text.length / count;
  let from = 0;
  for (let i = 1; i <= count; i++) {
    const to = Math.round(i * size);
    if (to > from) chunks.push(text.slice(from, to));
    from = to;
  }
  return chunks;
}

/**
 * Each chunk as SSE in a contender's own wire format: `rubyllm` (`data: "text"`, then
 * `event: complete`) for the floor and <chat-stream>; `deepchat` (`data: {"text": …}`) for deep-chat.
 */
export function sseEvent(wire, chunk) {
  return wire === 'deepchat' ? `data: ${JSON.stringify({ text: chunk })}\n\n` : `data: ${JSON.stringify(chunk)}\n\n`;
}

export function sseEnd(wire) {
  return wire === 'deepchat' ? '' : 'event: complete\ndata: {}\n\n';
}

/** A conversation of `count` messages, alternating user and assistant (markdown) turns. */
export function historyMessages(count, seed = 7) {
  const next = createRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const user = i % 2 === 0;
    const content = user ? sentence(next) : [block(next, 1), block(next, 2 + (i % 2)), block(next, 4)].join('\n\n');
    return { id: `h${i}`, role: user ? 'user' : 'assistant', content, status: 'complete', toolCalls: [] };
  });
}

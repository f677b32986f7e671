// A reply described once, independent of any wire format: what the model says, as a list of
// parts in order, each streamed in pieces, and how the reply ends. The formats in ./formats turn
// its steps into one provider's events; nothing here knows about bytes, sockets or time.
// Plain ESM without Node APIs: the demo backend (Node), the stories and the tests (browser) share it.
//
// A new kind of part (reasoning, a source, a file, a data part, a tool error or approval) is a new
// member of ReplyPart, its steps in `replySteps`, and a case in each format's encoder; a format
// that cannot carry it writes nothing for those steps and says so in its `carries`.

/**
 * A source the text cites: `quote` is the stretch of that text it backs (default: all of it).
 * @typedef {{ id: string, url: string, title?: string, quote?: string }} CitedSource
 */
/**
 * One streamed run of answer text; `deltas` are the pieces in the order they arrive; `sources`
 * are cited once the text has arrived (each format says so its own way, or not at all).
 * @typedef {{ type: 'text', deltas: string[], sources?: CitedSource[] }} TextPart
 */
/**
 * The model's reasoning before it answers, streamed in `deltas`.
 * @typedef {{ type: 'reasoning', deltas: string[] }} ReasoningPart
 */
/**
 * A tool call; its input arrives as JSON text in `inputDeltas` (default: in one piece), which
 * must join to `JSON.stringify(input)`.
 * @typedef {{ type: 'tool-call', id: string, name: string, input: Record<string, unknown>, inputDeltas?: string[] }} ToolCallPart
 */
/**
 * What the tool call `id` (an earlier part) returned.
 * @typedef {{ type: 'tool-result', id: string, output: unknown }} ToolResultPart
 */
/**
 * The tool call `id` (an earlier part) failed.
 * @typedef {{ type: 'tool-error', id: string, errorText: string }} ToolErrorPart
 */
/**
 * The tool call `id` (an earlier part) waits for the user's approval before it runs.
 * @typedef {{ type: 'tool-approval', id: string, approvalId: string }} ToolApprovalPart
 */
/**
 * A file the reply carries (an image, say), by URL.
 * @typedef {{ type: 'file', url: string, mediaType: string, filename?: string }} FilePart
 */
/** @typedef {TextPart | ReasoningPart | ToolCallPart | ToolResultPart | ToolErrorPart | ToolApprovalPart | FilePart} ReplyPart */
/**
 * How the reply ends: normally, with the server's error event, or cut (the connection drops).
 * A reply that does not complete leaves its last part open, as a failing server does.
 * @typedef {{ type: 'complete' } | { type: 'error', message: string } | { type: 'cut' }} ReplyEnd
 */
/**
 * @typedef {{
 *   id?: string,
 *   model?: string,
 *   created?: number,
 *   parts: ReplyPart[],
 *   usage?: { inputTokens: number, outputTokens: number },
 *   end?: ReplyEnd,
 * }} Reply
 */
/**
 * One step of a reply on the wire, before a format writes it. `index` is the part's position.
 * @typedef {{ type: 'start' }
 *   | { type: 'text-start', index: number, part: TextPart }
 *   | { type: 'text-delta', index: number, part: TextPart, delta: string }
 *   | { type: 'text-end', index: number, part: TextPart }
 *   | { type: 'tool-input-start', index: number, part: ToolCallPart }
 *   | { type: 'tool-input-delta', index: number, part: ToolCallPart, delta: string }
 *   | { type: 'tool-input-end', index: number, part: ToolCallPart }
 *   | { type: 'tool-result', index: number, part: ToolResultPart }
 *   | { type: 'reasoning-start', index: number, part: ReasoningPart }
 *   | { type: 'reasoning-delta', index: number, part: ReasoningPart, delta: string }
 *   | { type: 'reasoning-end', index: number, part: ReasoningPart }
 *   | { type: 'text-source', index: number, part: TextPart, source: CitedSource, start: number, end: number, offset: number }
 *   | { type: 'tool-error', index: number, part: ToolErrorPart }
 *   | { type: 'tool-approval', index: number, part: ToolApprovalPart }
 *   | { type: 'file', index: number, part: FilePart }
 *   | { type: 'finish' }
 *   | { type: 'error', message: string }} ReplyStep
 */

/** The input deltas of a tool call (its whole JSON text when none are given). */
export function inputDeltas(/** @type {ToolCallPart} */ part) {
  return part.inputDeltas ?? [JSON.stringify(part.input)];
}

/**
 * The reply's steps in order: `start`, each part's start, deltas and end, then `finish` or
 * `error` (nothing for a cut). The last part of a reply that does not complete stays open.
 * @param {Reply} reply
 * @returns {ReplyStep[]}
 */
export function replySteps(reply) {
  const end = reply.end ?? { type: 'complete' };
  /** @type {ReplyStep[]} */
  const steps = [{ type: 'start' }];
  // Where each text part starts in the whole answer text (UTF-16, as the kit counts `content`).
  let offset = 0;
  reply.parts.forEach((part, index) => {
    const open = end.type !== 'complete' && index === reply.parts.length - 1;
    if (part.type === 'text') {
      steps.push({ type: 'text-start', index, part });
      for (const delta of part.deltas) steps.push({ type: 'text-delta', index, part, delta });
      const text = part.deltas.join('');
      // Citations follow the text they cite (before it ends, for formats that tie them to it).
      if (!open) {
        for (const source of part.sources ?? []) {
          const found = source.quote ? text.indexOf(source.quote) : -1;
          const start = found >= 0 ? found : 0;
          const stop = found >= 0 ? found + (source.quote ?? '').length : text.length;
          steps.push({ type: 'text-source', index, part, source, start, end: stop, offset });
        }
        steps.push({ type: 'text-end', index, part });
      }
      offset += text.length;
    } else if (part.type === 'reasoning') {
      steps.push({ type: 'reasoning-start', index, part });
      for (const delta of part.deltas) steps.push({ type: 'reasoning-delta', index, part, delta });
      if (!open) steps.push({ type: 'reasoning-end', index, part });
    } else if (part.type === 'tool-error' || part.type === 'tool-approval' || part.type === 'file') {
      steps.push(/** @type {ReplyStep} */ ({ type: part.type, index, part }));
    } else if (part.type === 'tool-call') {
      steps.push({ type: 'tool-input-start', index, part });
      for (const delta of inputDeltas(part)) steps.push({ type: 'tool-input-delta', index, part, delta });
      if (!open) steps.push({ type: 'tool-input-end', index, part });
    } else {
      steps.push({ type: 'tool-result', index, part });
    }
  });
  if (end.type === 'complete') steps.push({ type: 'finish' });
  if (end.type === 'error') steps.push({ type: 'error', message: end.message });
  return steps;
}

/** Splits `text` into `count` pieces of about equal length, never inside a character. */
export function splitEvenly(/** @type {string} */ text, /** @type {number} */ count) {
  const characters = Array.from(text);
  const size = Math.max(1, Math.ceil(characters.length / Math.max(1, count)));
  /** @type {string[]} */
  const pieces = [];
  for (let at = 0; at < characters.length; at += size) pieces.push(characters.slice(at, at + size).join(''));
  return pieces;
}

/** All the answer text of a reply, as a reader ends up seeing it. */
export function replyText(/** @type {Reply} */ reply) {
  return reply.parts.map((part) => (part.type === 'text' ? part.deltas.join('') : '')).join('');
}

/**
 * The same reply cut after `chars` characters of answer text and ended by `end` (what a server
 * does when it fails mid-reply). Parts before the cut stay whole; later parts are dropped.
 * @param {Reply} reply
 * @param {number} chars
 * @param {ReplyEnd} end
 * @returns {Reply}
 */
export function cutReply(reply, chars, end) {
  /** @type {ReplyPart[]} */
  const parts = [];
  let room = chars;
  for (const part of reply.parts) {
    if (part.type !== 'text') {
      parts.push(part);
      continue;
    }
    /** @type {string[]} */
    const deltas = [];
    for (const delta of part.deltas) {
      if (room <= 0) break;
      const characters = Array.from(delta);
      deltas.push(characters.length <= room ? delta : characters.slice(0, room).join(''));
      room -= characters.length;
    }
    if (deltas.length) parts.push({ type: 'text', deltas });
    if (room <= 0) break;
  }
  return { ...reply, parts, end };
}

// node bench/parser-throughput.mjs [--quick]
//
// Node micro-benchmark of the decoding line alone, no browser: bytes -> UTF-8 -> SSE events
// (eventsource-parser, through the kit's body decoder) -> protocol adapter -> chunks, in MB/s of
// wire bytes, per protocol; next to eventsource-parser on its own over the same bytes. Reads the
// npm build in dist/ (run `npm run build` first).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createParser } from 'eventsource-parser';
import { createBodyDecoder } from '../dist/transport/body-decoder.js';
import { createAdapter } from '../dist/protocols/registry.js';
import { cutIntoChunks, markdownReply } from './workload.mjs';

const quick = process.argv.includes('--quick');
const CONTENT_BYTES = quick ? 256 * 1024 : 1024 * 1024;
const CHUNKS = CONTENT_BYTES / 4;
/** Network reads are cut into pieces of this size, as a socket delivers them. */
const READ_SIZE = 16 * 1024;
const SAMPLE_MS = quick ? 200 : 500;
const SAMPLES = quick ? 3 : 5;

const json = JSON.stringify;
const sse = (data, event) => `${event ? `event: ${event}\n` : ''}data: ${data}\n\n`;

/** The same reply, in each wire format. */
const wires = {
  rubyllm: (chunks) => [...chunks.map((text) => sse(json(text))), sse('{}', 'complete')],
  openai: (chunks) => [
    ...chunks.map((text) => sse(json({ id: 'chatcmpl-1', object: 'chat.completion.chunk', model: 'gpt-4o', choices: [{ index: 0, delta: { content: text }, finish_reason: null }] }))),
    sse(json({ id: 'chatcmpl-1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })),
    sse('[DONE]'),
  ],
  'openai-responses': (chunks) => [
    ...chunks.map((text) => sse(json({ type: 'response.output_text.delta', item_id: 'msg_1', output_index: 0, content_index: 0, delta: text }), 'response.output_text.delta')),
    sse(json({ type: 'response.completed', response: { id: 'resp_1', status: 'completed', usage: { input_tokens: 5, output_tokens: chunks.length } } }), 'response.completed'),
  ],
  anthropic: (chunks) => [
    sse(json({ type: 'message_start', message: { id: 'msg_1', model: 'claude', usage: { input_tokens: 5, output_tokens: 1 } } }), 'message_start'),
    sse(json({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }), 'content_block_start'),
    ...chunks.map((text) => sse(json({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }), 'content_block_delta')),
    sse(json({ type: 'content_block_stop', index: 0 }), 'content_block_stop'),
    sse(json({ type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: chunks.length } }), 'message_delta'),
    sse(json({ type: 'message_stop' }), 'message_stop'),
  ],
  'ai-sdk': (chunks) => [
    sse(json({ type: 'start', messageId: 'm1' })),
    sse(json({ type: 'text-start', id: 't1' })),
    ...chunks.map((delta) => sse(json({ type: 'text-delta', id: 't1', delta }))),
    sse(json({ type: 'text-end', id: 't1' })),
    sse(json({ type: 'finish' })),
    sse('[DONE]'),
  ],
  text: (chunks) => chunks,
};

function reads(body) {
  const bytes = new TextEncoder().encode(body);
  const pieces = [];
  for (let at = 0; at < bytes.length; at += READ_SIZE) pieces.push(bytes.subarray(at, at + READ_SIZE));
  return { bytes: bytes.length, pieces };
}

/** MB/s of `bytes` when running `once` repeatedly for SAMPLE_MS. */
function sample(bytes, once) {
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < SAMPLE_MS) {
    once();
    runs++;
  }
  return (bytes * runs) / ((performance.now() - start) / 1000) / 1e6;
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Medians of SAMPLES samples of each measurement, taken in turns after a warm-up, so a busy
 * spell on a shared machine does not land on one side only.
 */
function throughputs(bytes, measurements) {
  for (const once of measurements) for (let i = 0; i < 2; i++) once();
  const samples = measurements.map(() => []);
  for (let round = 0; round < SAMPLES; round++) measurements.forEach((once, i) => samples[i].push(sample(bytes, once)));
  return samples.map(median);
}

/** The kit's line: body decoder (TextDecoder + eventsource-parser) -> adapter -> chunks. */
function kitOnce(protocol, pieces, expected) {
  const adapter = createAdapter(protocol);
  let content = 0;
  let finished = false;
  const sink = {
    chunk: (chunk) => (content += chunk.content?.length ?? 0),
    done: () => (finished = true),
    error: (error) => {
      throw error;
    },
  };
  const decoder = createBodyDecoder({
    format: protocol === 'text' ? 'text' : 'sse',
    onFormat: (format) => adapter.open?.({ format }),
    onEvent: (event) => adapter.event(event, sink),
  });
  for (const piece of pieces) decoder.push(piece);
  decoder.end();
  if (!finished) adapter.close(sink);
  if (content !== expected) throw new Error(`${protocol}: ${content} of ${expected} characters arrived`);
}

/** eventsource-parser alone: UTF-8 decoding and SSE parsing, events counted and dropped. */
function parserOnce(pieces) {
  let events = 0;
  const parser = createParser({ onEvent: () => events++ });
  const decoder = new TextDecoder();
  for (const piece of pieces) parser.feed(decoder.decode(piece, { stream: true }));
  return events;
}

/** eventsource-parser plus JSON.parse of each event's data: the least any JSON wire format costs. */
function parserJsonOnce(pieces) {
  let parsed = 0;
  const parser = createParser({
    onEvent: (event) => {
      if (event.data !== '[DONE]') parsed += JSON.parse(event.data) === null ? 0 : 1;
    },
  });
  const decoder = new TextDecoder();
  for (const piece of pieces) parser.feed(decoder.decode(piece, { stream: true }));
  return parsed;
}

/** Measures every protocol, prints a table and returns its rows. */
export function measureThroughput() {
  const reply = markdownReply(CONTENT_BYTES);
  const chunks = cutIntoChunks(reply, CHUNKS);
  const rows = [];
  for (const [protocol, encode] of Object.entries(wires)) {
    const { bytes, pieces } = reads(encode(chunks).join(''));
    const kitOnceHere = () => kitOnce(protocol, pieces, reply.length);
    const [kit, parser, parserJson] =
      protocol === 'text' ? throughputs(bytes, [kitOnceHere]) : throughputs(bytes, [kitOnceHere, () => parserOnce(pieces), () => parserJsonOnce(pieces)]);
    const eventsPerSecond = protocol === 'text' ? undefined : (kit * 1e6 * chunks.length) / bytes;
    rows.push({ protocol, wireMB: bytes / 1e6, kitMBps: kit, parserMBps: parser, parserJsonMBps: parserJson, kitShare: parserJson ? kit / parserJson : undefined, chunksPerSecond: eventsPerSecond });
  }

  const pad = (value, width) => String(value).padStart(width);
  console.log(`Parser + adapter throughput (Node ${process.version}; ${(CONTENT_BYTES / 1024).toFixed(0)} KiB reply in ${chunks.length} chunks, read ${READ_SIZE / 1024} KiB at a time)`);
  console.log('(kit: body decoder + adapter, as <chat-stream> runs them; parser: eventsource-parser alone; +JSON: and JSON.parse of each event)');
  console.log(`${'protocol'.padEnd(17)}${pad('wire MB', 9)}${pad('kit MB/s', 10)}${pad('parser MB/s', 13)}${pad('+JSON MB/s', 12)}${pad('kit/+JSON', 11)}${pad('chunks/s', 12)}`);
  for (const row of rows) {
    console.log(
      `${row.protocol.padEnd(17)}${pad(row.wireMB.toFixed(1), 9)}${pad(row.kitMBps.toFixed(1), 10)}${pad(row.parserMBps?.toFixed(1) ?? '–', 13)}${pad(row.parserJsonMBps?.toFixed(1) ?? '–', 12)}${pad(row.kitShare ? `${(row.kitShare * 100).toFixed(0)}%` : '–', 11)}${pad(row.chunksPerSecond ? `${(row.chunksPerSecond / 1e6).toFixed(2)} M` : '–', 12)}`,
    );
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) measureThroughput();

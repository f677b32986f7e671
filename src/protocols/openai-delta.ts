import { ChunkBuilder } from './chunk-builder.js';
import { count, record, text } from './event-json.js';

/**
 * Reads the reasoning of a Chat Completions delta: `reasoning_content` (DeepSeek, vLLM, Qwen),
 * else `reasoning` (OpenRouter, Ollama, Groq), else `reasoning_details` (OpenRouter; servers that
 * send it alongside `reasoning` repeat the same text there, so it is read only on its own).
 */
export function readReasoning(delta: Record<string, unknown>, out: ChunkBuilder): void {
  const direct = text(delta.reasoning_content) ?? text(delta.reasoning);
  if (direct) {
    out.reasoning({ text: direct });
    return;
  }
  if (!Array.isArray(delta.reasoning_details)) return;
  for (const item of delta.reasoning_details) {
    const detail = record(item);
    if (!detail) continue;
    if (detail.type === 'reasoning.encrypted') {
      out.reasoning({ redacted: true });
      continue;
    }
    const piece = text(detail.text) ?? text(detail.summary);
    const signature = text(detail.signature);
    if (piece || signature) out.reasoning({ text: piece, signature });
  }
}

/**
 * Reads `delta.content` item by item when it is an array (Mistral sends
 * `[{type: 'thinking', thinking: [{type: 'text', text}]}, {type: 'text', text}]`): thinking items
 * are reasoning, images are files, and any other item's `text` is reply text, so no text is lost
 * whatever the envelope.
 */
export function readContent(content: unknown, out: ChunkBuilder): void {
  if (typeof content === 'string') {
    out.text(content);
    return;
  }
  if (!Array.isArray(content)) return;
  for (const value of content) {
    if (typeof value === 'string') {
      out.text(value);
      continue;
    }
    const item = record(value);
    if (!item) continue;
    if (item.type === 'thinking' || item.type === 'reasoning') {
      const thinking = item.thinking ?? item.reasoning ?? item.text;
      const pieces = Array.isArray(thinking) ? thinking.map((part: unknown) => text(record(part)?.text) ?? text(part)) : [text(thinking)];
      for (const piece of pieces) if (piece) out.reasoning({ text: piece });
      continue;
    }
    const image = imageUrl(item);
    if (image) {
      out.file({ url: image, mediaType: mediaTypeOf(image) });
      continue;
    }
    out.text(text(item.text));
  }
}

/** Files in a delta: OpenRouter's `images` (`[{type: 'image_url', image_url: {url}}]`). */
export function readImages(images: unknown, out: ChunkBuilder): void {
  if (!Array.isArray(images)) return;
  for (const value of images) {
    const url = imageUrl(record(value));
    if (url) out.file({ url, mediaType: mediaTypeOf(url) });
  }
}

function imageUrl(item: Record<string, unknown> | undefined): string | undefined {
  if (!item || (item.type !== 'image_url' && item.type !== 'image')) return undefined;
  return text(record(item.image_url)?.url) ?? text(item.image_url) ?? text(item.url);
}

/** The media type of a `data:` URL, else a generic image type. */
export function mediaTypeOf(url: string): string {
  return /^data:([^;,]+)/i.exec(url)?.[1] ?? 'image/*';
}

/**
 * Sources in a chunk: `delta.annotations` URL citations (OpenAI search models, OpenRouter), whose
 * offsets count from the start of the reply text, and Perplexity's top-level `citations` (URLs) and
 * `search_results`. Servers repeat these on every chunk, so `seen` keeps each one to once.
 */
export function readSources(delta: Record<string, unknown> | undefined, fields: Record<string, unknown>, out: ChunkBuilder, seen: Set<string>): void {
  const annotations = Array.isArray(delta?.annotations) ? delta.annotations : [];
  for (const value of annotations) {
    const annotation = record(value);
    const citation = record(annotation?.url_citation) ?? annotation;
    const url = text(citation?.url);
    if (!citation || !url) continue;
    const start = count(citation.start_index);
    const end = count(citation.end_index);
    const key = `${url}\u0000${start}\u0000${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const title = text(citation.title);
    out.source({ id: url, url, ...(title ? { title } : {}), ...(start !== undefined && end !== undefined && end > start ? { span: { start, end } } : {}) });
  }
  const results = Array.isArray(fields.search_results) ? fields.search_results : [];
  const urls = Array.isArray(fields.citations) ? fields.citations : [];
  for (const value of [...results, ...urls]) {
    const result = record(value);
    const url = text(result?.url) ?? text(value);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const title = text(result?.title);
    out.source({ id: url, url, ...(title ? { title } : {}) });
  }
}

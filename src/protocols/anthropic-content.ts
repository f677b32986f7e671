import type { SourceDelta } from '../types.js';
import { count, record, text } from './event-json.js';

/** A citation of an Anthropic text block, as the source it cites (without the span). */
export function sourceOfCitation(value: unknown): SourceDelta | undefined {
  const citation = record(value);
  if (!citation) return undefined;
  const title = text(citation.title) ?? text(citation.document_title);
  switch (citation.type) {
    case 'web_search_result_location': {
      const url = text(citation.url);
      return url ? withTitle({ id: url, url }, title) : undefined;
    }
    case 'search_result_location': {
      const source = text(citation.source);
      const id = source ?? `search-result-${count(citation.search_result_index) ?? 0}`;
      return withTitle(source && /^https?:/i.test(source) ? { id, url: source } : { id }, title);
    }
    case 'char_location':
    case 'page_location':
    case 'content_block_location': {
      const source: SourceDelta = { id: `document-${count(citation.document_index) ?? 0}` };
      source.mediaType = citation.type === 'page_location' ? 'application/pdf' : 'text/plain';
      return withTitle(source, title);
    }
    default: {
      const url = text(citation.url);
      return url ? withTitle({ id: url, url }, title) : undefined;
    }
  }
}

function withTitle(source: SourceDelta, title: string | undefined): SourceDelta {
  if (title) source.title = title;
  return source;
}

/** What a provider-run tool's result block says: its result or its error, and the sources it found. */
export interface ToolResultBlock {
  callId: string;
  result?: unknown;
  errorText?: string;
  sources: SourceDelta[];
}

/**
 * Reads a `*_tool_result` block (`web_search_tool_result`, `web_fetch_tool_result`,
 * `code_execution_tool_result`, `mcp_tool_result`, …): an error when the content is a
 * `*_error` object or `is_error` is set, otherwise the content is the result. Web search
 * results are also sources.
 */
export function readToolResultBlock(block: Record<string, unknown>): ToolResultBlock | undefined {
  const callId = text(block.tool_use_id);
  if (!callId) return undefined;
  const content = block.content;
  const sources: SourceDelta[] = [];
  if (Array.isArray(content)) {
    for (const item of content) {
      const result = record(item);
      const url = text(result?.url);
      if (result?.type === 'web_search_result' && url) sources.push(withTitle({ id: url, url }, text(result.title)));
    }
  }
  const contentType = text(record(content)?.type);
  if (contentType?.endsWith('_error')) {
    const code = text(record(content)?.error_code) ?? contentType;
    return { callId, errorText: code, sources };
  }
  if (block.is_error === true) return { callId, errorText: textOf(content) ?? 'The tool failed', sources };
  return { callId, result: content, sources };
}

/** The text of an MCP-style content list (`[{type: 'text', text}]`), or the value when it is a string. */
function textOf(content: unknown): string | undefined {
  if (typeof content === 'string') return content || undefined;
  if (!Array.isArray(content)) return undefined;
  const texts = content.map((item) => text(record(item)?.text)).filter((value): value is string => !!value);
  return texts.length ? texts.join('\n') : undefined;
}

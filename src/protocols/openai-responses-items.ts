import type { SourceDelta, ToolCallDelta } from '../types.js';
import type { ChunkBuilder } from './chunk-builder.js';
import { count, record, text } from './event-json.js';

/** Names of the Responses output items that are tools the provider runs itself. */
const providerTools: Record<string, string> = {
  web_search_call: 'web_search',
  file_search_call: 'file_search',
  code_interpreter_call: 'code_interpreter',
  image_generation_call: 'image_generation',
  computer_call: 'computer',
  local_shell_call: 'local_shell',
  mcp_call: 'mcp',
};

/** Whether an output item is a provider-run tool call. */
export function isProviderTool(item: Record<string, unknown>): boolean {
  return typeof item.type === 'string' && item.type in providerTools;
}

/** The call a provider-run tool item starts as, when `response.output_item.added` announces it. */
export function providerToolStart(item: Record<string, unknown>, id: string): ToolCallDelta {
  return { id, name: text(item.name) ?? providerTools[item.type as string], providerExecuted: true, status: 'streaming' };
}

/**
 * A provider-run tool item when done: its input (a search's query, the code run, the MCP
 * arguments), its result or error, and the sources and files it produced.
 */
export function providerToolDone(item: Record<string, unknown>, id: string, out: ChunkBuilder): void {
  const delta: ToolCallDelta = { id, name: text(item.name) ?? providerTools[item.type as string], providerExecuted: true };
  const action = record(item.action);
  switch (item.type) {
    case 'web_search_call':
      if (action) delta.arguments = withoutSources(action);
      delta.result = { status: item.status, ...(Array.isArray(action?.sources) ? { sources: action.sources } : {}) };
      break;
    case 'file_search_call':
      delta.arguments = { queries: item.queries };
      delta.result = item.results ?? { status: item.status };
      break;
    case 'code_interpreter_call':
      delta.arguments = { code: item.code };
      delta.result = { outputs: item.outputs ?? [] };
      break;
    case 'mcp_call': {
      const args = text(item.arguments);
      if (args) delta.arguments = parseObject(args);
      if (item.error !== undefined && item.error !== null) delta.errorText = text(item.error) ?? text(record(item.error)?.message) ?? JSON.stringify(item.error);
      else delta.result = item.output;
      break;
    }
    case 'image_generation_call': {
      const base64 = text(item.result);
      const format = text(item.output_format) ?? 'png';
      delta.result = { status: item.status };
      if (base64) out.toolCall(finalState(delta, item)).file({ url: `data:image/${format};base64,${base64}`, mediaType: `image/${format}` });
      else out.toolCall(finalState(delta, item));
      return;
    }
    default:
      delta.result = action ?? { status: item.status };
  }
  out.toolCall(finalState(delta, item));
  if (item.type === 'web_search_call') for (const source of sourcesOf(action?.sources)) out.source(source);
  if (item.type === 'file_search_call') for (const source of sourcesOf(item.results)) out.source(source);
}

/** A failed item is a tool error; otherwise the result stands. */
function finalState(delta: ToolCallDelta, item: Record<string, unknown>): ToolCallDelta {
  if (item.status === 'failed' && delta.errorText === undefined) {
    delete delta.result;
    delta.errorText = `${delta.name ?? 'The tool'} failed`;
  }
  return delta;
}

function withoutSources(action: Record<string, unknown>): Record<string, unknown> {
  const { sources: _sources, ...rest } = action;
  return rest;
}

function parseObject(args: string): string | Record<string, unknown> {
  try {
    return record(JSON.parse(args)) ?? args;
  } catch {
    return args;
  }
}

/** Sources from a web search's `action.sources` (`{type: 'url', url}`) or file search results (`{file_id, filename}`). */
function sourcesOf(value: unknown): SourceDelta[] {
  if (!Array.isArray(value)) return [];
  const sources: SourceDelta[] = [];
  for (const entry of value) {
    const fields = record(entry);
    const url = text(fields?.url);
    const fileId = text(fields?.file_id);
    if (url) sources.push({ id: url, url, ...(text(fields?.title) ? { title: text(fields?.title) } : {}) });
    else if (fileId) sources.push({ id: fileId, ...(text(fields?.filename) ? { filename: text(fields?.filename), title: text(fields?.filename) } : {}) });
  }
  return sources;
}

/**
 * A text annotation as a source: URL citations with the span they cite (offsets counted from
 * `base`, where that text began in the reply), file citations by file.
 */
export function sourceOfAnnotation(value: unknown, base: number): SourceDelta | undefined {
  const annotation = record(value);
  if (!annotation) return undefined;
  const url = text(annotation.url);
  const start = count(annotation.start_index);
  const end = count(annotation.end_index);
  const span = start !== undefined && end !== undefined && end > start ? { span: { start: base + start, end: base + end } } : {};
  const title = text(annotation.title);
  if (url) return { id: url, url, ...(title ? { title } : {}), ...span };
  const fileId = text(annotation.file_id);
  if (!fileId) return undefined;
  const filename = text(annotation.filename);
  return { id: fileId, ...(filename ? { filename, title: filename } : {}), ...span };
}

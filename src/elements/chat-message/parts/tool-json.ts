/**
 * Tool-call arguments as the reader should see them: pretty JSON when they are (or parse as) an
 * object, otherwise the text as it arrived (partial JSON while streaming).
 */
export function formatArguments(args: string | Record<string, unknown>): string {
  if (typeof args !== 'string') return JSON.stringify(args, null, 2);
  const trimmed = args.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return args;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return args;
  }
}

/** A tool result: strings as they are, anything else as pretty JSON. */
export function formatResult(result: unknown): string {
  if (typeof result === 'string') return formatArguments(result);
  try {
    return JSON.stringify(result, null, 2) ?? String(result);
  } catch {
    return String(result);
  }
}

import type { ToolCall, ToolCallDelta, ToolCallPart, ToolCallState } from '../types.js';

/**
 * The tool-call part after one delta: arguments appended (text) or replaced (an object), and the
 * state moved on. Without an explicit `state`, `errorText` fails the call, a `result` answers it
 * and `status: 'complete'` ends its input. Leaving `input-streaming` parses the argument text.
 */
export function nextToolCall(current: ToolCallPart | undefined, delta: ToolCallDelta): ToolCallPart {
  const call: ToolCallPart = current
    ? { ...current }
    : { type: 'tool-call', id: delta.id, name: '', arguments: '', state: 'input-streaming', status: 'streaming' };
  if (delta.name) call.name = delta.name;
  if (typeof delta.arguments === 'string') {
    call.arguments = (typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments)) + delta.arguments;
  } else if (delta.arguments) {
    call.arguments = delta.arguments;
  }
  if (delta.providerExecuted !== undefined) call.providerExecuted = delta.providerExecuted;
  if (delta.approvalId) call.approvalId = delta.approvalId;
  if ('result' in delta) call.result = delta.result;
  if (delta.errorText !== undefined) call.errorText = delta.errorText;
  const state = delta.state ?? inferredState(call.state, delta);
  return withState(call, state);
}

function inferredState(state: ToolCallState, delta: ToolCallDelta): ToolCallState {
  if (delta.errorText !== undefined) return 'output-error';
  if ('result' in delta) return 'output-available';
  if (delta.status === 'complete' && state === 'input-streaming') return 'input-available';
  return state;
}

/** The call in `state`, with `status` to match and its arguments parsed once input has ended. */
function withState<T extends ToolCall>(call: T, state: ToolCallState): T {
  call.state = state;
  call.status = state === 'input-streaming' ? 'streaming' : 'complete';
  if (state !== 'input-streaming') call.arguments = parsedArguments(call.arguments);
  return call;
}

/**
 * Marks a call's input complete (`input-available` unless it had moved further) and parses its
 * argument text when that is valid JSON.
 */
export function completeToolCall<T extends ToolCall>(call: T): T {
  return withState({ ...call }, call.state === 'input-streaming' || call.state === undefined ? 'input-available' : call.state);
}

function parsedArguments(args: ToolCall['arguments']): ToolCall['arguments'] {
  if (typeof args !== 'string') return args;
  try {
    const parsed: unknown = JSON.parse(args.trim() === '' ? '{}' : args);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Leave unparseable text as it came: it is what the model sent.
  }
  return args;
}

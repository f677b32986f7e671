import type { MessageError } from '../../types.js';

/** A plain-words summary of a failed reply, chosen by the error's class name. */
export function errorSummary(error: MessageError | undefined): string {
  switch (error?.name) {
    case 'RateLimitError':
      return error.retryAfter !== undefined
        ? `Rate limited — try again in ${Math.max(1, Math.ceil(error.retryAfter / 1000))} s`
        : 'Rate limited — try again shortly';
    case 'AuthenticationError':
      return 'You are signed out or not allowed';
    case 'ServerError':
      return 'The server failed';
    case 'NetworkError':
      return 'The connection was lost';
    case 'StreamError':
      return 'The model reported an error';
    case 'ProtocolError':
      return 'The reply could not be understood';
    case 'HttpError':
      return error.status ? `The request failed (HTTP ${error.status})` : 'The request failed';
    default:
      return 'The reply failed';
  }
}

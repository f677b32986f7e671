import type { MessageError } from '../../types.js';
import type { ChatStringKey } from '../../locales/en.js';
import type { LocalizeController } from '../shared/localize-controller.js';

const summaries: Record<string, ChatStringKey> = {
  AuthenticationError: 'errorAuthentication',
  ServerError: 'errorServer',
  NetworkError: 'errorNetwork',
  StreamError: 'errorStream',
  ProtocolError: 'errorProtocol',
};

/** A plain-words summary of a failed reply, chosen by the error's class name. */
export function errorSummary(error: MessageError | undefined, l10n: LocalizeController): string {
  switch (error?.name) {
    case 'RateLimitError':
      return error.retryAfter !== undefined
        ? l10n.text('errorRateLimitedFor', { time: l10n.seconds(Math.max(1000, error.retryAfter)) })
        : l10n.text('errorRateLimited');
    case 'HttpError':
      // A status code is an identifier, not a quantity: never localized digits or grouping.
      return error.status ? l10n.text('errorHttpStatus', { status: String(error.status) }) : l10n.text('errorHttp');
    default: {
      const name = error?.name ?? '';
      return l10n.text(Object.hasOwn(summaries, name) ? summaries[name] : 'errorOther');
    }
  }
}

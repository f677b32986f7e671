import type { ChatStrings } from './en.js';

/**
 * German UI text: `import de from 'chat-stream-elements/locales/de'`, then
 * `chat.strings = de` (with `lang="de"` on the element or the page for numbers and plurals).
 */
const de: ChatStrings = {
  conversation: 'Unterhaltung',
  showEarlier: 'Frühere Nachrichten anzeigen',
  jumpToLatest: 'Zur neuesten Nachricht',
  seconds: { one: '{count} Sekunde', other: '{count} Sekunden' },
  retryWait: 'Neuer Versuch in {time} (Versuch {attempt} von {attempts})',
  resumeWait: 'Verbindung verloren. Fortsetzung in {time} (Versuch {attempt} von {attempts})',
  placeholder: 'Nachricht schreiben',
  inputLabel: 'Nachricht',
  send: 'Senden',
  stop: 'Stopp',
  typing: 'Assistent schreibt',
  stopped: 'Angehalten',
  retry: 'Erneut versuchen',
  copyCode: 'Code kopieren',
  emptyGreeting: 'Wie kann ich helfen?',
  suggestions: 'Vorschläge',
  copyMessage: 'Kopieren',
  regenerate: 'Neu generieren',
  editMessage: 'Bearbeiten',
  goodResponse: 'Gute Antwort',
  badResponse: 'Schlechte Antwort',
  editorLabel: 'Nachricht bearbeiten',
  cancelEdit: 'Abbrechen',
  sendEdit: 'Senden',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen',
  usageIn: '{count} ein',
  usageOut: '{count} aus',
  tool: 'Werkzeug',
  toolRunning: 'läuft…',
  toolCalled: 'aufgerufen',
  toolDone: 'fertig',
  toolArguments: 'Argumente',
  toolResult: 'Ergebnis',
  errorRateLimited: 'Zu viele Anfragen – bitte gleich noch einmal',
  errorRateLimitedFor: 'Zu viele Anfragen – noch einmal in {time}',
  errorAuthentication: 'Sie sind abgemeldet oder nicht berechtigt',
  errorServer: 'Der Server hat einen Fehler gemeldet',
  errorNetwork: 'Die Verbindung wurde unterbrochen',
  errorStream: 'Das Modell hat einen Fehler gemeldet',
  errorProtocol: 'Die Antwort war nicht lesbar',
  errorHttp: 'Die Anfrage ist fehlgeschlagen',
  errorHttpStatus: 'Die Anfrage ist fehlgeschlagen (HTTP {status})',
  errorOther: 'Die Antwort ist fehlgeschlagen',
};

export default de;

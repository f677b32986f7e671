import type { Message, Part, ToolCall, ToolCallPart } from '../../src/index.js';

/** Messages with parts (reasoning, tool calls in each state, sources with citations, files), for stories and the demo's states page. */

/** A message from its parts, with `content` and `toolCalls` derived as the store keeps them. */
export function partsMessage(id: string, parts: Part[], fields: Partial<Message> = {}): Message {
  const content = parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
  const toolCalls = parts.filter((part): part is ToolCallPart => part.type === 'tool-call');
  return { id, role: 'assistant', status: 'complete', content, toolCalls, parts, ...fields };
}

const thinking =
  'The user wants to know whether to take an umbrella in Paris tomorrow.\n\nI should **check the forecast** first, then look for weather alerts, and answer with the chance of rain.';

export const forecastCall = (state: ToolCall['state'], fields: Partial<ToolCall> = {}): ToolCallPart => ({
  type: 'tool-call',
  id: `call_forecast_${state}`,
  name: 'get_forecast',
  arguments: state === 'input-streaming' ? '{"city": "Paris", "da' : { city: 'Paris', day: 'tomorrow' },
  state,
  status: state === 'input-streaming' ? 'streaming' : 'complete',
  ...fields,
});

const forecast = { city: 'Paris', day: 'tomorrow', rain_chance: 0.7, high_c: 16, low_c: 9 };

export const answer = 'Yes, take one. Météo-France expects showers from early afternoon, with a 70 % chance of rain. Highs stay around 16 °C, so a light jacket is enough.';

export const reasoningStreamingMessage = partsMessage('parts-reasoning-streaming', [{ type: 'reasoning', text: thinking.slice(0, 96), state: 'streaming', durationMs: 1800 }], {
  status: 'streaming',
});

export const reasoningDoneMessage = partsMessage('parts-reasoning-done', [
  { type: 'reasoning', text: thinking, state: 'done', durationMs: 4200 },
  { type: 'text', text: answer },
]);

export const redactedReasoningMessage = partsMessage('parts-reasoning-redacted', [
  { type: 'reasoning', text: '', state: 'done', redacted: true },
  { type: 'text', text: 'Take an umbrella: showers are likely from early afternoon.' },
]);

/** One message per tool-call state, the call between a sentence before and (when done) after it. */
export const toolStateMessages: Record<ToolCall['state'], Message> = {
  'input-streaming': partsMessage('tool-input-streaming', [{ type: 'text', text: 'Let me check the forecast.' }, forecastCall('input-streaming')], { status: 'streaming' }),
  'input-available': partsMessage('tool-input-available', [{ type: 'text', text: 'Let me check the forecast.' }, forecastCall('input-available')], { status: 'streaming' }),
  'output-available': partsMessage('tool-output-available', [
    { type: 'text', text: 'Let me check the forecast.' },
    forecastCall('output-available', { result: forecast }),
    { type: 'text', text: 'A 70 % chance of rain tomorrow: take an umbrella.' },
  ]),
  'output-error': partsMessage('tool-output-error', [
    { type: 'text', text: 'Let me look for weather alerts.' },
    { ...forecastCall('output-error', { errorText: 'Alerts service timed out after 10 s' }), name: 'get_alerts', arguments: { city: 'Paris' } },
    { type: 'text', text: 'The alerts service did not answer; the forecast alone says showers.' },
  ]),
  'approval-requested': partsMessage('tool-approval-requested', [
    { type: 'text', text: 'I can reserve an umbrella at the hotel desk for you.' },
    { type: 'tool-call', id: 'call_book', name: 'book_umbrella', arguments: { hotel: 'Hôtel du Louvre', size: 'large' }, state: 'approval-requested', status: 'complete', approvalId: 'appr_1' },
  ]),
  'output-denied': partsMessage('tool-output-denied', [
    { type: 'text', text: 'I can reserve an umbrella at the hotel desk for you.' },
    { type: 'tool-call', id: 'call_book', name: 'book_umbrella', arguments: { hotel: 'Hôtel du Louvre', size: 'large' }, state: 'output-denied', status: 'complete', approved: false },
  ]),
};

const sourcesText = 'Showers are expected from early afternoon, with a 70 % chance of rain. No weather alert is in force for Paris.';
export const sourcesMessage = partsMessage('parts-sources', [
  { type: 'text', text: sourcesText },
  { type: 'source', id: 'src-1', url: 'https://meteofrance.com/previsions-meteo-france/paris/75000', title: 'Paris forecast — Météo-France', spans: [{ start: 0, end: 70 }] },
  { type: 'source', id: 'src-2', url: 'https://vigilance.meteofrance.fr/fr/paris', title: 'Weather alerts (Vigilance)', spans: [{ start: 71, end: sourcesText.length }] },
  { type: 'source', id: 'src-3', title: 'Hotel guest guide.pdf', mediaType: 'application/pdf', filename: 'guest-guide.pdf' },
]);

/** A small bar chart as an SVG data URL: an image part that needs no network. */
const chart = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="360" height="160" viewBox="0 0 360 160"><rect width="360" height="160" fill="#f6f7fb"/>' +
    [20, 35, 70, 60, 25]
      .map((value, index) => `<rect x="${30 + index * 64}" y="${140 - value * 1.6}" width="40" height="${value * 1.6}" rx="4" fill="#5b8def"/>`)
      .join('') +
    '</svg>',
)}`;

export const fileMessage = partsMessage('parts-files', [
  { type: 'text', text: 'Here is the chance of rain through tomorrow, and the full report.' },
  { type: 'file', url: chart, mediaType: 'image/svg+xml', filename: 'Chance of rain, tomorrow, by hour' },
  { type: 'file', url: 'https://example.com/reports/paris-weather.pdf', mediaType: 'application/pdf', filename: 'paris-weather.pdf' },
]);

/** Everything at once: reasoning, a tool with its result, cited text and its sources. */
export const richReplyMessage = partsMessage('parts-rich', [
  { type: 'reasoning', text: thinking, state: 'done', durationMs: 4200 },
  forecastCall('output-available', { result: forecast }),
  { type: 'step-start' },
  { type: 'text', text: sourcesText },
  { type: 'source', id: 'src-1', url: 'https://meteofrance.com/previsions-meteo-france/paris/75000', title: 'Paris forecast — Météo-France', spans: [{ start: 0, end: 70 }] },
  { type: 'source', id: 'src-2', url: 'https://vigilance.meteofrance.fr/fr/paris', title: 'Weather alerts (Vigilance)', spans: [{ start: 71, end: sourcesText.length }] },
], { usage: { inputTokens: 1840, outputTokens: 212 }, model: 'claude-sonnet-4-5' });

// The mock assistant's script: from a prompt, a deterministic reply (one tool call with its
// result, then a markdown answer), already split into tokens of 1-6 characters, described for
// the one reply encoder (wire/), which writes it in every wire format. Nothing here knows about
// bytes, sockets or time.
import { cutReply, replyText } from '../../wire/index.js';

export const DEFAULT_MODEL = 'demo-assistant-1';

const CITIES = ['Amsterdam', 'Berlin', 'Lisbon', 'London', 'Madrid', 'New York', 'Paris', 'Rome', 'Tokyo', 'Vienna'];
const SKIES = ['clear', 'partly cloudy', 'overcast', 'light rain', 'sunny spells'];

/** FNV-1a: a stable seed from the prompt, so the same prompt always streams the same bytes. */
function hash(/** @type {string} */ text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny seeded PRNG (Math.random cannot be seeded). */
export function createRandom(/** @type {number} */ seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits text into tokens of 1-6 characters, never inside a surrogate pair. */
export function tokenize(/** @type {string} */ text, /** @type {() => number} */ random) {
  const chars = Array.from(text);
  const tokens = [];
  for (let i = 0; i < chars.length; ) {
    const size = 1 + Math.floor(random() * 6);
    tokens.push(chars.slice(i, i + size).join(''));
    i += size;
  }
  return tokens;
}

function findCity(/** @type {string} */ prompt) {
  const lower = prompt.toLowerCase();
  const known = CITIES.find((city) => lower.includes(city.toLowerCase()));
  if (known) return known;
  const named = /\b(?:in|at|for)\s+([A-Z][a-zA-Z-]+(?:\s[A-Z][a-zA-Z-]+)?)/.exec(prompt);
  return named ? named[1] : CITIES[hash(prompt) % CITIES.length];
}

function oneLine(/** @type {string} */ text, /** @type {number} */ max) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function weatherFor(/** @type {string} */ city, /** @type {() => number} */ random) {
  const celsius = 8 + Math.floor(random() * 20);
  return {
    city,
    temperature: celsius,
    unit: 'celsius',
    sky: SKIES[Math.floor(random() * SKIES.length)],
    wind_kph: 3 + Math.floor(random() * 30),
    humidity: 40 + Math.floor(random() * 50),
  };
}

function composeText(/** @type {string} */ prompt, /** @type {ReturnType<typeof weatherFor>} */ weather) {
  const asked = oneLine(prompt, 80) || 'a question';
  const fahrenheit = Math.round((weather.temperature * 9) / 5 + 32);
  const umbrella = weather.sky.includes('rain') ? 'Take an umbrella.' : 'No umbrella needed.';
  return [
    `## Weather in ${weather.city}`,
    '',
    `> ${asked}`,
    '',
    `Right now it is **${weather.temperature} °C** and ${weather.sky} in ${weather.city}, ` +
      `according to the \`get_weather\` tool. Forecast details are on ` +
      `[the Open-Meteo docs](https://open-meteo.com/en/docs).`,
    '',
    '- **Temperature:** ' + `${weather.temperature} °C (${fahrenheit} °F)`,
    `- **Wind:** ${weather.wind_kph} km/h`,
    `- **Humidity:** ${weather.humidity} %`,
    `- ${umbrella}`,
    '',
    '| Time | Sky | °C |',
    '|------|-----|---:|',
    `| Morning | ${weather.sky} | ${weather.temperature - 3} |`,
    `| Afternoon | ${weather.sky} | ${weather.temperature} |`,
    `| Evening | clear | ${weather.temperature - 5} |`,
    '',
    'To ask for it yourself:',
    '',
    '```js',
    `const res = await fetch('/api/weather?city=${encodeURIComponent(weather.city)}');`,
    'const { temperature, sky } = await res.json();',
    'console.log(`${temperature} °C, ${sky}`);',
    '```',
    '',
  ].join('\n');
}

/** The prompt from either our own body ({prompt, messages}) or a provider body (messages only). */
export function promptFrom(/** @type {any} */ body) {
  if (body && typeof body.prompt === 'string' && body.prompt) return body.prompt;
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  for (let i = messages.length - 1; i >= 0; i--) {
    const { role, content } = messages[i] ?? {};
    if (role !== 'user') continue;
    if (typeof content === 'string') return content;
    // Anthropic and Responses bodies may carry content as parts.
    if (Array.isArray(content)) return content.map((part) => part?.text ?? '').join('');
  }
  return '';
}

/** What the demo received with the prompt (the composer's `accept` files): a line per file, then the answer. */
function describeAttachments(/** @type {unknown} */ attachments) {
  if (!Array.isArray(attachments) || attachments.length === 0) return '';
  const lines = attachments.map((file) => {
    const { name, mediaType, size, url } = /** @type {Record<string, unknown>} */ (file ?? {});
    const where = typeof url === 'string' && url.startsWith('data:') ? `a data: URL of ${Math.round(url.length / 1024)} KiB` : `a link`;
    return `- **${oneLine(String(name ?? 'unnamed'), 60)}** (${String(mediaType ?? 'unknown type')}, ${Number(size) || 0} bytes, as ${where})`;
  });
  return `I received ${attachments.length === 1 ? 'one file' : `${attachments.length} files`}:\n\n${lines.join('\n')}\n\n`;
}

/**
 * The reply to one request, as a reply description (wire/reply.js).
 * @param {{ prompt?: string, messages?: unknown[], model?: string, attachments?: unknown[] }} request
 * @returns {import('../../wire/index.js').Reply}
 */
export function createAnswer(request = {}) {
  const prompt = promptFrom(request);
  const seed = hash(prompt);
  const random = createRandom(seed);
  const city = findCity(prompt);
  const weather = weatherFor(city, random);
  const input = { city };
  const text = describeAttachments(request.attachments) + composeText(prompt, weather);
  const inputDeltas = tokenize(JSON.stringify(input), random);
  const deltas = tokenize(text, random);
  const id = seed.toString(36).padStart(7, '0');
  const history = Array.isArray(request.messages) ? request.messages.length : 0;
  const callId = `call_${id}`;
  return {
    id,
    model: typeof request.model === 'string' && request.model ? request.model : DEFAULT_MODEL,
    // Fixed, so the same prompt gives byte-identical streams.
    created: 1767225600,
    parts: [
      { type: 'tool-call', id: callId, name: 'get_weather', input, inputDeltas },
      { type: 'tool-result', id: callId, output: weather },
      { type: 'text', deltas },
    ],
    usage: {
      inputTokens: 40 + Math.ceil(prompt.length / 4) + history * 12,
      outputTokens: inputDeltas.length + deltas.length,
    },
  };
}

/** The same reply, cut after `chars` characters of answer text by the server's error (a provider failing mid-reply). */
export function failingAnswer(/** @type {import('../../wire/index.js').Reply} */ reply, /** @type {number} */ chars, message = 'The model stopped: upstream overloaded') {
  return cutReply(reply, chars, { type: 'error', message });
}

/** Number of characters of answer text in a reply (the unit of `after`/`failAfter`). */
export function answerLength(/** @type {import('../../wire/index.js').Reply} */ reply) {
  return Array.from(replyText(reply)).length;
}

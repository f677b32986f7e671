// The mock assistant's script: from a prompt, a deterministic reply (one tool call with its
// result, then a markdown answer), already split into tokens of 1-6 characters, described for
// the one reply encoder (wire/), which writes it in every wire format. Nothing here knows about
// bytes, sockets or time.
//
// Words in the prompt add parts (each format writes those it can carry): "think" or "reason"
// reasoning first; "alert" a second tool that fails; "source" or "cite" sources cited by the
// answer; "chart" or "image" an image file; "book" a tool call waiting for the user's approval.
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

/** The parts the prompt asks for by its words (see the top of this file). */
function extrasFor(/** @type {string} */ prompt) {
  const has = (/** @type {RegExp} */ words) => words.test(prompt);
  return {
    reasoning: has(/\b(think|reason)/i),
    alerts: has(/\balert/i),
    sources: has(/\b(source|cite|citation)/i),
    chart: has(/\b(chart|image)/i),
    booking: has(/\bbook/i),
  };
}

function reasoningText(/** @type {string} */ city, /** @type {ReturnType<typeof extrasFor>} */ extras) {
  const steps = ['check the current weather with `get_weather`'];
  if (extras.alerts) steps.push('look for weather alerts');
  if (extras.sources) steps.push('cite where the numbers come from');
  if (extras.booking) steps.push('offer to book an umbrella, which needs the user\'s approval');
  return `The user asks about **${city}**.\n\nI will ${steps.join(', then ')}. Keep the answer short and practical.`;
}

/** A small bar chart of the day's temperatures, as an SVG data URL (an image part that needs no network). */
function chartUrl(/** @type {ReturnType<typeof weatherFor>} */ weather) {
  const temps = [weather.temperature - 3, weather.temperature, weather.temperature - 5];
  const bars = temps.map((t, i) => `<rect x="${40 + i * 100}" y="${150 - t * 4}" width="60" height="${t * 4}" rx="6" fill="#5b8def"/>`).join('');
  const labels = ['Morning', 'Afternoon', 'Evening'].map((label, i) => `<text x="${70 + i * 100}" y="172" font-size="12" text-anchor="middle" fill="#63636b" font-family="sans-serif">${label}</text>`).join('');
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="360" height="180" viewBox="0 0 360 180"><rect width="360" height="180" fill="#f6f7fb"/>${bars}${labels}</svg>`)}`;
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
  const extras = extrasFor(prompt);
  /** @type {import('../../wire/index.js').ReplyPart[]} */
  const parts = [];
  if (extras.reasoning) parts.push({ type: 'reasoning', deltas: tokenize(reasoningText(city, extras), random) });
  parts.push({ type: 'tool-call', id: callId, name: 'get_weather', input, inputDeltas }, { type: 'tool-result', id: callId, output: weather });
  if (extras.alerts) {
    const alertsId = `call_${id}_alerts`;
    parts.push({ type: 'tool-call', id: alertsId, name: 'get_alerts', input }, { type: 'tool-error', id: alertsId, errorText: 'The alerts service timed out after 10 s' });
  }
  /** @type {import('../../wire/index.js').TextPart} */
  const answerPart = { type: 'text', deltas };
  if (extras.sources) {
    answerPart.sources = [
      { id: 'open-meteo', url: `https://open-meteo.com/en/docs#city=${encodeURIComponent(city)}`, title: `${city} forecast — Open-Meteo`, quote: `Right now it is **${weather.temperature} °C**` },
      { id: 'wmo', url: 'https://worldweather.wmo.int/en/home.html', title: 'World Weather Information Service', quote: `- **Humidity:** ${weather.humidity} %` },
    ];
  }
  parts.push(answerPart);
  if (extras.chart) parts.push({ type: 'file', url: chartUrl(weather), mediaType: 'image/svg+xml', filename: `Temperatures in ${city}` });
  if (extras.booking) {
    const bookId = `call_${id}_book`;
    parts.push({ type: 'tool-call', id: bookId, name: 'book_umbrella', input: { city, size: 'large' } }, { type: 'tool-approval', id: bookId, approvalId: `approval_${id}` });
  }
  return {
    id,
    model: typeof request.model === 'string' && request.model ? request.model : DEFAULT_MODEL,
    // Fixed, so the same prompt gives byte-identical streams.
    created: 1767225600,
    parts,
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

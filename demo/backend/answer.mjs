// The mock assistant's script: from a prompt, a deterministic plan of what to stream (one tool
// call with its result, then a markdown answer), already split into tokens of 1-6 characters.
// Protocol writers turn the plan's steps into their own wire format; nothing here knows about
// bytes, sockets or time.
//
// Plan: { id, model, created, prompt, toolCall: { id, name, input, result }, text, usage, steps }
// Step: { type: 'start' } | { type: 'tool-start' } | { type: 'tool-delta', delta }
//     | { type: 'tool-end' } | { type: 'tool-result' } | { type: 'text-start' }
//     | { type: 'text-delta', delta } | { type: 'text-end' } | { type: 'finish' }
//     | { type: 'error', message }

export const DEFAULT_MODEL = 'demo-assistant-1';

const CITIES = ['Amsterdam', 'Berlin', 'Lisbon', 'London', 'Madrid', 'New York', 'Paris', 'Rome', 'Tokyo', 'Vienna'];
const SKIES = ['clear', 'partly cloudy', 'overcast', 'light rain', 'sunny spells'];

/** FNV-1a: a stable seed from the prompt, so the same prompt always streams the same bytes. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny seeded PRNG (Math.random cannot be seeded). */
export function createRandom(seed) {
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
export function tokenize(text, random) {
  const chars = Array.from(text);
  const tokens = [];
  for (let i = 0; i < chars.length; ) {
    const size = 1 + Math.floor(random() * 6);
    tokens.push(chars.slice(i, i + size).join(''));
    i += size;
  }
  return tokens;
}

function findCity(prompt) {
  const lower = prompt.toLowerCase();
  const known = CITIES.find((city) => lower.includes(city.toLowerCase()));
  if (known) return known;
  const named = /\b(?:in|at|for)\s+([A-Z][a-zA-Z-]+(?:\s[A-Z][a-zA-Z-]+)?)/.exec(prompt);
  return named ? named[1] : CITIES[hash(prompt) % CITIES.length];
}

function oneLine(text, max) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function weatherFor(city, random) {
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

function composeText(prompt, weather) {
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
export function promptFrom(body) {
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

/**
 * Builds the plan for one reply.
 * @param {{ prompt?: string, messages?: unknown[], model?: string }} request
 */
export function createAnswerPlan(request = {}) {
  const prompt = promptFrom(request);
  const seed = hash(prompt);
  const random = createRandom(seed);
  const city = findCity(prompt);
  const weather = weatherFor(city, random);
  const input = { city };
  const text = composeText(prompt, weather);
  const argTokens = tokenize(JSON.stringify(input), random);
  const textTokens = tokenize(text, random);
  const suffix = seed.toString(36).padStart(7, '0');
  const history = Array.isArray(request.messages) ? request.messages.length : 0;

  const steps = [{ type: 'start' }, { type: 'tool-start' }];
  for (const delta of argTokens) steps.push({ type: 'tool-delta', delta });
  steps.push({ type: 'tool-end' }, { type: 'tool-result' }, { type: 'text-start' });
  for (const delta of textTokens) steps.push({ type: 'text-delta', delta });
  steps.push({ type: 'text-end' }, { type: 'finish' });

  return {
    id: suffix,
    model: typeof request.model === 'string' && request.model ? request.model : DEFAULT_MODEL,
    // Fixed, so the same prompt gives byte-identical streams.
    created: 1767225600,
    prompt,
    toolCall: { id: `call_${suffix}`, name: 'get_weather', input, result: weather },
    text,
    usage: {
      inputTokens: 40 + Math.ceil(prompt.length / 4) + history * 12,
      outputTokens: argTokens.length + textTokens.length,
    },
    steps,
  };
}

/**
 * The same plan, cut after `chars` characters of answer text and ended by an error step
 * (what a provider does when it fails mid-reply).
 */
export function failingPlan(plan, chars, message = 'The model stopped: upstream overloaded') {
  const steps = [];
  let sent = 0;
  for (const step of plan.steps) {
    if (step.type === 'text-delta') {
      if (sent >= chars) break;
      const room = chars - sent;
      const delta = Array.from(step.delta).slice(0, room).join('');
      sent += Array.from(delta).length;
      steps.push(delta === step.delta ? step : { type: 'text-delta', delta });
      continue;
    }
    if (step.type === 'text-end' || step.type === 'finish') break;
    steps.push(step);
  }
  steps.push({ type: 'error', message });
  return { ...plan, steps };
}

/** Number of characters of answer text in a plan (the unit of `after`/`failAfter`). */
export function answerLength(plan) {
  return Array.from(plan.text).length;
}

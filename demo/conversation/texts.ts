// The conversation the state pages and the peer page show, in English, German and Arabic, so
// screenshots compare like with like.
export type DemoLanguage = 'en' | 'de' | 'ar';

export interface ConversationTexts {
  question: string;
  /** A markdown reply with a heading, bold, inline code, a link, a list, a table and a code block. */
  reply: string;
  /** The first words of the reply, as far as a stream got. */
  partial: string;
  short: string;
}

const code = ['```ts', "const forecast = await getWeather({ city: 'Rome' });", 'console.log(forecast.summary);', '```'].join('\n');

export const conversationTexts: Record<DemoLanguage, ConversationTexts> = {
  en: {
    question: 'What is the weather in Rome this week?',
    reply: [
      '## Weather in Rome',
      '',
      'Right now it is **18 °C** and sunny; `get_weather` says the wind is light. See the [forecast](https://example.com/rome).',
      '',
      '- Morning: clear',
      '- Afternoon: a few clouds',
      '- Evening: mild',
      '',
      '| Day | High | Low |',
      '|-----|-----:|----:|',
      '| Mon | 19 | 11 |',
      '| Tue | 21 | 12 |',
      '',
      code,
    ].join('\n'),
    partial: '## Weather in Rome\n\nRight now it is **18 °C** and sun',
    short: 'It is **18 °C** and sunny in Rome.',
  },
  de: {
    question: 'Wie wird das Wetter in Rom diese Woche?',
    reply: [
      '## Wetter in Rom',
      '',
      'Gerade sind es **18 °C** und sonnig; laut `get_weather` weht nur leichter Wind. Siehe die [Vorhersage](https://example.com/rome).',
      '',
      '- Morgens: klar',
      '- Nachmittags: ein paar Wolken',
      '- Abends: mild',
      '',
      '| Tag | Max | Min |',
      '|-----|----:|----:|',
      '| Mo | 19 | 11 |',
      '| Di | 21 | 12 |',
      '',
      code,
    ].join('\n'),
    partial: '## Wetter in Rom\n\nGerade sind es **18 °C** und son',
    short: 'In Rom sind es **18 °C** und sonnig.',
  },
  ar: {
    question: 'كيف سيكون الطقس في روما هذا الأسبوع؟',
    reply: [
      '## الطقس في روما',
      '',
      'الحرارة الآن **18 °م** والجو مشمس؛ وتقول `get_weather` إن الرياح خفيفة. راجع [التوقعات](https://example.com/rome).',
      '',
      '- الصباح: صافٍ',
      '- بعد الظهر: بعض الغيوم',
      '- المساء: معتدل',
      '',
      '| اليوم | العظمى | الصغرى |',
      '|-----|-----:|----:|',
      '| الاثنين | 19 | 11 |',
      '| الثلاثاء | 21 | 12 |',
      '',
      code,
    ].join('\n'),
    partial: '## الطقس في روما\n\nالحرارة الآن **18 °م** والجو مش',
    short: 'الحرارة في روما **18 °م** والجو مشمس.',
  },
};

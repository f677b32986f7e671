/** A text with plural forms, chosen by its `count` value through `Intl.PluralRules`. */
export type PluralText = { [form in Intl.LDMLPluralRule]?: string } & { other: string };
/** A UI text: a template where `{name}` marks a value, or its plural forms. */
export type UIText = string | PluralText;
/** The values a template's `{name}` marks stand for; numbers are formatted for the language. */
export type TextValues = Record<string, string | number>;

const cache = new Map<string, [Intl.PluralRules, Intl.NumberFormat]>();

/** Plural rules and number format for `lang`; English for a tag `Intl` rejects. */
function intlFor(lang: string): [Intl.PluralRules, Intl.NumberFormat] {
  let pair = cache.get(lang);
  if (!pair) {
    try {
      pair = [new Intl.PluralRules(lang), new Intl.NumberFormat(lang)];
    } catch {
      pair = intlFor('en');
    }
    cache.set(lang, pair);
  }
  return pair;
}

/** `text` with its values filled in, in `lang`. */
export function formatText(text: UIText, values: TextValues = {}, lang = 'en'): string {
  const [plural, number] = intlFor(lang);
  const template = typeof text === 'string' ? text : (text[plural.select(Number(values.count))] ?? text.other);
  return template.replace(/\{(\w+)\}/g, (mark, name: string) => {
    const value = values[name];
    return value === undefined ? mark : typeof value === 'number' ? number.format(value) : value;
  });
}

/** The language of `node`: its own `lang`, else the nearest ancestor's (across shadow roots), else English. */
export function langOf(node: Node): string {
  for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (at instanceof HTMLElement && at.lang) return at.lang;
  }
  return 'en';
}

import { expect } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import de from '../../src/locales/de.js';
import ar from '../../src/locales/ar.js';
import { formatText } from '../../src/elements/shared/format-text.js';

const placeholders = (text: unknown) => [...JSON.stringify(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('locales', () => {
  for (const [name, strings] of [['de', de], ['ar', ar]] as const) {
    it(`${name} translates every key, with the same values marked as in English`, () => {
      expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(en).sort());
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        expect(new Set(placeholders(strings[key])), key).to.deep.equal(new Set(placeholders(en[key])));
      }
    });
  }

  it('German seconds: one Sekunde, otherwise Sekunden', () => {
    expect([0, 1, 2, 5].map((count) => formatText(de.seconds, { count }, 'de'))).to.deep.equal(['0 Sekunden', '1 Sekunde', '2 Sekunden', '5 Sekunden']);
  });

  it('Arabic seconds take the six plural forms Intl.PluralRules picks', () => {
    const shown = [1, 2, 3, 11, 100].map((count) => formatText(ar.seconds, { count }, 'ar'));
    const digits = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(shown).to.deep.equal(['ثانية واحدة', 'ثانيتين', `${digits(3)} ثوانٍ`, `${digits(11)} ثانية`, `${digits(100)} ثانية`]);
  });

  it('a language tag Intl rejects falls back to English rules instead of throwing', () => {
    expect(formatText(en.seconds, { count: 1 }, 'not a tag!')).to.equal('1 second');
  });
});

import { expect } from '@open-wc/testing';
import { formatDate, formatDay, type Locale } from './localize.js';

describe('formatDay', () => {
  it('writes every calendar day of 1950–2100 as formatDate does with Intl, in both locales', () => {
    const locales: Locale[] = ['zh-CN', 'en'];
    let checked = 0;
    for (let t = Date.UTC(1950, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const locale of locales) {
        const expected = formatDate(locale, day);
        if (formatDay(locale, day) !== expected) {
          expect(formatDay(locale, day), `${locale} ${day}`).to.equal(expected);
        }
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(110_000);
    expect(formatDay('zh-CN', '2027-12-31')).to.equal('2027/12/31');
    expect(formatDay('en', '2027-12-31')).to.equal('12/31/2027');
  });
});

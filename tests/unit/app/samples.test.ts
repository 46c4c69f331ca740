import { describe, expect, it } from 'vitest';
import { sampleForLocale } from '../../../electron/app/samples';

describe('the sample price list of a first run', () => {
  it('follows the country of the system locale, then its language', () => {
    expect(sampleForLocale('ko-KR')).toBe('kr');
    expect(sampleForLocale('en-KR')).toBe('kr'); // an English system in Korea: a Korean business
    expect(sampleForLocale('ko_KR.UTF-8')).toBe('kr');
    expect(sampleForLocale('ko')).toBe('kr');
    expect(sampleForLocale('en-US')).toBe('us');
    expect(sampleForLocale('ko-US')).toBe('us'); // a Korean speaker's business in the US
    expect(sampleForLocale('en-GB')).toBe('us');
    expect(sampleForLocale('zh-Hant-TW')).toBe('us');
    expect(sampleForLocale('en')).toBe('us');
    expect(sampleForLocale('')).toBe('us');
  });
});

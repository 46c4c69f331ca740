import { describe, it, expect } from 'vitest';
import {
  currencyExponent,
  divideWhole,
  formatMoney,
  includedTax,
  percentOf,
  roundHalfUp,
  roundToIncrement,
} from '../../../shared/pricing';
import { minorToDecimalText } from '../../../shared/pricing/money';

describe('currencyExponent', () => {
  it('comes from the ISO code via Intl', () => {
    expect(currencyExponent('KRW')).toBe(0);
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('BHD')).toBe(3);
    expect(currencyExponent('usd')).toBe(2);
  });
});

describe('roundHalfUp', () => {
  it('sends x.5 up, also for negatives (towards +infinity)', () => {
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(2.4999)).toBe(2);
    expect(roundHalfUp(-2.5)).toBe(-2);
    expect(roundHalfUp(-2.6)).toBe(-3);
    expect(Object.is(roundHalfUp(-0.4), 0)).toBe(true); // never -0
  });
});

describe('roundToIncrement', () => {
  it('rounds half up to a multiple', () => {
    expect(roundToIncrement(12499, 1000)).toBe(12000);
    expect(roundToIncrement(12500, 1000)).toBe(13000); // exactly half: up
    expect(roundToIncrement(12000, 1000)).toBe(12000);
    expect(roundToIncrement(0, 1000)).toBe(0);
    expect(roundToIncrement(15612, 25)).toBe(15600); // 12 < 12.5
    expect(roundToIncrement(15613, 25)).toBe(15625); // 2*13 = 26 >= 25
    expect(roundToIncrement(1234, 1)).toBe(1234);
  });
  it('is exact for large amounts', () => {
    // 9007199254740000 = 9007199254740 * 1000; +499 stays, +500 goes up.
    expect(roundToIncrement(9007199254740499, 1000)).toBe(9007199254740000);
    expect(roundToIncrement(-1500, 1000)).toBe(-1000); // half up, not away from zero
  });
  it('refuses an increment below 1', () => {
    expect(() => roundToIncrement(5, 0)).toThrow(RangeError);
  });
});

describe('percentOf (exact, no float error)', () => {
  it('handles decimals in the percent', () => {
    expect(percentOf(1000, 10.5)).toBe(105); // 105 exactly
    expect(percentOf(3000, 1.15)).toBe(35); // 34.5 -> 35 (float gives 34.4999... -> 34)
    expect(percentOf(1500, 33.3)).toBe(500); // 499.5 -> 500 (float gives 499)
    expect(percentOf(3000, 2.55)).toBe(77); // 76.5 -> 77
    expect(percentOf(1005, 7)).toBe(70); // 70.35 -> 70
    expect(percentOf(1050, 7)).toBe(74); // 73.5 -> 74
    expect(percentOf(14350, 8.875)).toBe(1274); // 1273.5625 -> 1274
    expect(percentOf(80000, 20)).toBe(16000);
    expect(percentOf(70000, 0)).toBe(0);
    expect(percentOf(70000, 100)).toBe(70000);
  });
  it('computes tax included in a total', () => {
    expect(includedTax(108000, 10)).toBe(9818); // 108000 * 10 / 110 = 9818.18
    expect(includedTax(13000, 10)).toBe(1182); // 1181.8
    expect(includedTax(108875, 8.875)).toBe(8875); // 108875 * 8.875 / 108.875 = 8875
    expect(includedTax(5, 10)).toBe(0); // 0.4545
    expect(includedTax(11, 10)).toBe(1);
  });
  it('divides whole amounts half up', () => {
    expect(divideWhole(135001, 2)).toBe(67501); // 67500.5
    expect(divideWhole(66142, 5)).toBe(13228); // 13228.4
  });
});

describe('formatMoney', () => {
  it('writes won after the number in Korean, uses Intl otherwise', () => {
    expect(formatMoney(286000, 'KRW', 'ko')).toBe('286,000원');
    expect(formatMoney(-5000, 'KRW', 'ko')).toBe('-5,000원');
    expect(formatMoney(1234, 'USD', 'en')).toBe('$12.34');
    expect(formatMoney(5, 'USD', 'en')).toBe('$0.05');
    expect(formatMoney(-1234, 'USD', 'en')).toBe('-$12.34');
    expect(formatMoney(286000, 'KRW', 'en')).toBe('₩286,000');
    expect(formatMoney(1234, 'USD', 'ko')).toBe('US$12.34');
  });
  it('is exact for the largest safe amount', () => {
    expect(formatMoney(9007199254740991, 'USD', 'en')).toBe('$90,071,992,547,409.91');
  });
});

describe('minorToDecimalText', () => {
  it('writes minor units as exact major-unit text (the CSV export uses it)', () => {
    expect(minorToDecimalText(286000, 0)).toBe('286000');
    expect(minorToDecimalText(1234, 2)).toBe('12.34');
    expect(minorToDecimalText(5, 2)).toBe('0.05');
    expect(minorToDecimalText(-5, 2)).toBe('-0.05');
    expect(minorToDecimalText(1000, 3)).toBe('1.000');
    expect(minorToDecimalText(0, 2)).toBe('0.00');
    expect(() => minorToDecimalText(1.5, 2)).toThrow(RangeError);
  });
});

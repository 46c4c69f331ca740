// Money helpers. Amounts are integers in the currency's minor unit (spec "Money"); every
// calculation that involves a percent is done exactly with BigInt on the percent's decimal
// digits, so 10.5 % or 8.875 % never suffer binary floating-point error.

const exponentCache = new Map<string, number>();

/** Digits after the decimal point of the currency's minor unit: KRW 0, USD 2, BHD 3. */
export function currencyExponent(code: string): number {
  const key = code.toUpperCase();
  let exponent = exponentCache.get(key);
  if (exponent === undefined) {
    exponent = new Intl.NumberFormat('en-US', { style: 'currency', currency: key }).resolvedOptions()
      .maximumFractionDigits ?? 0;
    exponentCache.set(key, exponent);
  }
  return exponent;
}

/** Round half up to a whole number: x.5 goes up, towards +infinity, also for negatives
 *  (-2.5 -> -2), which is what "x.5 goes up" says. Never returns -0. */
export function roundHalfUp(x: number): number {
  return Math.round(x) || 0;
}

/** Round an integer half up to a multiple of `increment` (a whole number >= 1).
 *  Uses the exact remainder, not a float division, so large amounts stay exact. */
export function roundToIncrement(x: number, increment: number): number {
  if (!Number.isInteger(increment) || increment < 1) throw new RangeError(`bad increment ${increment}`);
  if (increment === 1) return roundHalfUp(x);
  const below = x - (((x % increment) + increment) % increment); // the multiple at or below x
  return (x - below) * 2 >= increment ? below + increment : below || 0;
}

/** A finite number as an exact decimal: value = digits / 10^scale. Uses the shortest
 *  round-trip text of the number (String(x)), i.e. exactly what was written in the file. */
export function toDecimal(x: number): { digits: bigint; scale: number } {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`unexpected number text: ${String(x)}`);
  const [, sign = '', whole = '0', fraction = '', exp = '0'] = m;
  let digits = BigInt(sign + whole + fraction);
  let scale = fraction.length - Number(exp);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
}

/** round(numerator / denominator) half up (towards +infinity), exactly; denominator > 0. */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be > 0');
  const n = 2n * numerator + denominator;
  const d = 2n * denominator;
  const q = n / d; // truncates towards zero
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** round(amount * percent / 100), exactly. */
export function percentOf(amount: number, percent: number): number {
  const p = toDecimal(percent);
  return Number(divideRoundHalfUp(BigInt(amount) * p.digits, 100n * 10n ** BigInt(p.scale)));
}

/** The tax contained in a tax-inclusive amount: round(total * percent / (100 + percent)). */
export function includedTax(total: number, percent: number): number {
  const p = toDecimal(percent);
  const hundred = 100n * 10n ** BigInt(p.scale);
  return Number(divideRoundHalfUp(BigInt(total) * p.digits, hundred + p.digits));
}

/** round(a / b) half up for integers, exactly (e.g. perSession = total / sessions). */
export function divideWhole(a: number, b: number): number {
  return Number(divideRoundHalfUp(BigInt(a), BigInt(b)));
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "₩286,000" (ko) or "$12.34" (en): Intl's currency format for ko-KR / en-US. The minor
 *  amount is turned into an exact decimal string first, so no float division is involved. */
export function formatMoney(minor: number, currency: string, lang: 'ko' | 'en'): string {
  // Korean writes and says won after the number ("286,000원"), as on every Korean price tag
  // and receipt; Intl's "₩286,000" reads oddly in a sentence to say on the phone.
  if (lang === 'ko' && currency === 'KRW') {
    koreanNumber ??= new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 0 });
    return `${koreanNumber.format(minorToDecimalText(minor, 0))}원`;
  }
  const locale = lang === 'ko' ? 'ko-KR' : 'en-US';
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter.format(minorToDecimalText(minor, currencyExponent(currency)));
}

// Made at first use, not when the module loads: a page's first Intl object costs tens of
// milliseconds (the ICU data), which must not stand before start-up's first requests.
let koreanNumber: Intl.NumberFormat | undefined;

/** An amount in minor units as exact decimal text in major units: (28600000, 0) ->
 *  "28600000", (1234, 2) -> "12.34", (-5, 2) -> "-0.05". */
export function minorToDecimalText(minor: number, exponent: number): `${number}` {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not a whole minor amount: ${minor}`);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  if (exponent === 0) return `${sign}${digits}` as `${number}`;
  const cut = digits.length - exponent;
  return `${sign}${digits.slice(0, cut)}.${digits.slice(cut)}` as `${number}`;
}

// The sample price list a new installation starts with, chosen by the business's country
// as the system locale tells it: a Korean clinic and academy (KRW, VAT included, Korean
// courses) in Korea, the US sample (USD, sales tax added, a US massage school) elsewhere.
// Either can later be replaced from the price list screen (import, or load a sample).
import koreanSample from '../../resources/seed-catalog.json';
import usSample from '../../resources/seed-catalog-us.json';

export type SampleId = 'kr' | 'us';

export const samples: Record<SampleId, unknown> = { kr: koreanSample, us: usSample };

/** "ko-KR" -> kr, "en-US" / "en-GB" / "ko-US" -> us; with no region, Korean -> kr. */
export function sampleForLocale(locale: string): SampleId {
  const region = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2}|\d{3})\b/i.exec(locale.trim())?.[1];
  if (region) return region.toUpperCase() === 'KR' ? 'kr' : 'us';
  return /^ko\b/i.test(locale.trim()) ? 'kr' : 'us';
}

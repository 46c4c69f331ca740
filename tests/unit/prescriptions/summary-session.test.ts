// The coverage summary's "one session of the usual service" and the printed diagnosis line,
// and the scan type told from the bytes.
import { describe, expect, it } from 'vitest';
import type { VisitRecord } from '../../../shared/api/prescriptions';
import { scanTypeOf } from '../../../shared/scans';
import { computeQuote } from '../../../shared/pricing/quote';
import { sessionChoices, sessionPrice, usualSession } from '../../../renderer/src/components/prescriptions/usual-session';
import { diagnosisLine } from '../../../renderer/src/components/prescriptions/PrescriptionPrint';
import { specCatalog, variant } from '../pricing/fixtures';

const catalog = variant(specCatalog, {
  services: [
    ...specCatalog.services,
    { id: 'deep', name: { ko: '딥티슈', en: 'Deep tissue' }, active: true, rates: [{ minutes: 50, price: 90_000 }] },
    { id: 'old', name: { ko: '옛 관리', en: 'Old' }, active: false, rates: [{ minutes: 60, price: 10_000 }] },
  ],
});
const visit = (id: number, date: string, serviceId: string, minutes: number) => ({ id, date, serviceId, minutes }) as VisitRecord;

describe('usual session', () => {
  it('offers every active service and length, in the price list order', () => {
    expect(sessionChoices(catalog)).toEqual([
      { serviceId: 'swedish', minutes: 60 },
      { serviceId: 'swedish', minutes: 90 },
      { serviceId: 'deep', minutes: 50 },
    ]);
  });
  it("is the latest recorded visit's service and length when still offered", () => {
    const visits = [visit(1, '2026-11-01', 'swedish', 90), visit(2, '2026-11-10', 'deep', 50), visit(3, '2026-11-05', 'swedish', 60)];
    expect(usualSession(catalog, visits, null)).toEqual({ serviceId: 'deep', minutes: 50 });
  });
  it('skips a visit with no service, and falls back when the latest is no longer offered', () => {
    expect(usualSession(catalog, [visit(1, '2026-11-10', '', 60), visit(2, '2026-11-01', 'swedish', 90)], null)).toEqual({ serviceId: 'swedish', minutes: 90 });
    expect(usualSession(catalog, [visit(1, '2026-11-10', 'old', 60)], null)).toEqual({ serviceId: 'swedish', minutes: 60 });
  });
  it("without visits: the first service, at the prescription's longest session when offered", () => {
    expect(usualSession(catalog, [], 90)).toEqual({ serviceId: 'swedish', minutes: 90 });
    expect(usualSession(catalog, [], 45)).toEqual({ serviceId: 'swedish', minutes: 60 });
    expect(usualSession({ ...catalog, services: [] }, [], null)).toBeNull();
  });
  it("is priced as the quote's one-session total", () => {
    expect(sessionPrice(catalog, { serviceId: 'deep', minutes: 50 })).toBe(computeQuote(catalog, { items: [{ serviceId: 'deep', minutes: 50 }] }).perSession);
    expect(sessionPrice(catalog, { serviceId: 'deep', minutes: 55 })).toBeNull(); // not a length it has
  });
});

describe('printed diagnosis line', () => {
  it("gives the code, its description in the client's language, and the physician's words", () => {
    expect(diagnosisLine({ code: 'M54.6' }, 'en')).toBe('M54.6 Pain in thoracic spine');
    expect(diagnosisLine({ code: 'M54.6', text: '등 통증' }, 'ko')).toBe('M54.6 흉추의 통증 (등 통증)');
    expect(diagnosisLine({ text: 'back pain' }, 'en')).toBe('back pain');
    expect(diagnosisLine({ code: 'M99.99' }, 'en')).toBe('M99.99');
  });
});

describe('scan type from the bytes', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('knows PDF, JPEG and PNG by their first bytes, and nothing else', () => {
    expect(scanTypeOf(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
    expect(scanTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(scanTypeOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(scanTypeOf(new TextEncoder().encode('MZ\x90'))).toBeNull();
    expect(scanTypeOf(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
    expect(scanTypeOf(new TextEncoder().encode('%PDF'))).toBeNull();
    expect(scanTypeOf(bytes())).toBeNull();
  });
});

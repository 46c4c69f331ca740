// A 500-service price list grown from resources/seed-catalog.json: every seed service in 56
// named variants (3 rates each), the seed's add-ons widened to the variants plus more,
// more surcharges, travel zones and discounts (promo codes included). Deterministic.
import seedFile from '../resources/seed-catalog.json';
import { parseCatalog, type Catalog } from '../shared/pricing';

type Bi = { ko: string; en: string };
type RawService = { id: string; name: Bi; category?: string; active?: boolean; rates: { minutes: number; price: number }[] };
type RawAddOn = { id: string; name: Bi; price: number; services?: string[] };

export const SERVICE_COUNT = 500;

const tiers: Bi[] = [
  { ko: '클래식', en: 'Classic' }, { ko: '프리미엄', en: 'Premium' }, { ko: '시그니처', en: 'Signature' },
  { ko: '힐링', en: 'Healing' }, { ko: 'VIP', en: 'VIP' }, { ko: '오리엔탈', en: 'Oriental' },
  { ko: '한방', en: 'Herbal' }, { ko: '데일리', en: 'Daily' },
];
const focuses: Bi[] = [
  { ko: '', en: '' }, { ko: '전신', en: 'full body' }, { ko: '상체 집중', en: 'upper body' },
  { ko: '하체 집중', en: 'legs and feet' }, { ko: '림프 순환', en: 'lymphatic' }, { ko: '스톤', en: 'stone' },
  { ko: '허브볼', en: 'herbal ball' },
];
const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
const roundTo = (x: number, step: number) => Math.round(x / step) * step;

function services(seed: readonly RawService[]): RawService[] {
  const out: RawService[] = [];
  for (let i = 0; i < SERVICE_COUNT; i++) {
    const base = seed[i % seed.length]!;
    const variant = Math.floor(i / seed.length);
    const tier = tiers[variant % tiers.length]!;
    const focus = focuses[Math.floor(variant / tiers.length) % focuses.length]!;
    const first = base.rates[0]!;
    const perMinute = first.price / first.minutes;
    const durations = first.minutes <= 30 ? [30, 60, 90] : [60, 90, 120];
    const factor = 1 + 0.05 * (variant % tiers.length) + 0.03 * (Math.floor(variant / tiers.length) % focuses.length);
    out.push({
      id: variant === 0 ? base.id : `${base.id}-${variant}`,
      name:
        variant === 0
          ? base.name
          : { ko: join(tier.ko, base.name.ko, focus.ko), en: join(tier.en, base.name.en, focus.en ? `(${focus.en})` : '') },
      ...(base.category ? { category: base.category } : {}),
      ...(base.active === false ? { active: false } : {}),
      rates: durations.map((minutes) => ({ minutes, price: roundTo(perMinute * minutes * factor * (minutes > 60 ? 0.95 : 1), 1000) })),
    });
  }
  return out;
}

const extraAddOns: [string, Bi, number, string[] | null][] = [
  ['extra-10', { ko: '10분 연장', en: '10 extra minutes' }, 15000, null],
  ['warm-towel', { ko: '온열 타월', en: 'Warm towels' }, 5000, null],
  ['cupping', { ko: '부항', en: 'Cupping' }, 20000, ['therapeutic']],
  ['gua-sha', { ko: '괄사', en: 'Gua sha' }, 20000, ['therapeutic', 'stretching']],
  ['face-mask', { ko: '페이스 마스크', en: 'Face mask' }, 15000, ['relaxation']],
  ['hand-care', { ko: '핸드 케어', en: 'Hand care' }, 10000, null],
  ['herbal-compress', { ko: '허브 찜질', en: 'Herbal compress' }, 25000, ['relaxation', 'therapeutic']],
  ['cbd-oil', { ko: 'CBD 오일', en: 'CBD oil' }, 20000, ['relaxation', 'therapeutic']],
  ['stretch-10', { ko: '스트레칭 10분', en: '10-minute stretch' }, 10000, ['stretching', 'therapeutic']],
  ['neck-focus', { ko: '목·어깨 집중', en: 'Neck and shoulders focus' }, 10000, null],
  ['foot-soak', { ko: '족욕', en: 'Foot soak' }, 10000, null],
  ['private-room', { ko: '1인실', en: 'Private room' }, 30000, null],
  ['pillow-support', { ko: '임산부 바디필로우', en: 'Pregnancy pillow' }, 5000, ['special care']],
  ['tea-set', { ko: '한방차 세트', en: 'Herbal tea set' }, 8000, null],
  ['aroma-premium', { ko: '프리미엄 아로마 블렌드', en: 'Premium aroma blend' }, 25000, ['relaxation']],
  ['hot-compress', { ko: '온찜질', en: 'Hot compress' }, 10000, ['therapeutic', 'special care']],
];

function addOns(seed: readonly RawAddOn[], all: readonly RawService[], seedIds: readonly string[]): RawAddOn[] {
  const baseOf = (id: string) => seedIds.find((b) => id === b || id.startsWith(`${b}-`)) ?? id;
  const widened = seed.map((a) =>
    a.services ? { ...a, services: all.filter((s) => a.services!.includes(baseOf(s.id))).map((s) => s.id) } : a,
  );
  const more = extraAddOns.map(([id, name, price, categories]): RawAddOn => ({
    id, name, price,
    ...(categories ? { services: all.filter((s) => s.category && categories.includes(s.category)).map((s) => s.id) } : {}),
  }));
  return [...widened, ...more];
}

const moreSurcharges = [
  { id: 'early', name: { ko: '이른 아침', en: 'Early morning' }, when: { from: '06:00', to: '08:00' }, percent: 10 },
  { id: 'friday-evening', name: { ko: '금요일', en: 'Friday' }, when: { weekdays: [5] }, amount: 5000 },
  { id: 'year-end', name: { ko: '연말', en: 'Year end' }, when: { dates: ['2026-12-24', '2026-12-31', '2027-12-24', '2027-12-31'] }, amount: 10000 },
];

const cities: [string, string, string, number][] = [
  ['goyang', '고양', 'Goyang', 40000], ['yongin', '용인', 'Yongin', 40000], ['bucheon', '부천', 'Bucheon', 40000],
  ['anyang', '안양', 'Anyang', 35000], ['uijeongbu', '의정부', 'Uijeongbu', 45000], ['hanam', '하남', 'Hanam', 35000],
  ['gwangmyeong', '광명', 'Gwangmyeong', 35000], ['gimpo', '김포', 'Gimpo', 50000], ['paju', '파주', 'Paju', 55000],
  ['hwaseong', '화성', 'Hwaseong', 55000], ['pyeongtaek', '평택', 'Pyeongtaek', 70000], ['siheung', '시흥', 'Siheung', 45000],
  ['guri', '구리', 'Guri', 35000], ['namyangju', '남양주', 'Namyangju', 45000], ['gwacheon', '과천', 'Gwacheon', 30000],
];

const moreDiscounts = [
  { id: 'senior', name: { ko: '경로 우대', en: 'Senior' }, percent: 10 },
  { id: 'student', name: { ko: '학생', en: 'Student' }, amount: 5000 },
  { id: 'birthday', name: { ko: '생일 축하', en: 'Birthday' }, percent: 15, code: 'BDAY15' },
  { id: 'vip', name: { ko: 'VIP 회원', en: 'VIP member' }, percent: 10, code: 'VIP10' },
  { id: 'pass-20', name: { ko: '20회권', en: '20-visit pass' }, percent: 20, minSessions: 20 },
  { id: 'couple-pack', name: { ko: '커플 패키지', en: 'Couple package' }, amount: 20000, code: 'COUPLE20' },
  { id: 'summer', name: { ko: '여름 프로모션', en: 'Summer promo' }, percent: 10, code: 'SUMMER10' },
  { id: 'referral', name: { ko: '지인 추천', en: 'Referral' }, amount: 10000, code: 'FRIEND' },
];

/** The catalog as a file's JSON value (what parseCatalog and the seed option take). */
export function bigCatalogJson(): unknown {
  const seed = structuredClone(seedFile) as typeof seedFile & { services: RawService[]; addOns: RawAddOn[] };
  const all = services(seed.services);
  return {
    ...seed,
    services: all,
    addOns: addOns(seed.addOns, all, seed.services.map((s) => s.id)),
    surcharges: [...seed.surcharges, ...moreSurcharges],
    travelZones: [...seed.travelZones, ...cities.map(([id, ko, en, fee]) => ({ id, name: { ko, en }, fee }))],
    discounts: [...seed.discounts, ...moreDiscounts],
  };
}

export function bigCatalog(): Catalog {
  return parseCatalog(bigCatalogJson());
}

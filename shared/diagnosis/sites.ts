// KCD (like the WHO's ICD-10) may add a 5th character for the site to chapter XIII codes;
// ICD-10-CM uses the same positions for other things (side, type). So an ICD-10-CM-only
// code such as M54.31 "Sciatica, right side" also exists in KCD with another meaning
// ("Sciatica, occipito-atlanto-axial region"). This builds that warning from the site tables.
import type { Bilingual } from '../vocabulary';

const SPINE: readonly Bilingual[] = [
  { ko: '척추의 여러 부위', en: 'multiple sites in spine' },
  { ko: '후두-환추-축추부', en: 'occipito-atlanto-axial region' },
  { ko: '경추부', en: 'cervical region' },
  { ko: '경흉추부', en: 'cervicothoracic region' },
  { ko: '흉추부', en: 'thoracic region' },
  { ko: '흉요추부', en: 'thoracolumbar region' },
  { ko: '요추부', en: 'lumbar region' },
  { ko: '요천추부', en: 'lumbosacral region' },
  { ko: '천추 및 천미추부', en: 'sacral and sacrococcygeal region' },
  { ko: '상세불명 부위', en: 'site unspecified' },
];

const LIMB: readonly Bilingual[] = [
  { ko: '여러 부위', en: 'multiple sites' },
  { ko: '어깨부분', en: 'shoulder region' },
  { ko: '위팔', en: 'upper arm' },
  { ko: '아래팔', en: 'forearm' },
  { ko: '손', en: 'hand' },
  { ko: '골반부 및 넓적다리', en: 'pelvic region and thigh' },
  { ko: '아래다리', en: 'lower leg' },
  { ko: '발목 및 발', en: 'ankle and foot' },
  { ko: '기타 부위', en: 'other site' },
  { ko: '상세불명 부위', en: 'site unspecified' },
];

/** Categories where KCD uses the site character: dorsopathies (spine sites, except the
 *  disc disorders M50-M51, which have their own subdivisions) and joint, muscle and soft
 *  tissue disorders (limb sites). */
function sitesFor(category: number): readonly Bilingual[] | null {
  if (category >= 40 && category <= 54 && category !== 50 && category !== 51) return SPINE;
  if (category === 25 || (category >= 60 && category <= 63) || category === 79) return LIMB;
  return null;
}

/** For an ICD-10-CM-only code like M54.31, what the same code means in KCD, built from the
 *  heading's title; null when KCD has no such site code. */
export function kcdSiteMeaning(code: string, heading: Bilingual | undefined): Bilingual | null {
  const m = /^M(\d\d)\.\d(\d)$/.exec(code);
  if (!m || !heading) return null;
  const sites = sitesFor(Number(m[1]));
  if (!sites) return null;
  const site = sites[Number(m[2])]!;
  const title = { ko: heading.ko.replace(/\(.*\)$/, ''), en: heading.en };
  return {
    ko: `KCD에서 이 코드는 다른 뜻입니다: ${title.ko}, ${site.ko}.`,
    en: `In KCD this code means something else: ${title.en}, ${site.en}.`,
  };
}

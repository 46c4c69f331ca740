// Spot checks of the bundled list against public code lists, so that an edit that breaks a
// verified title or system mark fails without the network. Which lists, and what was and was
// not verified: docs/diagnosis-codes.md ("Comparison with public lists").
import { describe, expect, it } from 'vitest';
import { findDiagnosisCode, searchDiagnosisCodes } from '../../../shared/diagnosis';

const entry = (code: string) => {
  const e = findDiagnosisCode(code);
  if (!e) throw new Error(`${code} is not listed`);
  return e;
};

describe('English titles checked against the ICD-10-CM code list', () => {
  it.each([
    ['M54.10', 'Radiculopathy, site unspecified'],
    ['M54.16', 'Radiculopathy, lumbar region'],
    ['M54.2', 'Cervicalgia'],
    ['M54.30', 'Sciatica, unspecified side'],
    ['M54.41', 'Lumbago with sciatica, right side'],
    ['M54.6', 'Pain in thoracic spine'],
    ['M54.81', 'Occipital neuralgia'],
    ['M53.1', 'Cervicobrachial syndrome'],
    ['M53.82', 'Other specified dorsopathies, cervical region'],
    ['M43.6', 'Torticollis'],
    ['M51.16', 'Intervertebral disc disorders with radiculopathy, lumbar region'],
    ['M99.03', 'Segmental and somatic dysfunction of lumbar region'],
    ['M62.830', 'Muscle spasm of back'],
    ['M62.9', 'Disorder of muscle, unspecified'],
    ['M79.601', 'Pain in right arm'],
    ['M79.641', 'Pain in right hand'],
    ['M79.7', 'Fibromyalgia'],
    ['M25.512', 'Pain in left shoulder'],
    ['M25.551', 'Pain in right hip'],
    ['M25.571', 'Pain in right ankle and joints of right foot'],
    ['M75.01', 'Adhesive capsulitis of right shoulder'],
    ['M75.41', 'Impingement syndrome of right shoulder'],
    ['M76.61', 'Achilles tendinitis, right leg'],
    ['M77.02', 'Medial epicondylitis, left elbow'],
    ['M72.2', 'Plantar fascial fibromatosis'],
    ['M17.12', 'Unilateral primary osteoarthritis, left knee'],
    ['G44.219', 'Episodic tension-type headache, not intractable'],
    ['G56.02', 'Carpal tunnel syndrome, left upper limb'],
    ['R29.3', 'Abnormal posture'],
    ['S13.4XXA', 'Sprain of ligaments of cervical spine, initial encounter'],
    ['S16.1XXD', 'Strain of muscle, fascia and tendon at neck level, subsequent encounter'],
    ['S33.5XXD', 'Sprain of ligaments of lumbar spine, subsequent encounter'],
    ['S39.012A', 'Strain of muscle, fascia and tendon of lower back, initial encounter'],
    ['S43.401A', 'Unspecified sprain of right shoulder joint, initial encounter'],
    ['S93.401A', 'Sprain of unspecified ligament of right ankle, initial encounter'],
  ])('%s is "%s"', (code, en) => {
    expect(entry(code).en).toBe(en);
    expect(entry(code).systems).not.toBe('kcd');
  });
});

describe('system marks checked against the ICD-10-CM code list', () => {
  it.each(['M54.22', 'M54.55', 'M54.56', 'M54.57', 'M62.6', 'M25.59', 'K07.6'])(
    '%s is not an ICD-10-CM code: marked KCD only',
    (code) => {
      expect(entry(code).systems).toBe('kcd');
    },
  );

  it('M25.59 is the KCD site code "site unspecified", not an ICD-10-CM code', () => {
    expect(entry('M25.59')).toMatchObject({ en: 'Pain in joint, site unspecified', ko: '관절통, 상세불명 부위' });
  });

  it.each(['M54', 'M53', 'M75', 'M75.1', 'M76', 'M77', 'S16', 'M54.5', 'M79.1', 'M25.51'])(
    '%s has longer codes under it in ICD-10-CM: marked as a heading there',
    (code) => {
      expect(entry(code).cmHeading).toBe(true);
    },
  );
});

describe('Korean titles checked against a KCD category list', () => {
  it.each([
    ['M53', '달리 분류되지 않은 기타 등병증'],
    ['M54', '등통증'],
    ['M75', '어깨병변'],
    ['M76', '발을 제외한 하지의 골부착부병증'],
    ['M77', '기타 골부착부병증'],
  ])('%s is "%s"', (code, ko) => {
    expect(entry(code).ko.replace(/\s+/g, '')).toBe(ko.replace(/\s+/g, ''));
  });
});

describe("Korean titles that take the KCD category list's word", () => {
  // The KCD category list names M40 척주후만증 및 척주전만증 and M41 척주측만증 (척주, the
  // spinal column), so their subcodes use 척주 too; a manual-therapy list agrees (M41.9, M40.2).
  it.each([
    ['M40.0', '자세성 척주후만증'],
    ['M41.9', '상세불명의 척주측만증'],
  ])('%s is "%s"', (code, ko) => {
    expect(entry(code).ko).toBe(ko);
  });
});

describe('other wordings found in public lists still find the code', () => {
  // Where the official KCD-8 title is not confirmed, either wording finds the code.
  it.each([
    ['척추측만증', 'M41.9'],
    ['척추후만증', 'M40.0'],
    ['경추통', 'M54.2'],
    ['흉추통', 'M54.6'],
    ['섬유근통', 'M79.7'],
    ['천장골염', 'M46.1'],
    ['손목터널증후군', 'G56.0'],
    ['수근관증후군', 'G56.0'],
    ['힘줄염', 'M75.2'],
  ])('%s finds %s', (word, code) => {
    expect(searchDiagnosisCodes(word).map((e) => e.code)).toContain(code);
  });

  it('요통 finds M54.5 and its KCD site codes, the one Korean prescriptions carry most', () => {
    expect(searchDiagnosisCodes('요통').map((e) => e.code)).toEqual(expect.arrayContaining(['M54.5', 'M54.55', 'M54.56', 'M54.57']));
  });
});

describe('the title stays the official one; everyday words only help search', () => {
  it('M54.5 reads 아래허리통증 and is still found by 요통 and by its initials', () => {
    expect(entry('M54.5').ko).toBe('아래허리통증');
    expect(searchDiagnosisCodes('요통').map((e) => e.code)).toContain('M54.5');
    expect(searchDiagnosisCodes('ㅇㅌ').map((e) => e.code)).toContain('M54.5');
  });
});

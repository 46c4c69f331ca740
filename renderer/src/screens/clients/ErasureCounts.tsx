// What an erase covers, as sentences per kind: shown before (what will be erased) and after
// (the tombstone: what was erased). Kinds with nothing are left out.
import { useTranslation } from 'react-i18next';
import type { ErasureCounts as Counts } from '../../../../shared/api/clients';

const KINDS = [
  ['intakeForms', 'erase.intakeForms'],
  ['prescriptions', 'erase.prescriptions'],
  ['scans', 'erase.scans'],
  ['visits', 'erase.visits'],
  ['policies', 'erase.policies'],
  ['calls', 'erase.calls'],
  ['mergedRecords', 'erase.merged'],
] as const;

export function ErasureCounts(props: { counts: Counts; labelledBy: string }) {
  const { t } = useTranslation('clients');
  return (
    <ul aria-labelledby={props.labelledBy}>
      <li>{t('erase.details')}</li>
      {KINDS.filter(([kind]) => props.counts[kind] > 0).map(([kind, key]) => (
        <li key={kind}>{t(key, { count: props.counts[kind] })}</li>
      ))}
    </ul>
  );
}

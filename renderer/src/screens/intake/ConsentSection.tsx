// The two consents, each read in the CLIENT's language (they sign it) and agreed to
// separately: the treatment consent, and the sensitive-information consent (Korean PIPA
// art. 23) or privacy notice. The texts are the ones the form will keep when signed.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/vocabulary';
import { FieldError } from '../../components/form';

export function ConsentSection(props: {
  clientT: TFunction;
  clientLang: Lang;
  texts: { treatment: string; privacy: string };
  agreed: { treatment: boolean; privacy: boolean };
  onChange: (agreed: { treatment: boolean; privacy: boolean }) => void;
  problems: { treatment?: boolean; privacy?: boolean };
}) {
  const { t } = useTranslation('intake');
  const { clientT, clientLang, texts, agreed, onChange } = props;
  const block = (kind: 'treatment' | 'privacy') => {
    const id = `intake-consent-${kind}`;
    const missing = props.problems[kind];
    return (
      <div className="intake-consent" lang={clientLang}>
        <h3 id={`${id}-title`}>{clientT(kind === 'treatment' ? 'consent.treatmentTitle' : 'consent.privacyTitle')}</h3>
        <p className="intake-consent-text">{texts[kind]}</p>
        <label className="choice">
          <input
            id={id}
            type="checkbox"
            checked={agreed[kind]}
            onChange={(e) => onChange({ ...agreed, [kind]: e.target.checked })}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-error` : undefined}
          />
          {clientT(kind === 'treatment' ? 'consent.agreeTreatment' : 'consent.agreePrivacy')}
        </label>
        <FieldError fieldId={id} message={missing ? t('consent.required') : undefined} />
      </div>
    );
  };
  return (
    <section className="card intake-consents" aria-labelledby="intake-consent-title">
      <h2 id="intake-consent-title">{t('sections.consent')}</h2>
      {block('treatment')}
      {block('privacy')}
      {clientLang === 'ko' && <p className="muted" lang="ko">{clientT('consent.privacySeparate')}</p>}
    </section>
  );
}

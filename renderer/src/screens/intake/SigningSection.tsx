// Signing: on screen with the signature pad, or "signed on paper". Under the guardian age a
// guardian signs too (name, relationship, signature); without a birth date the desk decides.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SignaturePad } from '../../components/signature';
import { FieldError, TextField } from '../../components/form';
import type { SigningDraft, SigningProblem } from './signing';

export function SigningSection(props: {
  value: SigningDraft;
  onChange: (value: SigningDraft) => void;
  guardianNeeded: boolean | null;
  guardianAge: number;
  problems: readonly SigningProblem[];
}) {
  const { t } = useTranslation('intake');
  const { value, onChange, guardianNeeded, problems } = props;
  const methodName = useId();
  const set = (change: Partial<SigningDraft>) => onChange({ ...value, ...change });
  const withGuardian = guardianNeeded === true || value.withGuardian;
  const problem = (p: SigningProblem, message: string) => (problems.includes(p) ? message : undefined);

  return (
    <section className="card intake-signing" aria-labelledby="intake-signing-title">
      <h2 id="intake-signing-title">{t('sections.signature')}</h2>
      <fieldset>
        <legend>{t('signature.method')}</legend>
        {(['screen', 'paper'] as const).map((method) => (
          <label key={method} className="choice">
            <input type="radio" name={methodName} checked={value.method === method} onChange={() => set({ method })} />
            {t(method === 'screen' ? 'signature.onScreen' : 'signature.onPaper')}
          </label>
        ))}
      </fieldset>

      {guardianNeeded === true && <p className="warning">{t('signature.guardianNeeded', { age: props.guardianAge })}</p>}
      {guardianNeeded === null && (
        <>
          <p className="muted">{t('signature.guardianUnknownAge')}</p>
          <label className="choice">
            <input type="checkbox" checked={value.withGuardian} onChange={(e) => set({ withGuardian: e.target.checked })} />
            {t('signature.withGuardian')}
          </label>
        </>
      )}

      {value.method === 'paper' ? (
        <div>
          <label className="choice">
            <input
              type="checkbox"
              checked={value.paperSigned}
              onChange={(e) => set({ paperSigned: e.target.checked })}
              aria-invalid={problems.includes('paperSigned') || undefined}
              aria-describedby={problems.includes('paperSigned') ? 'intake-paper-signed-error' : undefined}
            />
            {t('signature.paperNote')}
          </label>
          <FieldError fieldId="intake-paper-signed" message={problem('paperSigned', t('signature.paperRequired'))} />
        </div>
      ) : (
        <div>
          <h3>{t('signature.client')}</h3>
          <SignaturePad
            label={t('signature.padLabel', { who: t('signature.client') })}
            clearLabel={t('signature.clearFor', { who: t('signature.client') })}
            unavailableText={t('signature.unavailable')}
            value={value.client}
            onChange={(client) => set({ client })}
          />
          <FieldError fieldId="intake-client-signature" message={problem('client', t('signature.empty'))} />
        </div>
      )}

      {withGuardian && (
        <div className="intake-guardian">
          <div className="row">
            <TextField
              id="intake-guardian-name"
              label={t('signature.guardianName')}
              value={value.guardianName}
              onChange={(guardianName) => set({ guardianName })}
              error={problem('guardianName', t('signature.guardianNameRequired'))}
              maxLength={100}
            />
            <TextField
              id="intake-guardian-relationship"
              label={t('signature.guardianRelationship')}
              value={value.guardianRelationship}
              onChange={(guardianRelationship) => set({ guardianRelationship })}
              error={problem('guardianRelationship', t('signature.guardianRelationshipRequired'))}
              maxLength={50}
            />
          </div>
          {value.method === 'screen' && (
            <>
              <h3>{t('signature.guardian')}</h3>
              <SignaturePad
                label={t('signature.padLabel', { who: t('signature.guardian') })}
                clearLabel={t('signature.clearFor', { who: t('signature.guardian') })}
                unavailableText={t('signature.unavailable')}
                value={value.guardianSignature}
                onChange={(guardianSignature) => set({ guardianSignature })}
              />
              <FieldError fieldId="intake-guardian-signature" message={problem('guardianSignature', t('signature.empty'))} />
            </>
          )}
        </div>
      )}
    </section>
  );
}

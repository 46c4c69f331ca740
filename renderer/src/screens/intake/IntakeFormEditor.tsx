// The whole form on screen: the flags as they arise, the visit, health history, body map,
// preferences, the two consents (in the client's language) and the signature.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { flaggedQuestions, intakeFlags } from '../../../../shared/intake';
import type { Lang } from '../../../../shared/vocabulary';
import { BodyMap } from '../../components/body-map';
import { FlagsBanner } from '../../components/intake/FlagsBanner';
import { ConsentSection } from './ConsentSection';
import type { DraftProblems, FormDraft } from './draft';
import { HealthSection } from './HealthSection';
import { PreferencesSection } from './PreferencesSection';
import { SigningSection } from './SigningSection';
import { VisitSection } from './VisitSection';

export function IntakeFormEditor(props: {
  value: FormDraft;
  onChange: (value: FormDraft) => void;
  clientT: TFunction;
  clientLang: Lang;
  consentTexts: { treatment: string; privacy: string };
  guardianNeeded: boolean | null;
  guardianAge: number;
  problems: DraftProblems;
}) {
  const { t } = useTranslation('intake');
  const { value, onChange, problems } = props;
  const answers = value.answers;
  const flags = intakeFlags(answers);
  const set = (change: Partial<FormDraft['answers']>) => onChange({ ...value, answers: { ...answers, ...change } });

  return (
    <div className="intake-form">
      <FlagsBanner flags={flags} t={t} />
      <VisitSection value={answers.visit} onChange={(visit) => set({ visit })} open={problems.open} />
      <HealthSection
        value={answers.health}
        onChange={(health) => set({ health })}
        weeksText={value.weeksText}
        onWeeksText={(weeksText) => onChange({ ...value, weeksText })}
        weeksError={problems.weeks ? t('weeksInvalid') : undefined}
        open={problems.open}
        flaggedQuestions={flaggedQuestions(flags)}
      />
      <section className="card intake-body" aria-labelledby="intake-body-title">
        <h2 id="intake-body-title">{t('sections.bodyMap')}</h2>
        <BodyMap
          idPrefix="intake-pain"
          value={answers.bodyMap}
          painTyped={value.painTyped}
          onChange={(bodyMap, painTyped) => onChange({ ...value, answers: { ...answers, bodyMap }, painTyped })}
        />
      </section>
      <PreferencesSection value={answers.preferences} onChange={(preferences) => set({ preferences })} />
      <ConsentSection
        clientT={props.clientT}
        clientLang={props.clientLang}
        texts={props.consentTexts}
        agreed={value.agreed}
        onChange={(agreed) => onChange({ ...value, agreed })}
        problems={problems.consent}
      />
      <SigningSection
        value={value.signing}
        onChange={(signing) => onChange({ ...value, signing })}
        guardianNeeded={props.guardianNeeded}
        guardianAge={props.guardianAge}
        problems={problems.signing}
      />
    </div>
  );
}

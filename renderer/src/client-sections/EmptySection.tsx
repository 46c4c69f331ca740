// A section with nothing in it yet: its title and a sentence (both i18n keys).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function EmptySection(props: { titleKey: string; emptyKey: string }) {
  const { t } = useTranslation('clients');
  const id = useId();
  return (
    <section className="card client-section" aria-labelledby={id}>
      <h2 id={id}>{t(props.titleKey)}</h2>
      <p className="muted">{t(props.emptyKey)}</p>
    </section>
  );
}

import { useTranslation } from 'react-i18next';

/** A screen that a later version brings: says so plainly instead of showing nothing. */
export function NotBuiltYet(props: { titleKey: string }) {
  const { t } = useTranslation('common');
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t(props.titleKey)}</h1>
      <p role="status">{t('notBuiltYet')}</p>
    </section>
  );
}

// The price list manager: basics (currency, tax, rounding) and every list of the catalog,
// one section at a time, plus import and export of the catalog file.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppData } from '../../app-data';
import { BasicsSection } from './BasicsSection';
import { EntryList } from './EntryList';
import { ImportExport } from './ImportExport';
import { PlansSection } from './PlansSection';
import { SectionTabs, tabIdOf } from './SectionTabs';
import { addOnsSpec } from './lists/addOns';
import { discountsSpec } from './lists/discounts';
import { feesSpec } from './lists/fees';
import { paymentPlansSpec } from './lists/paymentPlans';
import { programsSpec } from './lists/programs';
import { servicesSpec } from './lists/services';
import { surchargesSpec } from './lists/surcharges';
import { travelZonesSpec } from './lists/travelZones';
import './catalog.css';

type SectionId =
  | 'basics'
  | 'services'
  | 'addOns'
  | 'surcharges'
  | 'travelZones'
  | 'discounts'
  | 'programs'
  | 'fees'
  | 'paymentPlans'
  | 'plans';

const PANEL_ID = 'catalog-section-panel';

export default function CatalogScreen() {
  const { t } = useTranslation('catalog');
  const { catalog } = useAppData();
  const [section, setSection] = useState<SectionId>('services');
  const [imports, setImports] = useState(0);

  const sections: { id: SectionId; render: () => ReactNode }[] = [
    {
      id: 'basics',
      // An imported catalog starts the form again from what is stored.
      render: () => <BasicsSection key={imports} catalog={catalog} />,
    },
    { id: 'services', render: () => <EntryList spec={servicesSpec} /> },
    { id: 'addOns', render: () => <EntryList spec={addOnsSpec} /> },
    { id: 'surcharges', render: () => <EntryList spec={surchargesSpec} /> },
    { id: 'travelZones', render: () => <EntryList spec={travelZonesSpec} /> },
    { id: 'discounts', render: () => <EntryList spec={discountsSpec} /> },
    { id: 'programs', render: () => <EntryList spec={programsSpec} /> },
    { id: 'fees', render: () => <EntryList spec={feesSpec} /> },
    { id: 'paymentPlans', render: () => <EntryList spec={paymentPlansSpec} /> },
    { id: 'plans', render: () => <PlansSection /> },
  ];
  const open = sections.find((s) => s.id === section) ?? sections[0]!;

  return (
    <section aria-labelledby="screen-title" className="catalog-screen">
      <div className="row catalog-head">
        <h1 id="screen-title">{t('title')}</h1>
        <ImportExport onImported={() => setImports((n) => n + 1)} />
      </div>
      <p className="muted shortcuts">{t('shortcuts')}</p>
      <SectionTabs
        label={t('sectionsLabel')}
        sections={sections.map((s) => ({ id: s.id, label: t(`sections.${s.id}`) }))}
        current={section}
        onChange={setSection}
        panelId={PANEL_ID}
        autoFocus
      />
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabIdOf(section)} className="catalog-panel">
        {open.render()}
      </div>
    </section>
  );
}

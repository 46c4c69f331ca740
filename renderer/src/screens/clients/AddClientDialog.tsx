// "Add a client": the contact details form in a dialog; the new client's page opens after.
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/api/clients';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { Dialog } from '../../components/form';
import { ClientForm, fieldsOf, inputOf } from './ClientForm';

export function AddClientDialog(props: { onClose: () => void; onAdded: (client: Client) => void }) {
  const { t } = useTranslation('clients');
  const { lang } = useAppData();
  return (
    <Dialog title={t('add.title')} onClose={props.onClose} wide>
      <ClientForm
        initial={fieldsOf(null, lang)}
        submitLabel={t('add.submit')}
        onSubmit={async (fields) => props.onAdded(await call('clients.create', inputOf(fields)))}
      />
    </Dialog>
  );
}

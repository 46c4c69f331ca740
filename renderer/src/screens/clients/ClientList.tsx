// Clients found, newest record first. One button per row (Enter opens the client).
import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/api/clients';

export function ClientList(props: {
  rows: Client[];
  onOpen: (client: Client) => void;
  rowsRef?: Ref<HTMLTableSectionElement>;
  onRowsKeyDown?: (event: KeyboardEvent<HTMLTableSectionElement>) => void;
}) {
  const { t } = useTranslation(['clients', 'common']);
  return (
    <table className="client-list">
      <caption className="visually-hidden">{t('list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.name')}</th>
          <th scope="col">{t('list.phone')}</th>
          <th scope="col">{t('list.email')}</th>
          <th scope="col">{t('list.lang')}</th>
        </tr>
      </thead>
      <tbody ref={props.rowsRef} onKeyDown={props.onRowsKeyDown}>
        {props.rows.map((client) => {
          const name = client.name || t('list.noName');
          const phone = client.phoneShown;
          return (
            <tr key={client.id} className={client.archivedAt ? 'archived' : undefined}>
              <td>
                <button
                  type="button"
                  className="open-client link"
                  aria-label={t('list.open', { name: phone ? `${name} ${phone}` : name })}
                  onClick={() => props.onOpen(client)}
                >
                  {name}
                </button>
                {client.archivedAt && <span className="muted"> · {t('list.archived')}</span>}
              </td>
              <td>{phone}</td>
              <td>{client.email}</td>
              <td>{t(`common:language.${client.lang}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

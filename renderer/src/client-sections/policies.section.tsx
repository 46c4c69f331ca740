// The client's insurance policies (components/coverage/ClientPolicies).
import { useAppData } from '../app-data';
import { ClientPolicies } from '../components/coverage/ClientPolicies';
import type { ClientSection } from './types';

function Policies(props: { client: { id: number } }) {
  const { lang, catalog } = useAppData();
  return <ClientPolicies clientId={props.client.id} lang={lang} currency={catalog.currency} />;
}

export const section: ClientSection = { id: 'policies', order: 30, Section: Policies };

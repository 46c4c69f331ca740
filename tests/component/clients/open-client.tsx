// The client page itself (no lazy screen to wait for), for a record the hub made first:
// 박지훈, 010-2222-3333. `now`: the core's clock, so also the record's creation time.
import { screen } from '@testing-library/react';
import { ClientPage } from '../../../renderer/src/screens/clients/ClientPage';
import type { Lang } from '../../../shared/pricing/types';
import { renderScreen } from '../harness';

export async function openClient(lang: Lang, options: { now?: Date } = {}) {
  const made = { id: 0 };
  const Page = () => <ClientPage id={made.id} onBack={() => {}} onOpen={() => {}} />;
  const rendered = await renderScreen(<Page />, {
    lang,
    ...options,
    before: async (frontDesk) => {
      const created = await frontDesk.handle('clients.create', { name: '박지훈', phone: '010-2222-3333', lang: 'ko' });
      if (!created.ok) throw new Error(created.error.code);
      made.id = created.value.id;
    },
  });
  await screen.findByRole('heading', { level: 1, name: '박지훈' });
  return { ...rendered, id: made.id };
}

// Part 4: clients. Search over 100,000 clients (service vs its own SQL), and a client page
// with 200 calls opened in Chromium.
import { benchClientPage } from './page';
import { benchClientSearch } from './search';
import type { Section } from '../table';

export async function benchClients(opts: { clients: number; rounds: number; openings: number; log: (line: string) => void }): Promise<Section> {
  const search = benchClientSearch(opts);
  opts.log('clients: page...');
  const page = await benchClientPage(opts);
  return { title: `clients: search over ${opts.clients} clients, a client page`, rows: [...search.rows, ...page.rows], notes: [...search.notes, ...page.notes] };
}

// Settings -> Data on the real core (web host: no file dialogs): back up now, the list with
// what each backup holds, restore after the check and a confirmation; and the page shown
// instead of the screens when the data cannot be used.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { Suspense } from 'react';
import SettingsScreen from '../../../renderer/src/screens/settings/SettingsScreen';
import { StorageProblem } from '../../../renderer/src/storage/StorageProblem';
import { reopenApp } from '../../../renderer/src/storage/reopen';
import { renderScreen } from '../harness';
import { render } from '@testing-library/react';
import { pairTestDevice } from '../../support/devices';

vi.mock('../../../renderer/src/storage/reopen', () => ({ reopenApp: vi.fn() }));

const call = (name: string) => ({
  kind: 'session' as const,
  caller: { name },
  quoteLang: 'ko' as const,
  request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
  outcome: 'thinking' as const,
});

const statusText = () => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent).join(' ');

describe('Settings -> Data', () => {
  it('backs up now into the backups folder and lists it with what it holds', async () => {
    const { user, frontDesk } = await renderScreen(<SettingsScreen />, { lang: 'ko' });
    await frontDesk.handle('calls.save', call('김민수'));
    await user.click(await screen.findByRole('button', { name: '지금 백업' }));
    await waitFor(() => expect(statusText()).toContain('백업을 저장했습니다'));
    const table = await screen.findByRole('table');
    const manual = within(table).getByText('수동').closest('tr')!;
    expect(manual.textContent).toContain('통화 1건');
  });

  it('restores a backup after checking it and asking, then reopens the app', async () => {
    const { user, frontDesk } = await renderScreen(<SettingsScreen />, { lang: 'en' });
    await frontDesk.handle('calls.save', call('Before'));
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(statusText()).toContain('Backup saved'));
    await frontDesk.handle('calls.save', call('After'));

    const row = within(screen.getByRole('table')).getByText('By hand').closest('tr')!;
    await user.click(within(row as HTMLElement).getByRole('button', { name: /^Restore the backup made / }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace your data with this backup?' });
    expect(dialog.textContent).toContain('The backup holds 1 call.');
    // Cancel changes nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const total = async () => {
      const r = await frontDesk.handle('calls.search', {});
      return r.ok ? r.value.total : -1;
    };
    expect(await total()).toBe(2);

    await user.click(within(row as HTMLElement).getByRole('button', { name: /^Restore the backup made / }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace my data' }));
    await waitFor(() => expect(reopenApp).toHaveBeenCalled());
    expect(await total()).toBe(1);
  });

  it('names, before asking, the paired devices a restore would shut out (paired since the backup)', async () => {
    const { user, dataDir } = await renderScreen(<SettingsScreen />, { lang: 'en' });
    pairTestDevice(dataDir, 'therapist', 'Room 1');
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(statusText()).toContain('Backup saved'));
    pairTestDevice(dataDir, 'therapist', 'Room 2');
    pairTestDevice(dataDir, 'desk', 'Front desk 2');

    const row = within(screen.getByRole('table')).getByText('By hand').closest('tr')!;
    await user.click(within(row as HTMLElement).getByRole('button', { name: /^Restore the backup made / }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace your data with this backup?' });
    expect(dialog.textContent).toContain('These 2 paired devices will have to pair again: Room 2 and Front desk 2.');
    expect(dialog.textContent).not.toContain('Room 1');
  });

  it('refuses a file that fails its check, with the reason (web host: a typed path)', async () => {
    const { user } = await renderScreen(<SettingsScreen />, { lang: 'ko' });
    await user.click(await screen.findByRole('button', { name: '파일에서 복원…' }));
    await user.type(await screen.findByLabelText('복원할 백업 파일의 전체 경로'), '/no/such/file.sqlite3');
    await user.click(screen.getByRole('button', { name: '확인 후 복원' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      '파일이 없어 복원할 수 없습니다. 바뀐 것은 없습니다.',
    );
  });
});

describe('the storage problem page', () => {
  it('says what happened and what to do in the UI language, and offers the newest good backup', async () => {
    const { frontDesk, unmount } = await renderScreen(<p />, { lang: 'ko' });
    await frontDesk.handle('backups.create', { to: 'folder' });
    unmount();
    render(
      <Suspense fallback={null}>
        <StorageProblem fault="damaged" lang="ko" dataDir="/data" />
      </Suspense>,
    );
    expect(await screen.findByRole('heading', { name: '데이터베이스가 손상되었습니다' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /^가장 최근의 정상 백업 복원/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: '통화 기록 내보내기 (CSV)' })).toBeTruthy();
  });

  it('offers no restore when another running copy holds the data', async () => {
    await renderScreen(<p />, { lang: 'en' });
    render(
      <Suspense fallback={null}>
        <StorageProblem fault="locked" lang="en" dataDir="/data" />
      </Suspense>,
    );
    expect(await screen.findByRole('heading', { name: 'Front Desk is already running' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Restore/ })).toBeNull();
  });
});

// Page object of Settings -> Data and backups, and of the damaged-database banner.
import type { Locator, Page } from 'playwright-core';

type Lang = 'ko' | 'en';

const text = {
  ko: {
    region: '데이터와 백업',
    backUpNow: '지금 백업',
    backedUp: '백업을 저장했습니다',
    kinds: { manual: '수동', daily: '매일' },
    restore: /에 만든 백업 복원$/,
    confirm: '데이터 바꾸기',
    banner: '데이터베이스가 손상되었습니다. 조회는 할 수 있지만 저장은 할 수 없습니다.',
    openBackups: '백업 열기',
  },
  en: {
    region: 'Data and backups',
    backUpNow: 'Back up now',
    backedUp: 'Backup saved',
    kinds: { manual: 'By hand', daily: 'Daily' },
    restore: /^Restore the backup made /,
    confirm: 'Replace my data',
    banner: 'The database is damaged: you can look things up, but nothing can be saved.',
    openBackups: 'Open backups',
  },
} as const;

export function backupsPage(page: Page, lang: Lang = 'ko') {
  const t = text[lang];
  const region = () => page.getByRole('region', { name: t.region });
  return {
    region,
    async backUpNow(): Promise<void> {
      await region().getByRole('button', { name: t.backUpNow }).click();
      await page.getByRole('status').filter({ hasText: t.backedUp }).waitFor();
    },
    /** The list's row of the newest backup of a kind. */
    row(kind: 'manual' | 'daily'): Locator {
      return region().getByRole('row').filter({ hasText: t.kinds[kind] }).first();
    },
    /** Restores the newest backup of `kind` after the confirmation; the page reloads. */
    async restore(kind: 'manual' | 'daily'): Promise<void> {
      await this.row(kind).getByRole('button', { name: t.restore }).click();
      const reloaded = page.waitForEvent('load');
      await page.getByRole('alertdialog').getByRole('button', { name: t.confirm }).click();
      await reloaded;
      await page.getByRole('navigation').waitFor();
    },
    damagedBanner(): Locator {
      return page.getByRole('alert').filter({ hasText: t.banner });
    },
    async openFromBanner(): Promise<void> {
      await this.damagedBanner().getByRole('button', { name: t.openBackups }).click();
      await region().waitFor();
    },
  };
}

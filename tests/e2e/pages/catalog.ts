// Page object of the price list manager (Playwright, playwright-core). Selectors by role
// and label, in either UI language: pass the texts of the language the app runs in.
import type { Locator, Page } from 'playwright-core';

type Lang = 'ko' | 'en';

const text = {
  ko: {
    tabs: '가격표 항목',
    sections: {
      basics: '화폐와 세금',
      services: '서비스',
      addOns: '추가 옵션',
      surcharges: '할증',
      travelZones: '출장 지역',
      discounts: '할인',
      programs: '교육 과정',
      fees: '부대비용',
      paymentPlans: '납부 방식',
      plans: '보험 상품',
    },
    addService: '서비스 추가',
    nameKo: '이름 (한국어)',
    nameEn: '이름 (영어)',
    rateMinutes: (n: number) => `요금 ${n}: 시간(분)`,
    ratePrice: (n: number) => `요금 ${n}: 가격`,
    addRate: '요금 추가',
    save: '저장',
    edit: (name: string) => `${name} 수정`,
    remove: (name: string) => `${name} 삭제`,
    deactivate: (name: string) => `${name} 판매 중지`,
    reactivate: (name: string) => `${name} 판매 재개`,
    moveUp: (name: string) => `${name} 위로 이동`,
    moveDown: (name: string) => `${name} 아래로 이동`,
    confirmRemove: '삭제',
    export: '가격표 내보내기',
    import: '가격표 가져오기 (.json 파일)',
    confirmReplace: '가격표 바꾸기',
  },
  en: {
    tabs: 'Parts of the price list',
    sections: {
      basics: 'Currency & tax',
      services: 'Services',
      addOns: 'Add-ons',
      surcharges: 'Surcharges',
      travelZones: 'Travel zones',
      discounts: 'Discounts',
      programs: 'School programs',
      fees: 'School fees',
      paymentPlans: 'Payment plans',
      plans: 'Insurance plans',
    },
    addService: 'Add a service',
    nameKo: 'Name in Korean',
    nameEn: 'Name in English',
    rateMinutes: (n: number) => `Rate ${n}: minutes`,
    ratePrice: (n: number) => `Rate ${n}: price`,
    addRate: 'Add a rate',
    save: 'Save',
    edit: (name: string) => `Edit ${name}`,
    remove: (name: string) => `Remove ${name}`,
    deactivate: (name: string) => `Deactivate ${name}`,
    reactivate: (name: string) => `Reactivate ${name}`,
    moveUp: (name: string) => `Move ${name} up`,
    moveDown: (name: string) => `Move ${name} down`,
    confirmRemove: 'Remove',
    export: 'Export price list',
    import: 'Import price list (.json file)',
    confirmReplace: 'Replace price list',
  },
} as const;

export type CatalogSection = keyof (typeof text)['en']['sections'];

export function catalogPage(page: Page, lang: Lang = 'ko') {
  const t = text[lang];
  return {
    /** F5 opens the price list from anywhere. */
    async open(): Promise<void> {
      await page.keyboard.press('F5');
      await page.getByRole('tablist', { name: t.tabs }).waitFor();
    },
    tab(section: CatalogSection): Locator {
      return page.getByRole('tab', { name: t.sections[section], exact: true });
    },
    async openSection(section: CatalogSection): Promise<void> {
      await this.tab(section).click();
    },
    table(section: CatalogSection): Locator {
      return page.getByRole('table', { name: t.sections[section], exact: true });
    },
    /** Names of the entries, in table order. */
    async rowNames(section: CatalogSection): Promise<string[]> {
      return this.table(section).locator('tbody th').allTextContents();
    },
    dialog(): Locator {
      return page.getByRole('dialog');
    },
    confirmDialog(): Locator {
      return page.getByRole('alertdialog');
    },
    status(): Locator {
      return page.getByRole('status');
    },
    alerts(): Locator {
      return page.getByRole('alert');
    },
    field(label: string): Locator {
      return this.dialog().getByLabel(label, { exact: false });
    },
    /** Adds a service with its rates ([minutes, price text]) and saves with Enter. */
    async addService(name: { ko: string; en: string }, rates: [number, string][]): Promise<void> {
      await page.getByRole('button', { name: t.addService }).click();
      const dialog = this.dialog();
      await dialog.getByLabel(t.nameKo).fill(name.ko);
      await dialog.getByLabel(t.nameEn).fill(name.en);
      for (const [index, [minutes, price]] of rates.entries()) {
        if (index > 0) await dialog.getByRole('button', { name: t.addRate }).click();
        await dialog.getByLabel(t.rateMinutes(index + 1)).fill(String(minutes));
        await dialog.getByLabel(t.ratePrice(index + 1), { exact: false }).fill(price);
      }
      await dialog.getByLabel(t.ratePrice(rates.length), { exact: false }).press('Enter');
    },
    editButton: (name: string) => page.getByRole('button', { name: t.edit(name), exact: true }),
    removeButton: (name: string) => page.getByRole('button', { name: t.remove(name), exact: true }),
    deactivateButton: (name: string) => page.getByRole('button', { name: t.deactivate(name), exact: true }),
    reactivateButton: (name: string) => page.getByRole('button', { name: t.reactivate(name), exact: true }),
    moveUpButton: (name: string) => page.getByRole('button', { name: t.moveUp(name), exact: true }),
    moveDownButton: (name: string) => page.getByRole('button', { name: t.moveDown(name), exact: true }),
    async remove(name: string): Promise<void> {
      await this.removeButton(name).click();
      await this.confirmDialog().getByRole('button', { name: t.confirmRemove, exact: true }).click();
    },
    /** Clicks Export and returns the downloaded file's name and text. */
    async exportCatalog(): Promise<{ fileName: string; text: string }> {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t.export }).click(),
      ]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
    },
    /** Picks a catalog file to import; then either alerts() lists problems or the
     *  confirmation opens (confirmImport). */
    async chooseImportFile(fileName: string, content: string): Promise<void> {
      await page.getByLabel(t.import).setInputFiles({
        name: fileName,
        mimeType: 'application/json',
        buffer: Buffer.from(content, 'utf8'),
      });
    },
    async confirmImport(): Promise<void> {
      await this.confirmDialog().getByRole('button', { name: t.confirmReplace }).click();
    },
  };
}

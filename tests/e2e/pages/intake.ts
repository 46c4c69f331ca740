// The intake screen (F3): page steps for end-to-end tests, by role and label, driven by the
// keyboard where a receptionist would type (the signature is drawn with the mouse).
import type { Page } from 'playwright-core';

export type IntakeLabels = {
  addClient: string;
  name: string;
  phone: string;
  birthDate: string;
  createClient: string;
  search: string;
  newForm: string;
  newVersion: string;
  yes: string;
  no: string;
  sign: string;
  onPaper: string;
  printFilled: string;
  printBlank: string;
  clientPad: RegExp;
};

export const koIntake: IntakeLabels = {
  addClient: '새 고객 추가',
  name: '이름',
  phone: '전화번호',
  birthDate: '생년월일',
  createClient: '고객 추가',
  search: '고객 찾기 (이름, 초성, 전화번호)',
  newForm: '새 문진표 작성',
  newVersion: '문진표 고치기 (새 판 만들기)',
  yes: '예',
  no: '아니요',
  sign: '서명하고 저장',
  onPaper: '종이에 서명함',
  printFilled: '작성한 문진표',
  printBlank: '빈 문진표 (손으로 작성)',
  clientPad: /고객 서명 칸/,
};

export const enIntake: IntakeLabels = {
  addClient: 'Add a new client',
  name: 'Name',
  phone: 'Phone',
  birthDate: 'Date of birth',
  createClient: 'Add client',
  search: 'Find a client (name or phone)',
  newForm: 'New intake form',
  newVersion: 'Change the form (new version)',
  yes: 'Yes',
  no: 'No',
  sign: 'Sign and save',
  onPaper: 'Signed on paper',
  printFilled: 'The filled form',
  printBlank: 'A blank form (to fill by hand)',
  clientPad: /Client's signature/,
};

export function intakePage(page: Page, labels: IntakeLabels = koIntake) {
  /** Focus a control and press a key, as Tab-and-press would. */
  const press = async (locator: ReturnType<Page['getByRole']>, key: string) => {
    await locator.focus();
    await page.keyboard.press(key);
  };
  const form = () => page.locator('.intake-form');

  return {
    async open() {
      await page.keyboard.press('F3');
      await page.getByRole('heading', { level: 1 }).waitFor();
    },
    async addClient(client: { name: string; phone?: string }) {
      await press(page.getByRole('button', { name: labels.addClient }), 'Enter');
      await page.getByLabel(labels.name, { exact: true }).pressSequentially(client.name);
      if (client.phone) await page.getByLabel(labels.phone, { exact: true }).pressSequentially(client.phone);
      await page.getByLabel(labels.name, { exact: true }).press('Enter');
    },
    async pickClient(query: string, name: RegExp) {
      await page.getByLabel(labels.search).pressSequentially(query);
      await press(page.getByRole('button', { name }), 'Enter');
    },
    async startNewForm() {
      await press(page.getByRole('button', { name: labels.newForm }), 'Enter');
      await form().waitFor();
    },
    async startNewVersion() {
      await press(page.getByRole('button', { name: labels.newVersion }), 'Enter');
      await form().waitFor();
    },
    async type(label: string, text: string) {
      const field = form().getByLabel(label, { exact: true });
      await field.focus();
      await page.keyboard.type(text);
    },
    /** A yes/no question by its wording: Space on the radio. */
    async answer(question: string, answer: 'yes' | 'no', details?: string) {
      const group = form().getByRole('group', { name: question, exact: true });
      await group.getByRole('radio', { name: answer === 'yes' ? labels.yes : labels.no, exact: true }).first().focus();
      await page.keyboard.press('Space');
      if (details !== undefined) {
        await page.keyboard.press('Tab'); // out of the radio pair, into the details that a yes opens
        await page.keyboard.type(details);
      }
    },
    /** A region of the body map by name ("왼쪽 발목 (앞면)"), Space, then its pain score. */
    async markArea(shape: string, painLabel: string, pain: number) {
      await press(form().getByRole('checkbox', { name: shape, exact: true }), 'Space');
      await form().getByRole('spinbutton', { name: painLabel }).focus();
      await page.keyboard.type(String(pain));
    },
    async check(name: string | RegExp) {
      await press(form().getByRole('checkbox', { name }), 'Space');
    },
    /** Draws a signature on the pad with the mouse. */
    async drawSignature() {
      const pad = page.getByRole('img', { name: labels.clientPad });
      await pad.scrollIntoViewIfNeeded();
      const box = await pad.boundingBox();
      if (!box) throw new Error('no signature pad');
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + 30, y);
      await page.mouse.down();
      for (let i = 1; i <= 30; i++) await page.mouse.move(box.x + 30 + i * 10, y + Math.sin(i / 3) * 25, { steps: 2 });
      await page.mouse.up();
    },
    async sign() {
      await press(page.getByRole('button', { name: labels.sign }), 'Enter');
    },
    async choosePrint(kind: 'filled' | 'blank') {
      await press(page.getByRole('radio', { name: kind === 'filled' ? labels.printFilled : labels.printBlank }), 'Space');
    },
    status: () => page.locator('.intake-work [role="status"]').first(),
    printable: () => page.locator('article[data-printable]'),
  };
}

// The intake section of the client page: the due note, the flags and the read-only form.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { section } from '../../../renderer/src/client-sections/intake.section';
import { renderScreen } from '../harness';
import { answeredForm, signInput } from '../../support/intake';

describe('client page: intake section', () => {
  it('shows the current form with its flags and map, and the history', async () => {
    const Section = section.Section;
    const probe = await renderScreen(<p>probe</p>, { lang: 'ko' });
    const created = await probe.frontDesk.handle('clients.create', { name: '정하늘', lang: 'ko' });
    if (!created.ok) throw new Error('create');
    await probe.frontDesk.handle(
      'intake.sign',
      signInput(
        created.value.id,
        answeredForm((a) => {
          a.health.pregnancy.answer = 'yes';
          a.health.pregnancyWeeks = 20;
          a.bodyMap = [{ region: 'neck', pain: 4, note: '' }];
        }),
      ),
    );
    probe.unmount();
    // Render the section against the same core (renderScreen opened it; the API stays set).
    const { render } = await import('@testing-library/react');
    const { AppDataProvider } = await import('../../../renderer/src/app-data');
    const { call } = await import('../../../renderer/src/api/client');
    const [info, session, settings, catalog] = await Promise.all([
      call('app.info', {}),
      call('app.session', {}),
      call('settings.get', {}),
      call('catalog.get', {}),
    ]);
    render(
      <AppDataProvider info={info} session={session} settings={settings} catalog={catalog}>
        <Section client={created.value} />
      </AppDataProvider>,
    );
    expect(await screen.findByRole('region', { name: '관리 전 확인 필요' })).toBeTruthy();
    expect(screen.getByText('임신 20주라는 답변: 관리 전 확인하세요.')).toBeTruthy();
    expect(screen.getByText('목 (통증 4/10)')).toBeTruthy();
    expect(screen.getByRole('table', { name: '문진표 이력' })).toBeTruthy();
    expect(screen.getAllByRole('img').length).toBeGreaterThanOrEqual(2); // the read-only map's two views
  });
});

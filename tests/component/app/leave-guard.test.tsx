// Leaving a screen (F1..F6) while a form holds text that was not saved asks first: the
// screen would be unmounted and the text lost. "Cancel" (where the focus starts) keeps it.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../renderer/src/App';
import { renderScreen } from '../harness';

const ASK = '저장하지 않고 이 화면을 떠날까요?';

describe('leaving a screen with unsaved text', () => {
  it('asks before F1 drops the business details typed in Settings; Cancel keeps them', async () => {
    const { user } = await renderScreen(<App />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('{F6}');
    const name = await screen.findByRole('textbox', { name: '상호' });
    await user.type(name, '하늘 마사지');

    // The shown screen's own key unmounts nothing: no question.
    await user.keyboard('{F6}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((screen.getByRole('textbox', { name: '상호' }) as HTMLInputElement).value).toBe('하늘 마사지');

    await user.keyboard('{F1}');
    const ask = await screen.findByRole('alertdialog', { name: ASK });
    // The focus starts on Cancel: a stray Enter keeps the text.
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: '취소' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((screen.getByRole('textbox', { name: '상호' }) as HTMLInputElement).value).toBe('하늘 마사지');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '상호' })));

    await user.keyboard('{Alt>}1{/Alt}');
    await user.click(within(await screen.findByRole('alertdialog', { name: ASK })).getByRole('button', { name: '저장하지 않고 떠나기' }));
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('{F6}');
    expect(((await screen.findByRole('textbox', { name: '상호' })) as HTMLInputElement).value).toBe('');
  });

  it('does not ask once the client details are saved, nor when nothing was typed', async () => {
    const { user, frontDesk } = await renderScreen(<App />);
    await frontDesk.handle('clients.create', { name: '박지훈', lang: 'ko' });
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('{F6}');
    await screen.findByRole('textbox', { name: '상호' });
    await user.keyboard('{F4}'); // nothing typed: no question
    await user.type(await screen.findByRole('searchbox', { name: '고객 검색' }), '박지훈');
    await user.click(await screen.findByRole('button', { name: /박지훈/ }));
    await user.type(await screen.findByRole('textbox', { name: '이메일' }), 'jh@example.com');

    await user.keyboard('{F1}');
    await user.click(within(await screen.findByRole('alertdialog', { name: ASK })).getByRole('button', { name: '취소' }));
    await user.click(screen.getByRole('button', { name: '변경 내용 저장' }));
    expect(await screen.findByText('변경 내용을 저장했습니다.')).toBeTruthy();
    await user.keyboard('{F1}');
    await screen.findByRole('combobox', { name: '서비스' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it("asks before a client page's Back or the Calls tab drops typed details", async () => {
    const { user, frontDesk } = await renderScreen(<App />);
    await frontDesk.handle('clients.create', { name: '김하늘', lang: 'ko' });
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('{F4}');
    await user.type(await screen.findByRole('searchbox', { name: '고객 검색' }), '김하늘');
    await user.click(await screen.findByRole('button', { name: /김하늘/ }));
    const note = () => within(screen.getByRole('region', { name: '연락처 정보' })).getByRole('textbox', { name: '메모' }) as HTMLInputElement;
    await screen.findByRole('region', { name: '연락처 정보' });
    await user.type(note(), '오전만 가능');

    await user.click(screen.getByRole('button', { name: '목록으로 돌아가기' }));
    await user.click(within(await screen.findByRole('alertdialog', { name: ASK })).getByRole('button', { name: '취소' }));
    expect(note().value).toBe('오전만 가능');

    await user.click(screen.getByRole('tab', { name: '통화' }));
    expect(screen.getByRole('tab', { name: '고객', selected: true })).toBeTruthy(); // not yet
    await user.click(within(await screen.findByRole('alertdialog', { name: ASK })).getByRole('button', { name: '저장하지 않고 떠나기' }));
    expect(await screen.findByRole('tab', { name: '통화', selected: true })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });
});

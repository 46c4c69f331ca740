// A screen opened for the first time is rendered through React.lazy; the frame must keep
// that component while the screen stays open. Switching to the loaded one at the frame's
// next render (here: F4 pressed again on F4) remounted the screen and emptied a client's
// half-typed form. Alone in its file: the registry remembers loaded screens per file.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { App } from '../../../renderer/src/App';
import { screenComponent, screens } from '../../../renderer/src/screens/registry';
import { renderScreen } from '../harness';

describe('a screen opened for the first time', () => {
  it('keeps what was typed when its key is pressed again', async () => {
    const { user, frontDesk } = await renderScreen(<App />);
    const created = await frontDesk.handle('clients.create', { name: '박서연', phone: '010-2468-1357', lang: 'ko' });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await screen.findByRole('combobox', { name: '서비스' });
    // Not loaded yet: the first F4 renders the lazy component.
    expect(screenComponent('calls')).toBe(screens.find((s) => s.id === 'calls')!.component);

    await user.keyboard('{F4}');
    await user.type(await screen.findByRole('searchbox', { name: '고객 검색' }), '박서연');
    await user.click(await screen.findByRole('button', { name: /박서연/ }));
    await user.type(await screen.findByRole('textbox', { name: '주소' }), '서울시 강남구');
    expect(screenComponent('calls')).not.toBe(screens.find((s) => s.id === 'calls')!.component); // loaded by now
    await user.keyboard('{F4}');
    expect((screen.getByRole('textbox', { name: '주소' }) as HTMLInputElement).value).toBe('서울시 강남구');
  });
});

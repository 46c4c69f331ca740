// The "hub cannot be reached" page of a connected desk: the hub PC's new address typed there
// is checked by the main process (connection.moveHub) and the app starts again on it; what
// refuses it is said in the UI language, and the page stays.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HubProblem } from '../../../renderer/src/connection/HubProblem';
import { useApiImplementation } from '../../../renderer/src/api/client';
import { initI18n } from '../../../renderer/src/i18n';
import type { FrontDeskApi } from '../../../shared/api/contract';
import { fail, ok } from '../../../shared/api/result';

afterEach(() => vi.restoreAllMocks());

describe('the hub cannot be reached', () => {
  it('takes the hub PC\'s new address, says why one is refused, and starts again on a good one', async () => {
    await initI18n('ko', ['connection']);
    const asked: unknown[] = [];
    const answers = [fail('pairing', { reason: 'not-a-hub' }), ok({ hubAddress: 'https://192.168.0.23:47820' })];
    useApiImplementation({ 'connection.moveHub': async (input: unknown) => (asked.push(input), answers.shift()) } as unknown as FrontDeskApi);
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    const user = userEvent.setup();
    render(<HubProblem kind="unreachable" hubAddress="https://192.168.0.10:47820" />);

    const field = screen.getByRole('textbox', { name: '허브의 새 주소' });
    await user.type(field, '192.168.0.99:47820');
    await user.click(screen.getByRole('button', { name: '이 주소로 연결' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', '이 주소에서 응답하는 프런트 데스크 허브가 없습니다. 허브에 표시된 주소를 확인하세요.');
    expect(reload).not.toHaveBeenCalled();

    await user.clear(field);
    await user.type(field, '192.168.0.23:47820{Enter}');
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(asked).toEqual([{ address: '192.168.0.99:47820' }, { address: '192.168.0.23:47820' }]);
  });

  it('offers no new address to a PC the hub no longer accepts (it must pair again)', async () => {
    await initI18n('ko', ['connection']);
    render(<HubProblem kind="unauthorized" hubAddress="https://192.168.0.10:47820" />);
    expect(screen.queryByRole('textbox', { name: '허브의 새 주소' })).toBeNull();
  });
});

// The caller-script card shared by the phone quote and the school: the caller's language
// (apart from the UI's), the sentences worded in it, copy by button and by Alt+C.
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { CallerScriptCard } from '../../../renderer/src/parts/caller-script/CallerScriptCard';
import type { Lang } from '../../../shared/vocabulary';
import { renderScreen } from '../harness';

type Subject = { minutes: number };
// Words taken from the translator the card hands over, so the caller's language shows.
const compose = (t: TFunction, lang: Lang, subject: Subject) => ({
  say: `${t('language.en')} ${subject.minutes}`,
  copy: `${lang}: ${t('language.en')} ${subject.minutes}\nline 2`,
});

function Host(props: { subject: Subject | null; initial?: Lang }) {
  const [callerLang, setCallerLang] = useState<Lang>(props.initial ?? 'ko');
  return (
    <>
      <input aria-label="elsewhere" />
      <CallerScriptCard subject={props.subject} compose={compose} namespace="common" callerLang={callerLang} onCallerLang={setCallerLang} />
    </>
  );
}

const card = () => screen.getByRole('region', { name: '안내 멘트' });

describe('caller-script card', () => {
  it("words the subject in the caller's language chosen on the card, the UI staying Korean", async () => {
    const { user } = await renderScreen(<Host subject={{ minutes: 90 }} />);
    expect(card().querySelector('.say-line')?.textContent).toBe('영어 90');
    expect(card().querySelector('.say-line')?.getAttribute('lang')).toBe('ko');
    await user.selectOptions(within(card()).getByRole('combobox', { name: '안내 언어' }), 'en');
    expect(await within(card()).findByText('English 90')).toBeTruthy();
    expect(card().querySelector('.say-line')?.getAttribute('lang')).toBe('en');
    expect(within(card()).getByRole('heading', { name: '안내 멘트' })).toBeTruthy();
  });

  it('copies the sentences and the rest with the button, and says so', async () => {
    const { user } = await renderScreen(<Host subject={{ minutes: 60 }} initial="en" />);
    const button = await within(card()).findByRole('button', { name: '문자용으로 복사' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Alt+C');
    await user.click(button);
    expect(await navigator.clipboard.readText()).toBe('en: English 60\nline 2');
    expect(within(card()).getByRole('status').textContent).toBe('복사했습니다');
  });

  it('stops saying "copied" once the text is no longer the one copied', async () => {
    function Changing() {
      const [minutes, setMinutes] = useState(60);
      return (
        <>
          <button type="button" onClick={() => setMinutes(90)}>
            longer
          </button>
          <Host subject={{ minutes }} initial="en" key="host" />
        </>
      );
    }
    const { user } = await renderScreen(<Changing />);
    await user.click(await within(card()).findByRole('button', { name: '문자용으로 복사' }));
    expect(within(card()).getByRole('status').textContent).toBe('복사했습니다');
    await user.click(screen.getByRole('button', { name: 'longer' }));
    expect(within(card()).getByRole('status').textContent).toBe('');
  });

  it('copies with Alt+C from anywhere on the screen', async () => {
    const { user } = await renderScreen(<Host subject={{ minutes: 30 }} />);
    await within(card()).findByRole('button', { name: '문자용으로 복사' });
    await user.click(screen.getByRole('textbox', { name: 'elsewhere' }));
    await user.keyboard('{Alt>}c{/Alt}');
    expect(await navigator.clipboard.readText()).toBe('ko: 영어 30\nline 2');
    expect(within(card()).getByRole('status').textContent).toBe('복사했습니다');
    expect((screen.getByRole('textbox', { name: 'elsewhere' }) as HTMLInputElement).value).toBe(''); // the key was taken, not typed
  });

  it('says the script comes with the quote, and Alt+C then copies nothing', async () => {
    const { user } = await renderScreen(<Host subject={null} />);
    expect(within(card()).getByText('견적이 완성되면 고객에게 안내할 문장이 여기에 표시됩니다.')).toBeTruthy();
    expect(within(card()).queryByRole('button')).toBeNull();
    await navigator.clipboard.writeText('before');
    await user.keyboard('{Alt>}c{/Alt}');
    expect(await navigator.clipboard.readText()).toBe('before');
    // The language can be chosen before there is anything to say.
    expect(within(card()).getByRole('combobox', { name: '안내 언어' })).toBeTruthy();
  });
});

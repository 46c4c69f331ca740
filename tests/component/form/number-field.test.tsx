// A number box with a unit: the unit sits beside the box and is read with it, before the hint
// (a screen reader used to hear "Quotes valid for, 30" with no "days").
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { NumberField } from '../../../renderer/src/components/form/NumberField';

/** What a screen reader reads after the name: the elements aria-describedby names, in order. */
const descriptionOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`)
    .join(' ');

describe('NumberField', () => {
  it('reads the unit with the box, then the hint and the error', () => {
    render(
      <NumberField id="days" label="견적 유효 기간" value="30" onChange={() => {}} hint="인쇄한 견적서에 적힙니다." error="1에서 365 사이로 입력하세요." suffix="일" whole />,
    );
    const box = screen.getByRole('textbox', { name: '견적 유효 기간' });
    const description = descriptionOf(box);
    expect(description.split(' ')[0]).toBe('일');
    expect(description).toContain('인쇄한 견적서에 적힙니다.');
    expect(description).toContain('1에서 365 사이로 입력하세요.');
    // Beside the box, not hidden from assistive technology.
    expect(screen.getByText('일').getAttribute('aria-hidden')).toBeNull();
  });

  it('without a unit, describes the box by its hint alone', () => {
    render(<NumberField id="n" label="Minutes" value="60" onChange={() => {}} hint="Whole minutes." whole />);
    expect(descriptionOf(screen.getByRole('textbox', { name: 'Minutes' }))).toBe('Whole minutes.');
  });
});

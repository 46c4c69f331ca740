// What client search looks in, one field per line (a trigram never spans two fields):
// the name as typed, the Korean initials of its Hangul (김민지 -> ㄱㅁㅈ, so ㄱㅁㅈ finds
// her), the email, and the phone's digit runs (national with the trunk 0 and
// international), so "5678", "010-1234" and "8210" all find +821012345678.
import { getChoseong } from 'es-hangul';
import { parsePhoneNumberFromString } from 'libphonenumber-js';

const HANGUL = /[가-힣]/;

export function koreanInitials(name: string): string {
  return HANGUL.test(name) ? getChoseong(name).replace(/\s+/g, '') : '';
}

export function clientSearchText(client: { name: string; phone: string | null; email: string }): string {
  const parsed = client.phone ? parsePhoneNumberFromString(client.phone) : undefined;
  const digits = parsed ? [parsed.formatNational().replace(/\D/g, ''), parsed.number.replace(/\D/g, '')] : [];
  return [client.name, koreanInitials(client.name), client.email, [...new Set(digits)].join(' ')]
    .map((s) => s.replace(/[\r\n]+/g, ' ').trim())
    .filter((s) => s !== '')
    .join('\n');
}

// Erasing a client on request: what the receptionist types to confirm, checked the same way
// on the screen (the button) and in the main process (the refusal). The client's name when
// there is one (the person in front of them says it), else the last 4 digits of the number.
/** Typed and stored text compared without case, spacing or Unicode-form differences. */
const normalized = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

export type ErasureWord = { kind: 'name' | 'phone-last4'; word: string };

export function erasureWord(client: { name: string; phone: string | null }): ErasureWord {
  const name = client.name.trim();
  if (name !== '') return { kind: 'name', word: name };
  return { kind: 'phone-last4', word: (client.phone ?? '').replace(/\D/g, '').slice(-4) };
}

export function confirmsErasure(client: { name: string; phone: string | null }, typed: string): boolean {
  const { kind, word } = erasureWord(client);
  if (word === '') return false;
  return kind === 'name' ? normalized(typed) === normalized(word) : typed.replace(/\D/g, '') === word;
}

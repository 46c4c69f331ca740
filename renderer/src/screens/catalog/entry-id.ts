// Ids of new entries: a readable slug of the English name ("Hot stones" -> "hot-stones"),
// made unique within its list. The receptionist can change it under "Advanced".

export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

export function suggestId(englishName: string, taken: readonly string[], fallback: string): string {
  const base = slugOf(englishName) || fallback;
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

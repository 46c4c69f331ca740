// What the bench types into the service search, key by key (the UI part in Chromium, the
// search alone in Node): Korean initials and syllables, English.
export const SERVICE_QUERIES = ['ㅇㄹㅁ', 'swe', 'ㄷㅌㅅ', 'thai', '발마사지', 'deep', 'ㅍㄹㅁㅇ', 'foot', '스웨디시', 'herbal'] as const;

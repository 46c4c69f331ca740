// The two languages must say the same things: the same keys, no empty value, the same
// interpolation variables, and Korean text that is actually Korean.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = join(import.meta.dirname, '../../../renderer/locales');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const load = (lang: string, file: string) =>
  flatten(JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')) as Tree);
const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
/** Words a Korean screen may show as they are. */
const allowedLatin = /^(?:[\s\d\W]|ID|PDF|CSV|JSON|HH:MM|YYYY-MM-DD|ISO|KRW|USD|A4|US Letter|Letter|E\.164|F\d|Alt|Ctrl|Enter|Esc|Tab|Shift|VAT|\{\{[^}]+\}\})*$/;

describe('locales', () => {
  const files = readdirSync(join(localesDir, 'en')).filter((f) => f.endsWith('.json')).sort();

  it('has the same namespace files in both languages', () => {
    expect(readdirSync(join(localesDir, 'ko')).filter((f) => f.endsWith('.json')).sort()).toEqual(files);
    expect(files.length).toBeGreaterThan(3);
  });

  for (const file of files) {
    describe(file, () => {
      const en = load('en', file);
      const ko = load('ko', file);

      it('has the same keys in ko and en', () => {
        expect([...ko.keys()].sort()).toEqual([...en.keys()].sort());
      });

      it('has no empty value', () => {
        for (const [key, value] of [...ko, ...en]) expect(value.trim(), key).not.toBe('');
      });

      it('uses the same interpolation variables in both languages', () => {
        // A plural form may leave out {{count}} ("one payment" / "1회"), nothing else.
        const plural = /_(zero|one|two|few|many|other)$/;
        for (const [key, value] of en) {
          const strip = (vars: (string | undefined)[]) => (plural.test(key) ? vars.filter((v) => v !== 'count') : vars);
          expect(strip(variables(ko.get(key) ?? '')), key).toEqual(strip(variables(value)));
        }
      });

      it('names the app in Korean on a Korean screen (the certificate keeps its own name)', () => {
        for (const [key, value] of ko) expect(value.replace('Front Desk clinic CA', ''), key).not.toMatch(/Front Desk/i);
      });

      it('has Korean text in Korean (no English left on a Korean screen)', () => {
        for (const [key, value] of ko) {
          const hasHangul = /[\uac00-\ud7a3\u3131-\u318e]/.test(value);
          expect(hasHangul || allowedLatin.test(value), `${key}: "${value}"`).toBe(true);
        }
      });
    });
  }
});

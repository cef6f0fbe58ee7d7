/** The language of the command line's own words: Indonesian unless English is asked for. */
export type Bahasa = 'id' | 'en';

/** Picks one of two texts. */
export const teks = (lang: Bahasa, id: string, en: string): string => (lang === 'en' ? en : id);

/**
 * `--lang id|en` wins; else the first of LC_ALL, LC_MESSAGES, LANG that is set (POSIX order):
 * English when it starts with `en`, Indonesian otherwise.
 */
export function bahasaDari(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { lang: Bahasa; rest: string[]; bad?: string } {
  const rest: string[] = [];
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === '--lang') {
      asked = argv[i + 1] ?? '';
      i++;
    } else if (a.startsWith('--lang=')) asked = a.slice(7);
    else rest.push(a);
  }
  if (asked !== undefined) {
    if (asked === 'id' || asked === 'en') return { lang: asked, rest };
    return { lang: 'id', rest, bad: asked };
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return { lang: /^en\b|^en_/i.test(locale) ? 'en' : 'id', rest };
}

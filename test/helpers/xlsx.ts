import { strFromU8, unzipSync } from 'fflate';

/** A test-side reading of the first sheet of a workbook of inline strings, as rows of cell texts (empty cells ''). */
export function lembarPertama(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes);
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const col = (ref: string) => [...ref.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [...sheet.matchAll(/<row r="\d+">(.*?)<\/row>/g)].map((m) => {
    const row: string[] = [];
    for (const c of m[1]!.matchAll(/<c r="([A-Z]+\d+)"[^>]*><is><t[^>]*>(.*?)<\/t><\/is><\/c>/g)) row[col(c[1]!)] = unescape(c[2]!);
    return Array.from(row, (x) => x ?? '');
  });
}

import { ErrorCode, SakipError } from '../errors.js';
import { validate } from '../model/validate.js';
import { BarisSchema, DatasetLaporanSchema, type Baris, type DatasetLaporan, type Tabel } from './dataset.js';

/** @category Verifikasi */
export interface CsvOptions {
  /** Name of the file, for error messages. */
  file?: string;
}

const ROW_FIELDS = new Set(Object.keys(BarisSchema.def.shape));
const LOWER = new Map([...ROW_FIELDS].map((f) => [f.toLowerCase(), f]));
const META = new Set(['id', 'instansi', 'tahun', 'locale', 'sumber', 'jenis']);

/**
 * Reads the CSV form of a report dataset: `# key: value` lines (id, instansi, tahun, locale),
 * then a header of row field names plus `tabel`, then one row per line, cells as printed.
 * Comma, semicolon (Excel in Indonesian locale) and tab separators are recognised. The
 * `agregat` column reads `fungsi kolom: id id …` (e.g. `rata-rata capaian: r1 r2`).
 *
 * @throws {@link SakipError} `SAKIP_INVALID_MODEL` naming the line and column.
 * @category Verifikasi
 * @example
 * ```ts
 * import { bacaCsv, verifyLaporan } from 'sakip/verifikasi';
 * const data = bacaCsv('# id: contoh\n# instansi: Dinas Sosial\ntabel,nama,arah,target,realisasi,capaian\nTabel 3.1,Penduduk miskin,negatif,"5,15","5,85","113,59"\n');
 * verifyLaporan(data).findings[0]?.code; // 'CAPAIAN_ARAH_TERBALIK'
 * ```
 */
export function bacaCsv(text: string, options: CsvOptions = {}): DatasetLaporan {
  const file = options.file ?? 'CSV';
  const meta: Record<string, string> = {};
  let header: string[] | null = null;
  const tables = new Map<string, { table: Tabel & { baris: Baris[] }; lines: number[] }>();
  // Each record is met once and then dropped: only the rows are kept, so comment and padding
  // lines cost no memory however many there are.
  // parseCsv gives no blank record.
  parseCsv(text.replace(/^\uFEFF/, ''), (rec) => {
    if (header === null) {
      const { cells, separator } = rec;
      if (cells[0]!.trimStart().startsWith('#')) {
        // Excel pads a comment line with empty cells (`# id: x;;;;`) and splits one that holds the
        // separator: the line is its cells up to the last non-empty one, joined again.
        let k = cells.length;
        while (k > 1 && cells[k - 1]!.trim() === '') k--;
        const m = /^\s*#\s*([A-Za-z]+)\s*:(.*)$/.exec(k === 1 ? cells[0]! : cells.slice(0, k).join(separator));
        if (m && META.has(m[1]!.toLowerCase())) meta[m[1]!.toLowerCase()] = m[2]!.trim();
        return;
      }
      header = judul(rec, file);
      return;
    }
    const names = header;
    const row: Record<string, unknown> = {};
    let tableId = 'CSV';
    rec.cells.forEach((cell, col) => {
      const key = names[col];
      const value = cell.trim();
      if (key === undefined || key === '') {
        if (value !== '') throw new SakipError(ErrorCode.INVALID_MODEL, `${file}:${rec.line} kolom ${col + 1}`, value, 'sel di luar judul kolom');
        return;
      }
      if (value === '') return;
      if (key === 'tabel') tableId = value;
      else if (key === 'tahun') row.tahun = /^\d{4}$/.test(value) ? Number(value) : value;
      else if (key === 'agregat') row.agregat = agregat(value, `${file}:${rec.line}`);
      else row[key] = value;
    });
    if (row.id === undefined) row.id = `baris-${rec.line}`;
    let entry = tables.get(tableId);
    if (!entry) {
      entry = { table: { id: tableId, baris: [] }, lines: [] };
      tables.set(tableId, entry);
    }
    entry.table.baris.push(row as Baris);
    entry.lines.push(rec.line);
  });
  if (header === null) throw new SakipError(ErrorCode.INVALID_MODEL, file, '(kosong)', 'CSV tidak memiliki baris judul kolom');
  const lineOf = [...tables.values()].map((t) => t.lines);
  const data = {
    format: 'sakip-laporan/1',
    id: meta.id ?? 'csv',
    instansi: meta.instansi ?? file,
    ...(meta.tahun !== undefined ? { tahun: /^\d{4}$/.test(meta.tahun) ? Number(meta.tahun) : meta.tahun } : {}),
    ...(meta.sumber !== undefined ? { sumber: meta.sumber } : {}),
    ...(meta.locale !== undefined ? { locale: meta.locale } : {}),
    skala: [],
    tabel: [...tables.values()].map((t) => t.table),
  };
  const r = validate(DatasetLaporanSchema, data);
  if (!r.success) {
    const issue = r.issues[0]!;
    const m = /^tabel\[(\d+)\]\.baris\[(\d+)\]\.?(.*)$/.exec(issue.path);
    const where = m ? `${file}:${lineOf[Number(m[1])]![Number(m[2])]} kolom ${m[3] || '?'}` : `${file} (${issue.path || 'metadata'})`;
    throw new SakipError(ErrorCode.INVALID_MODEL, where, issue.uraian);
  }
  return r.data;
}

/** The header line: row field names (any case) and `tabel`; an unknown name or no `nama` is an error. */
function judul(rec: CsvRecord, file: string): string[] {
  const header = rec.cells.map((h) => {
    const t = h.trim();
    return ROW_FIELDS.has(t) || t === 'tabel' || t === '' ? t : (LOWER.get(t.toLowerCase()) ?? t);
  });
  header.forEach((h, col) => {
    if (h !== '' && h !== 'tabel' && !ROW_FIELDS.has(h)) {
      throw new SakipError(ErrorCode.INVALID_MODEL, `${file}:${rec.line} kolom ${col + 1}`, h, 'nama kolom tidak dikenal (lihat docs/format-laporan.md)');
    }
  });
  if (!header.includes('nama')) throw new SakipError(ErrorCode.INVALID_MODEL, `${file}:${rec.line}`, header.join(','), 'kolom "nama" wajib ada');
  return header;
}

function agregat(text: string, where: string): unknown {
  // No whitespace run next to `.+`: linear on any cell.
  const m = /^([a-z-]+)\s+([A-Za-z]+)\s*:(.+)$/.exec(text);
  if (!m) throw new SakipError(ErrorCode.INVALID_MODEL, `${where} kolom agregat`, text, 'tulis "fungsi kolom: id id …"');
  return { fungsi: m[1], kolom: m[2], dari: m[3]!.split(/[\s;]+/).filter(Boolean) };
}

interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
  readonly separator: string;
}

/**
 * RFC 4180 records (quoted cells may hold separators, quotes and line breaks; CRLF, LF or CR line
 * ends; a line of blank cells gives no record), with the separator from Excel's `sep=;` line when there is one, else guessed from the
 * first line that is not a comment: the one of `,` `;` tab it holds most often. With `visit`,
 * each record goes to it as it is read and none is kept (the result is then empty).
 */
export function parseCsv(input: string, visit?: (record: CsvRecord) => void): CsvRecord[] {
  const sep = /^sep=([,;\t])\r?\n/.exec(input);
  const text = sep ? input.slice(sep[0].length) : input;
  const firstData = sep ? '' : firstDataLine(text);
  const separator = sep ? sep[1]! : [',', ';', '\t'].map((s) => ({ s, n: firstData.split(s).length })).sort((a, b) => b.n - a.n)[0]!.s;
  const lineShift = sep ? 1 : 0;
  const out: CsvRecord[] = [];
  const emit = visit ?? ((r: CsvRecord) => void out.push(r));
  const sepCode = separator.charCodeAt(0);
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1 + lineShift;
  let start = line;
  const n = text.length;
  // Runs of plain characters and quoted stretches are taken whole (indexOf and slice), not a
  // character at a time: 15 MB of one cell reads in a moment.
  for (let i = 0; i < n; ) {
    if (quoted) {
      const q = text.indexOf('"', i);
      const chunk = text.slice(i, q < 0 ? n : q);
      for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) line++;
      cell += chunk;
      if (q < 0) {
        i = n;
      } else if (text.charCodeAt(q + 1) === 34) {
        // A run of doubled quotes at once: a million of them is one step, not a million.
        let j = q + 2;
        while (text.charCodeAt(j) === 34 && text.charCodeAt(j + 1) === 34) j += 2;
        cell += '"'.repeat((j - q) / 2);
        i = j;
      } else {
        quoted = false;
        i = q + 1;
      }
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 34 && cell === '') {
      quoted = true;
      i++;
    } else if (c === sepCode) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (c === 10 || c === 13) {
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      // A blank line (blank cells only) is no record: the reader skips it anyway, and 15 MB of
      // line breaks would otherwise be millions of records to allocate.
      if (cells.length > 0 || !kosong(cell)) {
        cells.push(cell);
        if (!cells.every(kosong)) emit({ line: start, cells, separator });
        cells = [];
      }
      cell = '';
      line++;
      start = line;
    } else {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === sepCode || d === 10 || d === 13) break;
        j++;
      }
      cell += text.slice(i, j);
      i = j;
    }
  }
  if (quoted) throw new SakipError(ErrorCode.INVALID_MODEL, `CSV baris ${start}`, cell.slice(0, 40), 'tanda kutip tidak ditutup');
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    if (!cells.every(kosong)) emit({ line: start, cells, separator });
  }
  return out;
}

const kosong = (cell: string): boolean => cell.trim() === '';

/** The first line that is neither blank nor a comment (`#…`, or `"#…` as Excel quotes it); linear. */
function firstDataLine(text: string): string {
  let from = 0;
  while (from < text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const l = text.slice(from, end);
    const t = l.trim();
    if (t !== '' && !t.startsWith('#') && !t.startsWith('"#')) return l;
    from = end + 1;
  }
  return '';
}

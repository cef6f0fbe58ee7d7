/**
 * Recognition of a whole report: from blocks (paragraphs and tables, whatever file they came
 * from) to a draft `sakip-laporan/1` dataset, with a note per table saying how it was read and a
 * list of the tables that were not read. Nothing here knows about text files.
 */
import { parseAngkaInfo } from '../angka/parse.js';
import { opsi, susunan, terbaca } from '../angka/bentuk.js';
import { ErrorCode, SakipError } from '../errors.js';
import type { Baris, DatasetLaporan, SkalaTercetak, Tabel } from '../verifikasi/dataset.js';
import { BATAS_IMPOR } from './batas.js';
import type { Blok } from './blok.js';
import { normalJudul } from './kepala.js';
import { unik } from './nama.js';
import { bacaProsa, type RataSasaran } from './prosa.js';
import { bacaSelImpor } from './sel.js';
import { barisSkala, itemSkala, skalaDari } from './skala.js';
import { bacaTabel, labelTotal, type CatatanTabel, type TabelTakTerbaca } from './tabel.js';

/** Options of an import. @category Impor */
export interface OpsiImpor {
  /** Dataset id (lower case, digits, "-"); default from the agency and year. */
  id?: string;
  /** The agency, when the text does not show it clearly. */
  instansi?: string;
  /** The report's year; default the year the report names most. */
  tahun?: number;
  /** Where the text comes from (file name, address), kept in the dataset. */
  sumber?: string;
  /** Number style of the report, when the figures do not show it. */
  locale?: 'id' | 'en';
  /** Read figures stated in sentences ("= 54,20 / 55 × 100% = 98,54%"); default true. */
  prosa?: boolean;
}

/** The result of an import: the draft dataset, how each table was read, what was not read. @category Impor */
export interface HasilImpor {
  readonly laporan: DatasetLaporan;
  readonly catatan: readonly CatatanTabel[];
  readonly tidakTerbaca: readonly TabelTakTerbaca[];
}

/**
 * "Tabel 3. 3 Capaian …" → id "Tabel 3.3" and its title. Read by one scan of the line (a
 * regular expression for it backtracks on the spaces around the dots).
 */
function caption(line: string): { id: string; judul: string } | null {
  let t = line.trim();
  if (t.startsWith('**')) t = t.slice(2);
  if (t.slice(0, 5).toLowerCase() !== 'tabel') return null;
  let i = 5;
  if (t[i] === ' ') i++;
  const start = i;
  while (i < t.length && i - start < 4 && /[0-9IVX]/.test(t[i]!)) i++;
  if (i === start) return null;
  let nomor = t.slice(start, i);
  for (let k = 0; k < 3; k++) {
    let j = i;
    if (t[j] === ' ') j++;
    if (t[j] !== '.') break;
    j++;
    if (t[j] === ' ') j++;
    const d = j;
    while (j < t.length && j - d < 3 && /\d/.test(t[j]!)) j++;
    if (j === d) break;
    nomor += `.${t.slice(d, j)}`;
    i = j;
  }
  // "Tabel 3.1.2" or "Tabel 31" beyond the digits read: no caption of this form.
  if (/[\d]/.test(t[i] ?? '')) return null;
  let rest = t.slice(i);
  if (rest.startsWith('.') && !/\d/.test(rest[1] ?? '')) rest = rest.slice(1);
  rest = rest.trimStart();
  if (rest.startsWith(':')) rest = rest.slice(1);
  // A table list line ("Tabel 3.1 Skala … 12") is no caption.
  return { id: `Tabel ${nomor}`, judul: rest.replace(/\*\*/g, '').trim() };
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The agency: the first short line that starts with an office ("Dinas Sosial …", "Kecamatan …"),
 * with the lines under it that name its region ("Kabupaten Tapin").
 */
function instansiDari(paras: readonly string[]): string | undefined {
  const KANTOR = /^(?:dinas|badan|sekretariat|inspektorat|satuan polisi|biro|kantor|rumah sakit|kecamatan|kelurahan|balai|direktorat|kementerian)\b/i;
  const lines = paras.slice(0, 40).flatMap((p) => p.replace(/\*\*/g, '').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!KANTOR.test(l) || l.length > 120 || l.split(' ').length < 2 || /[.;:]\s/.test(l)) continue;
    let name = l;
    // "DINAS SOSIAL DAN PEMBERDAYAAN / MASYARAKAT DAN DESA / KABUPATEN BANYUMAS" over three lines.
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      const next = lines[j]!;
      if (next === '' || next.length > 60 || /\d/.test(next) || /[.;:]/.test(next)) break;
      if (!(next === next.toUpperCase() && l === l.toUpperCase()) && !/^(?:kabupaten|kota|provinsi)\b/i.test(next)) break;
      if (/^(?:daftar|kata|bab|laporan|lkjip|lakip)\b/i.test(next)) break;
      name = `${name} ${next}`;
    }
    return name.slice(0, 160);
  }
  return undefined;
}

/**
 * The report's year: the year the text names most as "Tahun 2023", "TA 2023", "Th. 2023", leaving
 * out the years of regulations ("Nomor 86 Tahun 2017"); on a tie the later year.
 */
function tahunDari(paras: readonly string[]): number | undefined {
  const count = new Map<number, number>();
  for (const p of paras) {
    for (const m of p.matchAll(/(\b(?:nomor|no)\.?\s?[\w/.-]{1,20}\s)?\b(?:tahun|ta\.?|th\.?)\s?(20\d{2})\b/gi)) {
      if (m[1] !== undefined) continue;
      const y = Number(m[2]);
      count.set(y, (count.get(y) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [y, c] of count) if (best === undefined || c > count.get(best)! || (c === count.get(best)! && y > best)) best = y;
  return best;
}

/**
 * The options, read once (a getter or a Proxy fails here, typed) and checked: each is what
 * {@link OpsiImpor} documents, or `SAKIP_INVALID_OPTION` naming it; nothing else reaches the dataset.
 */
function opsiImpor(raw: OpsiImpor | undefined): OpsiImpor {
  const o = opsi<OpsiImpor>(raw, 'opsi');
  const salah = (key: keyof OpsiImpor, harus: string) => new SakipError(ErrorCode.INVALID_OPTION, `opsi.${key}`, o[key], harus);
  for (const key of ['id', 'instansi', 'sumber'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string') throw salah(key, 'harus teks / must be text');
  }
  if (o.tahun !== undefined && !Number.isInteger(o.tahun)) throw salah('tahun', 'harus bilangan bulat / must be a whole number');
  if (o.locale !== undefined && o.locale !== 'id' && o.locale !== 'en') throw salah('locale', 'harus "id" atau "en" / must be "id" or "en"');
  if (o.prosa !== undefined && typeof o.prosa !== 'boolean') throw salah('prosa', 'harus true atau false / must be true or false');
  return o;
}

/**
 * Another reader's blocks, read once into plain blocks before any work: a wrong shape, a getter
 * or a Proxy that throws is `SAKIP_INVALID_TYPE` naming the block, never a crash, and a page is a
 * whole number from 1.
 */
function bacaBlok(raw: readonly Blok[]): Blok[] {
  if (!susunan(raw, 'blok')) throw new SakipError(ErrorCode.INVALID_TYPE, 'blok', raw, 'harus berupa daftar / must be a list');
  const n = terbaca('blok', () => raw.length);
  const out: Blok[] = [];
  for (let i = 0; i < n; i++) {
    const field = `blok[${i}]`;
    const b = terbaca(field, () => satuBlok(raw[i]));
    if (b === null) {
      throw new SakipError(ErrorCode.INVALID_TYPE, field, terbaca(field, () => raw[i]), 'harus { jenis: "paragraf", teks } atau { jenis: "tabel", baris: string[][] } / must be a paragraph or a table of strings');
    }
    if (b.jenis === 'tabel' && b.halaman !== undefined && !(typeof b.halaman === 'number' && Number.isInteger(b.halaman) && b.halaman >= 1)) {
      throw new SakipError(ErrorCode.INVALID_TYPE, `${field}.halaman`, b.halaman, 'harus bilangan bulat mulai 1 / must be a whole number from 1');
    }
    out.push(b);
  }
  return out;
}

function satuBlok(b: unknown): Blok | null {
  if (b === null || typeof b !== 'object' || Array.isArray(b)) return null;
  const { jenis, teks, baris, halaman } = b as { jenis?: unknown; teks?: unknown; baris?: unknown; halaman?: unknown };
  if (jenis === 'paragraf') return typeof teks === 'string' ? { jenis, teks } : null;
  if (jenis !== 'tabel' || !Array.isArray(baris)) return null;
  const rows: string[][] = [];
  for (const r of baris as unknown[]) {
    if (!Array.isArray(r)) return null;
    const row: string[] = [];
    for (const c of r as unknown[]) {
      if (typeof c !== 'string') return null;
      row.push(c);
    }
    rows.push(row);
  }
  return { jenis, baris: rows, ...(halaman === undefined ? {} : { halaman: halaman as number }) };
}

/** The efficiency method a report states in words near a table (never guessed from the figures). @category Impor */
export function metodeDari(text: string): 'capaian-serapan' | '100-serapan' | 'capaian/serapan' | 'kemenkeu' | undefined {
  if (typeof text !== 'string') throw new SakipError(ErrorCode.INVALID_TYPE, 'teks', text, 'harus teks / must be text');
  const t = normalJudul(text.replace(/\\%/g, '%').replace(/\\times/g, '×'));
  if (/\bpmk\b.{0,40}\b22\b.{0,20}2021|peraturan menteri keuangan nomor 22/.test(t)) return 'kemenkeu';
  const kinerja = t.search(/capaian kinerj|kinerja|realisasi kinerja/);
  const kurang = t.search(/dikurang|dikurangkan|\bminus\b/);
  const bagi = t.search(/dibagi|per\b/);
  const anggaran = t.search(/anggaran|serapan|keuangan/);
  if (kinerja >= 0 && kurang > kinerja && anggaran > kurang) return 'capaian-serapan';
  if (/100 ?% ?(?:-|dikurangi|dikurangkan) ?(?:persentase )?(?:realisasi anggaran|serapan|frac)/.test(t)) return '100-serapan';
  if (kinerja >= 0 && bagi > kinerja && anggaran > bagi && /efisien/.test(t)) return 'capaian/serapan';
  return undefined;
}

/** The style most figures of the report are written in, when it is clear (nine in ten). */
function gayaDokumen(blok: readonly Blok[]): 'id' | 'en' | undefined {
  let id = 0;
  let en = 0;
  for (const b of blok) {
    if (b.jenis !== 'tabel') continue;
    for (const row of b.baris) {
      for (const c of row) {
        const s = bacaSelImpor(c);
        if (s.gaya === 'id') id++;
        else if (s.gaya === 'en') en++;
      }
    }
  }
  if (id + en < 5) return undefined;
  // Only a clear majority: a report that mixes styles reads each column in its own.
  if (id >= 4 * en) return 'id';
  if (en >= 4 * id) return 'en';
  return undefined;
}

/**
 * Recognises a report from its blocks: indicator, budget, efficiency, count and scale tables;
 * figures in recognisable sentences; the number style; scales and the tables that use them;
 * the efficiency method where the report states it; and links between the same figure printed in
 * two tables. Never invents an input or a relation: a parent only where numbering or a total row
 * shows it, a direction (`arah`) only where the indicator's name says it.
 * @category Impor
 */
export function imporBlok(rawBlok: readonly Blok[], rawOpsi: OpsiImpor = {}): HasilImpor {
  const opsi = opsiImpor(rawOpsi);
  const blok = bacaBlok(rawBlok);
  let cells = 0;
  for (const b of blok) {
    if (b.jenis === 'tabel') for (const r of b.baris) cells += r.length;
    else cells += b.teks.length > BATAS_IMPOR.karakter ? Infinity : 0;
  }
  if (cells > BATAS_IMPOR.sel) throw new SakipError(ErrorCode.TOO_LONG, 'blok', `${cells} sel`, `batas ${BATAS_IMPOR.sel} sel tabel`);
  const paras = blok.filter((b): b is Extract<Blok, { jenis: 'paragraf' }> => b.jenis === 'paragraf').map((b) => b.teks);
  const tahun = opsi.tahun ?? tahunDari(paras);
  const gaya = opsi.locale ?? gayaDokumen(blok);
  const instansi = opsi.instansi ?? instansiDari(paras) ?? 'Instansi tidak terbaca dari teks';

  const tabel: Tabel[] = [];
  const skala: SkalaTercetak[] = [];
  const catatan: CatatanTabel[] = [];
  const tidakTerbaca: TabelTakTerbaca[] = [];
  const usedIds = new Map<string, number>();
  const usedPrefix = new Map<string, number>();
  const idTabel = new Map<Blok, string>();
  /** Tables in order with the scales before them and the labels they print. */
  const predikatTables: { tabel: Tabel; labels: readonly string[]; scalesBefore: number }[] = [];
  let untitled = 0;
  let lastTable = -1;
  blok.forEach((b, i) => {
    if (b.jenis !== 'tabel') return;
    // The caption: the nearest "Tabel …" line in the paragraphs since the previous table.
    let cap: { id: string; judul: string } | null = null;
    let near = '';
    for (let j = i - 1; j > lastTable && j >= i - 4; j--) {
      const p = blok[j]!;
      if (p.jenis !== 'paragraf') break;
      const lines = p.teks.split('\n');
      if (near === '') near = lines[lines.length - 1]!;
      for (let k = lines.length - 1; k >= 0 && cap === null; k--) {
        const c = caption(lines[k]!);
        if (c) {
          cap = { id: c.id, judul: c.judul || (lines[k + 1] ?? (blok[j + 1]?.jenis === 'paragraf' ? (blok[j + 1] as { teks: string }).teks.split('\n')[0]! : '')).replace(/\*\*/g, '').trim() };
        }
      }
      if (cap) break;
    }
    lastTable = i;
    let id = cap?.id ?? `Tabel tanpa nomor ${++untitled}`;
    id = unik(id, usedIds, (n) => `${id} (${n})`);
    idTabel.set(b, id);
    const base = cap ? `t${slug(id.slice(6))}` : `tx${untitled}`;
    const prefix = unik(base, usedPrefix, (n) => `${base}-${n}`);
    const judul = (cap?.judul || near.replace(/\*\*/g, '').trim()).slice(0, 160);
    const after = blok[i + 1]?.jenis === 'paragraf' ? (blok[i + 1] as { teks: string }).teks : '';
    const sumber = /^sumber\s?:/i.test(after) ? after.replace(/^sumber\s?:\s?/i, '').split('\n')[0]!.trim() : /permen|peraturan|pedoman/i.test(`${cap?.judul ?? ''} ${near}`) ? `${cap?.judul ?? ''} ${near}`.trim() : undefined;
    const r = bacaTabel(b.baris, {
      id,
      prefix,
      ...(judul ? { judul } : {}),
      ...(b.halaman !== undefined ? { halaman: b.halaman } : {}),
      ...(tahun !== undefined ? { tahunLaporan: tahun } : {}),
      ...(gaya ? { gayaDokumen: gaya } : {}),
      ...(sumber ? { sumberSkala: sumber } : {}),
    });
    if (r.catatan) catatan.push(r.catatan);
    if (r.takTerbaca) tidakTerbaca.push(r.takTerbaca);
    if (r.skala) skala.push(r.skala);
    if (r.tabel) {
      const t = r.tabel;
      // The efficiency method, when the text around the table states it.
      if (t.baris.some((x) => x.efisiensi !== undefined)) {
        const around = [blok[i - 1], blok[i - 2], blok[i + 1], blok[i + 2], blok[i + 3]]
          .filter((x): x is Extract<Blok, { jenis: 'paragraf' }> => x?.jenis === 'paragraf')
          .map((x) => x.teks)
          .join('\n');
        const m = metodeDari(around);
        if (m) (t as { metode?: string }).metode = m;
      }
      tabel.push(t);
      if (r.labelPredikat.length > 0) predikatTables.push({ tabel: t, labels: r.labelPredikat, scalesBefore: skala.length });
    }
  });

  // Scales printed as lines: "Capaian kinerja > 85 sd 100% : Sangat berhasil".
  const lineScales = skalaBaris(blok);
  skala.push(...lineScales);
  for (const p of predikatTables) {
    const want = new Set(p.labels.map((l) => l.toLowerCase().trim()));
    const fits = (s: SkalaTercetak) => [...want].every((l) => s.bands.some((b) => b.label.toLowerCase() === l));
    const before = skala.slice(0, p.scalesBefore).reverse().find(fits) ?? skala.find(fits);
    if (before) (p.tabel as { skala?: string }).skala = before.id;
  }

  const laporan: DatasetLaporan = {
    format: 'sakip-laporan/1',
    id: opsi.id ?? (slug(`${instansi}-${tahun ?? ''}`).slice(0, 90).replace(/-$/, '') || 'impor'),
    instansi,
    ...(tahun !== undefined ? { tahun } : {}),
    jenis: /\blakip\b|akuntabilitas kinerja/i.test(paras.slice(0, 30).join(' ')) && !/lkjip/i.test(paras.slice(0, 30).join(' ')) ? 'LAKIP' : 'LKjIP',
    ...(opsi.sumber ? { sumber: opsi.sumber } : {}),
    ...(gaya ? { locale: gaya } : {}),
    skala,
    tabel,
  };
  const samaProsa: { a: string; b: string }[] = [];
  if (opsi.prosa !== false) {
    const rata: RataSasaran[] = [];
    const prosa = bacaProsa(blok, laporan, idTabel, rata, samaProsa);
    rataSasaran(rata, laporan, catatan);
    laporan.tabel.push(...prosa);
  }
  const sama = [...tautSama(laporan), ...samaProsa];
  if (sama.length > 0) laporan.sama = sama;
  laporan.catatan = ringkas(catatan, tidakTerbaca);
  return { laporan, catatan, tidakTerbaca };
}

/**
 * A sentence's average over the indicators of a named sasaran: the indicators are the rows of the
 * report's year whose printed sasaran is that name, in the first table that prints exactly as many
 * of them as the sentence says, each with a capaian. Anywhere else (another count, another
 * spelling) the figure stays a restated figure, unchecked.
 */
function rataSasaran(list: readonly RataSasaran[], d: DatasetLaporan, catatan: readonly CatatanTabel[]): void {
  for (const r of list) {
    if (r.sasaran === undefined) {
      rataTujuan(r, d, catatan);
      continue;
    }
    const want = normalJudul(r.sasaran);
    for (const t of d.tabel) {
      if (t.prosa) continue;
      const rows = t.baris.filter((b) => b.sasaran !== undefined && normalJudul(b.sasaran) === want && b.level !== 'total' && (b.tahun === undefined || b.tahun === d.tahun));
      if (rows.length === 0) continue;
      if (rows.length !== r.n || rows.some((b) => b.capaian === undefined || !b.id)) continue;
      (r.baris as { agregat?: unknown }).agregat = { fungsi: 'rata-rata', kolom: 'capaian', dari: rows.map((b) => b.id!) };
      (r.baris as { catatan?: string }).catatan = `Indikator sasaran ini di ${t.id} / the indicators of this sasaran in ${t.id}`;
      break;
    }
  }
}

/**
 * The average over the tujuan indicators of the table just before the sentence: a table with a
 * column headed "Tujuan", whose numbered rows (the tujuan; the rows under them are their sasaran)
 * are as many as the sentence says, each with a capaian of the report's year.
 */
function rataTujuan(r: RataSasaran, d: DatasetLaporan, catatan: readonly CatatanTabel[]): void {
  const t = d.tabel.find((x) => x.id === r.tabelSebelum);
  const c = catatan.find((x) => x.tabel === r.tabelSebelum);
  if (!t || !c || !c.kolom.some((k) => /\btujuan\b/i.test(k.judul))) return;
  const rows = t.baris.filter((b) => b.no !== undefined && b.level !== 'total' && (b.tahun === undefined || b.tahun === d.tahun));
  if (rows.length !== r.n || rows.some((b) => b.capaian === undefined || !b.id)) return;
  (r.baris as { agregat?: unknown }).agregat = { fungsi: 'rata-rata', kolom: 'capaian', dari: rows.map((b) => b.id!) };
  (r.baris as { catatan?: string }).catatan = `Indikator tujuan: baris bernomor ${t.id} / the tujuan indicators: the numbered rows of ${t.id}`;
}

/** Scales printed as three or more consecutive lines "<interval> : <label>". */
function skalaBaris(blok: readonly Blok[]): SkalaTercetak[] {
  const out: SkalaTercetak[] = [];
  let run: { interval: string; label: string }[] = [];
  let from = '';
  const flush3 = (min: number) => {
    if (run.length >= min) {
      const s = skalaDari(`skala-teks-${out.length + 1}`, 'uraian', `${from} (peraturan tidak disebut / no regulation named)`.trim(), run);
      if (s) out.push(s);
    }
    run = [];
  };
  const flush = () => {
    if (run.length >= 3) {
      const s = skalaDari(`skala-teks-${out.length + 1}`, 'uraian', `${from} (peraturan tidak disebut / no regulation named)`.trim(), run);
      if (s) out.push(s);
    }
    run = [];
  };
  let prev = '';
  for (const b of blok) {
    if (b.jenis !== 'paragraf') {
      flush();
      continue;
    }
    for (const line of b.teks.split('\n')) {
      // "Keterangan : 0 sd 50 % = cukup baik, 50 s.d 100 % =Baik, > 100% Sangat Baik": a scale in one line.
      const items = line.replace(/^[^:]{0,30}:\s?/, '').split(/[,;]\s/).map(itemSkala);
      if (items.length >= 2 && items.every((x) => x !== null)) {
        flush();
        run = items as { interval: string; label: string }[];
        from = line.slice(0, 120);
        flush3(2);
        prev = line;
        continue;
      }
      // "1 91 % ≤ 100 % Sangat Baik": a scale table flattened into lines by a converter.
      const r = barisSkala(line) ?? (line.length <= 80 ? itemSkala(line.replace(/^\d{1,2}[.)]?\s(?=[<>≤≥\d])/, '')) : null);
      if (r) {
        if (run.length === 0) from = prev.slice(0, 120);
        run.push(r);
      } else {
        flush();
        prev = line;
      }
    }
  }
  flush();
  return out;
}

/** Figures to link when printed twice: the same field of the same indicator in the same year. */
const TAUT = ['target', 'realisasi', 'capaian', 'paguMurni', 'pagu', 'realisasiAnggaran', 'serapan', 'sisa', 'efisiensi'] as const;
/** In prose, also the figure a computation gives (`nilai`): a sentence does not always say what it is. */
const TAUT_PROSA = [...TAUT, 'nilai'] as const;

/** The value of a printed cell, when it reads one way (in the report's style). */
function nilai(cell: Baris['target'], locale: 'id' | 'en' | undefined): string | null {
  if (cell === undefined) return null;
  try {
    if (typeof cell === 'string') return parseAngkaInfo(cell, locale ? { locale: 'auto' } : {}).value.toString();
    if (cell.garbled) return null;
    if (cell.value) return parseAngkaInfo(cell.value, { locale: 'en' }).value.toString();
    return parseAngkaInfo(cell.printed).value.toString();
  } catch {
    if (typeof cell === 'string' && locale) {
      try {
        return parseAngkaInfo(cell, { locale }).value.toString();
      } catch {
        return null;
      }
    }
    return null;
  }
}

/** Significant words of a name: lower case, no numbering, no short words. */
function kata(s: string): string[] {
  return normalJudul(s)
    .replace(/-/g, ' ')
    .split(' ')
    .filter((w) => w.length >= 3 && !/^\d/.test(w) && !['dan', 'yang', 'dari', 'pada', 'untuk', 'dengan', 'tahun', 'kinerja'].includes(w));
}

/**
 * `sama` links between places that print the same figure for the same indicator and year: two
 * tables with a row of the same name, a sentence that restates a table's figure in words
 * containing the row's name (also a computed figure a sentence does not name, as the row's
 * realisasi or capaian), or a sentence's "rata-rata capaian" and the one RATA-RATA row printing
 * it. Only equal figures are linked here, so such a link never makes a difference of its own; it
 * lets a copy of a wrong figure be reported as a copy (`SALINAN_SALAH`). The one exception, budget
 * rows of the same item in two tables of its realisation, is `tautAnggaran`.
 */
function tautSama(d: DatasetLaporan): { a: string; b: string }[] {
  // The same printed figure recurs often (100, 0,00, 100%): read each once.
  const memo = new Map<string, string | null>();
  const baca = (cell: Baris['target']): string | null => {
    if (typeof cell !== 'string') return nilai(cell, d.locale);
    if (!memo.has(cell)) memo.set(cell, nilai(cell, d.locale));
    return memo.get(cell)!;
  };
  const groups = new Map<string, { table: string; ref: string }[]>();
  const tableCells: { table: string; ref: string; words: string[]; year: string; f: string; v: string }[] = [];
  const proseCells: { table: string; ref: string; words: Set<string>; year: string; f: string; v: string }[] = [];
  for (const t of d.tabel) {
    for (const b of t.baris) {
      if (!b.id) continue;
      const name = normalJudul(b.nama);
      const year = String(b.tahun ?? d.tahun ?? '');
      let words: string[] | undefined;
      for (const f of t.prosa ? TAUT_PROSA : TAUT) {
        const v = baca(b[f]);
        if (v === null) continue;
        if (t.prosa) {
          words ??= kata(b.nama);
          proseCells.push({ table: t.id, ref: `${b.id}.${f}`, words: new Set(words), year, f, v });
          continue;
        }
        if (name.split(' ').length < 2) continue;
        const key = `${name}|${year}|${f}|${v}`;
        const g = groups.get(key) ?? [];
        g.push({ table: t.id, ref: `${b.id}.${f}` });
        groups.set(key, g);
        words ??= kata(b.nama);
        tableCells.push({ table: t.id, ref: `${b.id}.${f}`, words, year, f, v });
      }
    }
  }
  const out: { a: string; b: string }[] = [];
  for (const g of groups.values()) {
    const tables = new Set(g.map((x) => x.table));
    if (tables.size < 2 || tables.size !== g.length) continue;
    for (let i = 1; i < g.length; i++) out.push({ a: g[0]!.ref, b: g[i]!.ref });
  }
  out.push(...tautAnggaran(d, baca));
  // A sentence restating a table's figure: same field, year and figure, the row's name in its words.
  const byValue = new Map<string, typeof tableCells>();
  for (const c of tableCells) {
    const key = `${c.f}|${c.year}|${c.v}`;
    const list = byValue.get(key);
    if (list) list.push(c);
    else byValue.set(key, [c]);
  }
  // The report's average capaian restated: a sentence "rata-rata capaian … 86,33%" and the one
  // "RATA-RATA" row of a table printing the same figure for the same year.
  const rataTabel = new Map<string, string[]>();
  for (const t of d.tabel) {
    if (t.prosa) continue;
    for (const b of t.baris) {
      if (!b.id || b.level !== 'total' || labelTotal(b.nama) !== 'rata-rata') continue;
      const v = baca(b.capaian);
      if (v === null) continue;
      const key = `${b.tahun ?? d.tahun ?? ''}|${v}`;
      rataTabel.set(key, [...(rataTabel.get(key) ?? []), `${b.id}.capaian`]);
    }
  }
  for (const t of d.tabel) {
    if (!t.prosa) continue;
    for (const b of t.baris) {
      const n = normalJudul(b.nama);
      if (!b.id || !/^rata ?-? ?rata capaian\b/.test(n) || /\bsasaran\b/.test(n)) continue;
      const v = baca(b.capaian);
      const refs = v === null ? undefined : rataTabel.get(`${b.tahun ?? d.tahun ?? ''}|${v}`);
      if (refs && refs.length === 1) out.push({ a: refs[0]!, b: `${b.id}.capaian` });
    }
  }
  for (const p of proseCells) {
    // A figure a sentence computes without naming what it is ("= 50,06 %" under "indeks Ketahanan
    // Sosial") restates the table's realisasi or capaian of that name.
    const cands = p.f === 'nilai' ? [...(byValue.get(`realisasi|${p.year}|${p.v}`) ?? []), ...(byValue.get(`capaian|${p.year}|${p.v}`) ?? [])] : (byValue.get(`${p.f}|${p.year}|${p.v}`) ?? []);
    const hit = cands.find((c) => c.words.length >= 2 && c.words.every((w) => p.words.has(w)));
    if (hit) out.push({ a: hit.ref, b: p.ref });
  }
  const seen = new Set<string>();
  return out.filter((l) => {
    const k = `${l.a} ${l.b}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Budget figures of a sub-activity's realisation: the same in every table of the same year. */
const TAUT_ANGGARAN = ['pagu', 'realisasiAnggaran', 'serapan', 'sisa'] as const;
/** Output figures: the same wherever the same indicator of the same sub-activity is printed. */
const TAUT_KELUARAN = ['outputTarget', 'outputRealisasi'] as const;
/**
 * A table whose title names a budget or agreement before or after a revision, or a part of the
 * year (a quarter's realisation is not the year's).
 */
const REVISI = /\b(?:perubahan|revisi|murni|awal|induk|pergeseran|triwulan|caturwulan|semester|bulan|tw ?(?:i{1,3}|iv|[1-4])|s ?d|sampai dengan)\b/;

/**
 * `sama` links between the budget rows of one programme, activity or sub-activity in two tables
 * of its realisation, also when they print different figures: a row of the same name (unique in
 * each table, two words or more), of the same year, printing a realisasi anggaran in both tables,
 * agreeing in at least one linked figure, in two tables that print the same pagu or realisasi
 * anggaran for some row of the same name (so it is the same item of the same budget, not a
 * namesake: sub-activities of standard names recur under many programmes and units). Pagu,
 * realisasi anggaran, serapan and sisa are linked; target and realisasi of the output only when
 * both rows print the same indicator. A realisation is not revised, and two tables of the same
 * year's realisation report it against the same pagu; tables whose title names a revision
 * ("perubahan", "murni", "awal", …) or a part of the year ("triwulan II", "s.d. Juni") are left
 * out, since those differ by design.
 */
function tautAnggaran(d: DatasetLaporan, baca: (cell: Baris['target']) => string | null): { a: string; b: string }[] {
  const byName = new Map<string, { table: string; b: Baris; indikator: string | undefined }[]>();
  // Tables printing the same amount for a row of the same name and year.
  const amounts = new Map<string, Set<string>>();
  for (const t of d.tabel) {
    const judul = normalJudul(`${t.id} ${t.judul ?? ''}`);
    if (t.prosa || REVISI.test(judul)) continue;
    // The year of the table: the one its title names, else the report's; none when it names several.
    const years = new Set(judul.match(/\b(?:19|20)\d\d\b/g) ?? []);
    const tahunTabel = years.size === 0 ? d.tahun : years.size === 1 ? Number([...years][0]) : undefined;
    const seen = new Map<string, Baris | null>();
    for (const b of t.baris) {
      if (!b.id || b.level === 'total' || baca(b.realisasiAnggaran) === null) continue;
      const name = normalJudul(b.nama);
      const year = b.tahun ?? tahunTabel;
      if (name.split(' ').length < 2 || year === undefined) continue;
      const key = `${name}|${year}`;
      seen.set(key, seen.has(key) ? null : b);
      for (const f of ['pagu', 'realisasiAnggaran'] as const) {
        const v = baca(b[f]);
        if (v === null) continue;
        const k = `${key}|${f}|${v}`;
        const set = amounts.get(k) ?? new Set<string>();
        set.add(t.id);
        amounts.set(k, set);
      }
    }
    for (const [key, b] of seen) {
      if (b === null) continue;
      const ind = b.catatan?.startsWith('Indikator: ') ? normalJudul(b.catatan.slice('Indikator: '.length)) : undefined;
      const list = byName.get(key);
      const entry = { table: t.id, b, indikator: ind || undefined };
      if (list) list.push(entry);
      else byName.set(key, [entry]);
    }
  }
  // Two tables print the same budget when some row of the same name prints the same pagu or
  // realisasi anggaran in both (an amount printed alike in many tables is no evidence: bounded).
  const sepakat = new Set<string>();
  for (const set of amounts.values()) {
    if (set.size < 2 || set.size > 16) continue;
    const ts = [...set];
    for (const x of ts) for (const y of ts) if (x !== y) sepakat.add(`${x}\u0000${y}`);
  }
  const out: { a: string; b: string }[] = [];
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const first = list[0]!;
    for (const other of list.slice(1)) {
      if (!sepakat.has(`${first.table}\u0000${other.table}`)) continue;
      const fields: string[] = [...TAUT_ANGGARAN];
      if (first.indikator !== undefined && first.indikator === other.indikator) fields.push(...TAUT_KELUARAN);
      const read = fields.map((f) => [f, baca(first.b[f as 'pagu']), baca(other.b[f as 'pagu'])] as const).filter(([, x, y]) => x !== null && y !== null);
      if (!read.some(([, x, y]) => x === y)) continue;
      for (const [f] of read) out.push({ a: `${first.b.id}.${f}`, b: `${other.b.id}.${f}` });
    }
  }
  return out;
}

/** The dataset's own `catatan`: one line per table read, one per table not read. */
function ringkas(catatan: readonly CatatanTabel[], tak: readonly TabelTakTerbaca[]): string[] {
  const out = ['Draf hasil impor otomatis (sakip impor): periksa setiap tabel terhadap laporan sebelum dipakai. / Automatic import draft: check every table against the report.'];
  for (const c of catatan) {
    const kolom = c.kolom.filter((k) => k.medan !== 'abaikan').map((k) => `"${k.judul.slice(0, 40)}" → ${k.medan}${k.tahun ? ` ${k.tahun}` : ''}`).join('; ');
    const lewat = c.dilewati.length > 0 ? ` Dilewati: ${c.dilewati.slice(0, 5).map((x) => `${x.baris.slice(0, 40)} (${x.alasan})`).join('; ')}${c.dilewati.length > 5 ? ` dan ${c.dilewati.length - 5} lagi` : ''}.` : '';
    out.push(`${c.tabel} [${c.jenis}, keyakinan ${c.keyakinan}]: ${c.baris} baris. Kolom: ${kolom}.${lewat}${c.alasan.length > 0 ? ` ${c.alasan.join('; ')}.` : ''}`);
  }
  for (const t of tak) out.push(`${t.tabel}${t.judul ? ` (${t.judul.slice(0, 60)})` : ''}: tidak dibaca / not read — ${t.alasan}`);
  return out;
}

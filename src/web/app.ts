// The auditor's page: drop a report (PDF, DOCX, XLSX, text, or a dataset as JSON / CSV), paste
// one, or pick a shipped example; see every finding on its cell, the coverage, and how an import
// read each table; correct that reading and verify again; hand the result on. Runs from file://
// with no request to any other origin: the examples and the larger file reader are separate
// classic scripts, loaded only when asked.
import { toCsv } from '../cli/render-csv.js';
import { toHtml } from '../cli/render-html.js';
import { toXlsx } from '../cli/render-xlsx.js';
import { toJson } from '../cli/render.js';
import { capaian, formatAngka, predikat, scales, isSakipError } from '../index.js';
import type { DatasetLaporan, HasilVerifikasi, Severity, Temuan } from '../index.js';
import type { Balasan, InfoImpor, Kirim, Permintaan } from './baca.js';
import { DEFAULT_COLUMN } from '../verifikasi/baca.js';
import { adalahDataset } from './jenis.js';
import { KATA, type Bahasa } from './kata.js';
import { MEDAN_ANGKA, medanTabel, terapkan, type Koreksi, type MedanAngka } from './koreksi.js';

declare global {
  interface Window {
    sakipContoh?: Record<string, unknown>;
    sakipPekerja?: string;
    sakipPekerjaImpor?: string;
    sakipPekerjaBerkas?: string;
  }
}

const CONTOH = ['banyumas-2023', 'buleleng-2023', 'pamekasan-2023', 'polewali-mandar-2023'];
const SEVERITIES: readonly Severity[] = ['error', 'rounding', 'warning', 'info'];
const ICON: Record<Severity, string> = { error: '✖', rounding: '≈', warning: '⚠', info: 'ℹ' };
const FIELDS = ['no', 'nama', 'kolom', 'target', 'realisasi', 'pembilang', 'penyebut', 'capaian', 'nilai', 'predikat', 'paguMurni', 'pagu', 'realisasiAnggaran', 'serapan', 'sisa', 'outputTarget', 'outputRealisasi', 'efisiensi'] as const;

// Headers for the fields that are not figures (the figures' defaults come from the verifier).
const HEADER: Record<string, string> = { no: 'No', nama: 'Uraian', kolom: 'Kolom' };

const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;
let lang: Bahasa = 'id';
/** An imported draft as read, how it was read, and the corrections made to it so far. */
interface Impor extends InfoImpor {
  draf: DatasetLaporan;
  koreksi: readonly Koreksi[];
}
let current: { name: string; data: DatasetLaporan; hasil: HasilVerifikasi; impor?: Impor } | null = null;

const t = (key: keyof (typeof KATA)['id']) => KATA[lang][key];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  // Text nodes only: nothing from a report is ever parsed as HTML.
  for (const c of children) e.append(c);
  return e;
}

function status(text: string, error = false): void {
  const s = $('#status');
  s.textContent = text;
  s.className = error ? 'galat' : '';
}

// Three readers, each shipped as a source string and started as a blob: worker: pekerja.js
// (datasets) on the page from the start, pekerja-impor.js loaded with the first report text,
// pekerja-berkas.js (pdf.js inside) with the first PDF / DOCX / XLSX. Where no worker can start
// (an old browser), the same source runs on the page itself.
type JenisMesin = 'dasar' | 'impor' | 'berkas';
type Mesin = (m: Permintaan, balas: Kirim) => void;
const SUMBER: Record<JenisMesin, { global: 'sakipPekerja' | 'sakipPekerjaImpor' | 'sakipPekerjaBerkas'; skrip: string; fungsi: string }> = {
  dasar: { global: 'sakipPekerja', skrip: 'pekerja.js', fungsi: 'sakipBaca' },
  impor: { global: 'sakipPekerjaImpor', skrip: 'pekerja-impor.js', fungsi: 'sakipBacaImpor' },
  berkas: { global: 'sakipPekerjaBerkas', skrip: 'pekerja-berkas.js', fungsi: 'sakipBacaBerkas' },
};
const mesin: Partial<Record<JenisMesin, Promise<Mesin>>> = {};
let nomor = 0;

function muatSkrip(src: string): Promise<void> {
  return new Promise((ok, gagal) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => ok();
    s.onerror = () => gagal(new Error(src));
    document.body.append(s);
  });
}

function siapkan(jenis: JenisMesin): Promise<Mesin> {
  const have = mesin[jenis];
  if (have) return have;
  const made = buatMesin(jenis);
  // A script that failed to load may load on the next try.
  made.catch(() => delete mesin[jenis]);
  return (mesin[jenis] = made);
}

async function buatMesin(jenis: JenisMesin): Promise<Mesin> {
  const s = SUMBER[jenis];
  if (typeof window[s.global] !== 'string') await muatSkrip(s.skrip);
  const url = URL.createObjectURL(new Blob([window[s.global]!], { type: 'text/javascript' }));
  const w = window as unknown as Record<string, Mesin | undefined>;
  const diSini = async (): Promise<Mesin> => {
    if (!w[s.fungsi]) await muatSkrip(url);
    return w[s.fungsi]!;
  };
  let worker: Worker | null;
  try {
    worker = new Worker(url);
  } catch {
    worker = null;
  }
  if (!worker) return diSini();
  // Each request carries its number, so that answers of an earlier request never reach a later one.
  const menunggu = new Map<number, { m: Permintaan; balas: Kirim }>();
  let seq = 0;
  let rusak = false;
  worker.onmessage = (e: MessageEvent<{ nomor: number; b: Balasan }>) => {
    // Marked for tests and curious readers: the result came from a worker.
    document.body.dataset.pekerja = 'ya';
    const p = menunggu.get(e.data.nomor);
    if (!p) return;
    if (e.data.b.jenis === 'hasil' || e.data.b.jenis === 'galat') menunggu.delete(e.data.nomor);
    p.balas(e.data.b);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    rusak = true;
    worker!.terminate();
    const sisa = [...menunggu.values()];
    menunggu.clear();
    void diSini().then((f) => sisa.forEach((p) => f(p.m, p.balas)));
  };
  return (m, balas) => {
    if (rusak) return void diSini().then((f) => f(m, balas));
    menunggu.set(++seq, { m, balas });
    worker!.postMessage({ nomor: seq, m });
  };
}

function kemajuan(selesai: number, total: number): void {
  const bar = $('#kemajuan') as HTMLProgressElement;
  bar.hidden = selesai >= total;
  bar.max = Math.max(1, total);
  bar.value = selesai;
}

/** A step with no measure of its own (reading a file, recognising its tables): a moving bar. */
function tahap(name: string, kata: 'membacaBerkas' | 'mengenali'): void {
  const bar = $('#kemajuan') as HTMLProgressElement;
  bar.hidden = false;
  bar.removeAttribute('value');
  status(`${name}: ${t(kata)}…`);
}

function terima(name: string, b: Balasan, impor?: Impor): void {
  if (b.jenis === 'tahap') return tahap(name, b.tahap === 'baca' ? 'membacaBerkas' : 'mengenali');
  if (b.jenis === 'kemajuan') return kemajuan(b.selesai, b.total);
  kemajuan(1, 1);
  // The file readers' messages name the file already.
  if (b.jenis === 'galat') return status(b.pesan.startsWith(`${b.name}:`) ? b.pesan : `${b.name}: ${b.json ? `${t('jsonRusak')} (${b.pesan})` : b.pesan}`, true);
  const baru = impor ?? (b.impor ? { ...b.impor, draf: b.data, koreksi: [] } : undefined);
  current = { name: b.name, data: b.data, hasil: b.hasil, ...(baru ? { impor: baru } : {}) };
  const n = baru?.koreksi.length ?? 0;
  status(`${b.name}: ${t('selesai')}${baru ? ` (${t('drafImpor')}${n ? `, ${n} ${t('koreksi')}` : ''})` : ''}`);
  tampilkan();
}

/** Reads and verifies off the page; only the latest request is shown. `impor` keeps a corrected draft's reading. */
function proses(m: Permintaan, jenis: JenisMesin = 'dasar', impor?: Impor): void {
  const saya = ++nomor;
  const mine = (b: Balasan) => {
    if (saya === nomor) terima(m.name, b, impor);
  };
  // The status says at once that a new result is coming: the last one's "selesai" is not this one's.
  status(`${t('membaca')} ${m.name}…`);
  kemajuan(0, 1);
  siapkan(jenis).then(
    (f) => f(m, mine),
    () => mine({ jenis: 'galat', name: m.name, pesan: t('pembacaTidakAda'), json: false }),
  );
}

// What the larger reader takes: by the name, or by the first bytes whatever the name says.
const BINER = /\.(pdf|docx|docm|xlsx|xlsm|doc|xls|odt|ods)$/i;
function biner(head: Uint8Array): boolean {
  const b = (i: number) => head[i] ?? -1;
  return (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) || (b(0) === 0x50 && b(1) === 0x4b) || (b(0) === 0xd0 && b(1) === 0xcf) || head.includes(0);
}

/** A text to its reader: a dataset to the first, a report's text to the importer's. */
function baca(name: string, text: string): void {
  proses({ name, text }, adalahDataset(name, text) ? 'dasar' : 'impor');
}

async function bacaFile(file: File): Promise<void> {
  status(`${t('membaca')} ${file.name}…`);
  try {
    const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    if (BINER.test(file.name) || biner(head)) proses({ name: file.name, bytes: await file.arrayBuffer() }, 'berkas');
    else baca(file.name, await file.text());
  } catch (e) {
    status(`${file.name}: ${String(e)}`, true);
  }
}

function muatContoh(id: string): void {
  const have = window.sakipContoh?.[id];
  if (have) return proses({ name: id, data: have });
  status(`${t('membaca')} ${id}…`);
  const s = document.createElement('script');
  s.src = `contoh/${id}.js`;
  s.onload = () => proses({ name: id, data: window.sakipContoh?.[id] });
  s.onerror = () => status(`${id}: ${t('tidakAda')}`, true);
  document.body.append(s);
}

const key = (rowId: string | null, field: string | null) => `${rowId ?? ''}|${field ?? ''}`;

function tampilkan(): void {
  if (!current) return;
  const { hasil } = current;
  $('#hasil').hidden = false;
  // Summary, with the counts as data attributes for scripts and tests.
  const r = $('#ringkasan');
  const notChecked = hasil.coverage.notChecked.length;
  r.dataset.error = String(hasil.summary.error);
  r.dataset.rounding = String(hasil.summary.rounding);
  r.dataset.warning = String(hasil.summary.warning);
  r.dataset.info = String(hasil.summary.info);
  r.dataset.tidakDiperiksa = String(notChecked);
  const total = Math.max(1, hasil.coverage.derived);
  const wrongPlaces = hasil.summary.error + hasil.summary.rounding;
  r.replaceChildren(
    el('p', {}, el('strong', {}, `${hasil.id}`), ` — ${hasil.instansi}${hasil.tahun ? ` (${hasil.tahun})` : ''}`),
    el('ul', { class: 'ringkas' },
      ...SEVERITIES.map((s) => el('li', { class: `s-${s}` }, el('span', { class: 'ikon', 'aria-hidden': 'true' }, ICON[s]), t(s), el('b', {}, String(hasil.summary[s])))),
      el('li', { class: 's-tidak' }, t('tidakDiperiksa'), el('b', {}, String(notChecked))),
      el('li', {}, t('dibaca'), el('b', {}, String(hasil.coverage.read))),
      el('li', {}, t('dihitung'), el('b', {}, `${hasil.coverage.checked} / ${hasil.coverage.derived}`)),
    ),
    // A small chart: of the derived figures, how many are wrong, rounding-only, not checked, right.
    el('div', { class: 'bar', role: 'img', 'aria-label': `${t('salah')} ${hasil.summary.error}, ${t('rounding')} ${hasil.summary.rounding}, ${t('tidakDiperiksa')} ${notChecked}` },
      ...[['b-error', hasil.summary.error], ['b-rounding', hasil.summary.rounding], ['b-info', notChecked], ['b-ok', Math.max(0, hasil.coverage.derived - wrongPlaces - notChecked)]].map(([c, n]) =>
        el('span', { class: String(c), style: `width:${(Number(n) / total) * 100}%` }),
      ),
    ),
  );
  const hitung = (of: (f: Temuan) => string) => {
    const n = new Map<string, number>();
    for (const f of hasil.findings) n.set(of(f), (n.get(of(f)) ?? 0) + 1);
    return [...n].map(([v, k]): [string, string] => [v, `${v} (${k})`]);
  };
  pilihan($('#saring-tabel') as HTMLSelectElement, hitung((f) => f.location.table));
  pilihan($('#saring-kode') as HTMLSelectElement, hitung((f) => f.code).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  tampilkanImpor();
  tampilkanTemuan();
  tampilkanTabel();
  tampilkanCakupan();
}

/** Fills a filter's options, keeping its choice when it is still there (after a correction). */
function pilihan(sel: HTMLSelectElement, values: [string, string][]): void {
  const was = sel.value;
  sel.replaceChildren(el('option', { value: '' }, t('semua')), ...values.map(([v, label]) => el('option', { value: v }, label)));
  if (values.some(([v]) => v === was)) sel.value = was;
}

function tampilkanTemuan(): void {
  if (!current) return;
  const on = new Set([...document.querySelectorAll<HTMLInputElement>('[data-saring]')].filter((c) => c.checked).map((c) => c.dataset.saring));
  const table = ($('#saring-tabel') as HTMLSelectElement).value;
  const code = ($('#saring-kode') as HTMLSelectElement).value;
  const list = current.hasil.findings.filter((f) => on.has(f.severity) && (!table || f.location.table === table) && (!code || f.code === code));
  const box = $('#temuan');
  box.replaceChildren(...(list.length ? list.map(kartu) : [el('p', {}, t('tanpaTemuan'))]));
}

function kartu(f: Temuan, i: number): HTMLElement {
  const where = [f.location.table, f.location.row, f.location.column].filter(Boolean).join(' › ');
  const figures = f.published !== null ? ` — ${t('tercetak')} ${f.published}${f.recomputedPrinted !== null ? `, ${t('hitungUlang')} ${f.recomputedPrinted}` : ''}` : '';
  const card = el('div', { class: 'temuan', 'data-kode': f.code, 'data-severity': f.severity, id: `temuan-${i}`, tabindex: '0', role: 'button', 'aria-expanded': 'false', 'data-kunci': key(f.rowId, f.field) },
    el('span', { class: `ikon s-${f.severity}`, 'aria-hidden': 'true' }, ICON[f.severity]),
    el('strong', { class: `s-${f.severity}` }, t(f.severity)), ' ', el('code', {}, f.code), ` ${where}${figures}`,
    el('div', { class: 'pesan' }, f.message),
  );
  const toggle = () => {
    card.classList.toggle('buka');
    card.setAttribute('aria-expanded', String(card.classList.contains('buka')));
  };
  card.addEventListener('click', toggle);
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      toggle();
    }
  });
  return card;
}

function shown(cell: unknown): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'object' && 'printed' in (cell as object)) return String((cell as { printed: unknown }).printed);
  return String(cell);
}

/** The report's tables as tables, each figure with a finding marked on its own cell. */
function tampilkanTabel(): void {
  if (!current) return;
  const worst = new Map<string, Temuan>();
  for (const f of current.hasil.findings) {
    const k = key(f.rowId, f.field);
    const had = worst.get(k);
    if (!had || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(had.severity)) worst.set(k, f);
  }
  const out: HTMLElement[] = [];
  for (const table of current.data.tabel) {
    const rows = table.baris as unknown as Record<string, unknown>[];
    const cols = FIELDS.filter((f) => rows.some((b) => b[f] !== undefined));
    const head = el('tr', {}, ...cols.map((c) => el('th', { scope: 'col' }, (table.kolom as Record<string, string> | undefined)?.[c] ?? HEADER[c] ?? DEFAULT_COLUMN[c] ?? c)));
    const body = rows.map((b) =>
      el('tr', {}, ...cols.map((c) => {
        const f = worst.get(key((b.id as string | undefined) ?? null, c));
        const numeric = !['no', 'nama', 'kolom', 'predikat'].includes(c);
        const td = el('td', numeric ? { class: 'n' } : {}, shown(b[c]));
        if (f) {
          td.classList.add(`tandai-${f.severity}`);
          td.prepend(el('span', { class: `ikon s-${f.severity}`, 'aria-hidden': 'true' }, `${ICON[f.severity]} `));
          td.dataset.temuan = f.code;
          td.dataset.kunci = key(f.rowId, f.field);
          td.title = f.message;
          td.tabIndex = 0;
          const open = () => {
            const card = [...document.querySelectorAll<HTMLElement>('.temuan[data-kunci]')].find((c) => c.dataset.kunci === td.dataset.kunci);
            if (card) {
              card.classList.add('buka');
              card.setAttribute('aria-expanded', 'true');
              card.scrollIntoView({ block: 'center' });
              card.focus();
            }
          };
          td.addEventListener('click', open);
          td.addEventListener('keydown', (e) => e.key === 'Enter' && open());
        }
        return td;
      })),
    );
    out.push(el('h4', {}, table.id), ...(current.impor ? [caraBaca(table, current.impor)] : []), el('table', {}, el('thead', {}, head), el('tbody', {}, ...body)));
  }
  $('#tabel-tabel').replaceChildren(...out);
}

/** What the import says overall: a draft, the tables it could not read, the corrections so far. */
function tampilkanImpor(): void {
  const box = $('#impor');
  const impor = current?.impor;
  box.hidden = !impor;
  if (!impor || !current) return box.replaceChildren();
  const tombol = (kata: 'batalTerakhir' | 'kembaliDraf', koreksi: readonly Koreksi[]) => {
    const b = el('button', { type: 'button', class: 'sekunder', 'data-koreksi-batal': kata === 'batalTerakhir' ? 'terakhir' : 'semua' }, t(kata));
    b.addEventListener('click', () => verifikasiUlang(koreksi));
    return b;
  };
  const notes = (current.data.catatan ?? []).slice(impor.draf.catatan?.length ?? 0);
  box.replaceChildren(
    el('p', {}, t('drafImporPanjang'), ` ${t('tabelDibaca')}: ${impor.catatan.length}; ${t('takTerbaca')}: ${impor.tidakTerbaca.length}.`),
    ...(impor.tidakTerbaca.length
      ? [el('details', {}, el('summary', {}, `${t('tabelTakTerbaca')} (${impor.tidakTerbaca.length})`), el('ul', {}, ...impor.tidakTerbaca.map((x) => el('li', {}, `${x.tabel}${x.judul ? ` — ${x.judul}` : ''}: ${x.alasan}`))))]
      : []),
    ...(notes.length
      ? [el('h4', {}, t('koreksiDibuat')), el('ol', { 'data-koreksi-daftar': '' }, ...notes.map((n) => el('li', {}, n))), el('div', { class: 'baris-tombol' }, tombol('batalTerakhir', impor.koreksi.slice(0, -1)), tombol('kembaliDraf', []))]
      : []),
  );
}

/** Verifies the draft again with these corrections; a correction that cannot apply is said, not made. */
function verifikasiUlang(koreksi: readonly Koreksi[]): void {
  if (!current?.impor) return;
  const impor = { ...current.impor, koreksi };
  let data: DatasetLaporan;
  try {
    data = terapkan(impor.draf, koreksi);
  } catch (e) {
    status(isSakipError(e) ? `${e.message} [${e.code}]` : String(e), true);
    return tampilkanTabel();
  }
  proses({ name: current.name, data }, 'dasar', impor);
}

const koreksiBaru = (k: Koreksi) => current?.impor && verifikasiUlang([...current.impor.koreksi, k]);

function label(text: string, control: HTMLElement): HTMLElement {
  return el('label', {}, el('span', {}, text), ' ', control);
}

function select(attrs: Record<string, string>, options: [string, string][], value: string): HTMLSelectElement {
  const s = el('select', attrs, ...options.map(([v, l]) => el('option', { value: v }, l)));
  s.value = value;
  return s;
}

/**
 * How the importer read a table (its kind, confidence, each printed header → field, rows left
 * out) and the controls to correct it: a column's meaning, the table's number style, a row's parent.
 */
function caraBaca(table: DatasetLaporan['tabel'][number], impor: Impor): HTMLElement {
  const c = impor.catatan.find((x) => x.tabel === table.id);
  const info: HTMLElement[] = c
    ? [
        el('p', {}, `${t('jenisTabel')}: ${c.jenis}; ${t('keyakinan')}: `, el('strong', { class: `yakin-${c.keyakinan}` }, c.keyakinan), `; ${t('baris')}: ${c.baris}.`),
        el('p', {}, `${t('kolomDibaca')}: `, ...c.kolom.flatMap((k, i) => [i ? '; ' : '', `“${k.judul}” → `, el('code', {}, k.medan), k.tahun ? ` (${k.tahun})` : ''])),
        ...(c.dilewati.length ? [el('p', {}, `${t('dilewati')}: `, c.dilewati.map((d) => `“${d.baris}” (${d.alasan})`).join('; '))] : []),
        ...(c.alasan.length ? [el('ul', {}, ...c.alasan.map((a) => el('li', {}, a)))] : []),
      ]
    : [el('p', {}, t('tanpaCatatan'))];
  const medan = medanTabel(table);
  const opsiMedan: [string, string][] = [...MEDAN_ANGKA.map((m): [string, string] => [m, m]), ['', t('bukanAngka')]];
  const kolom = medan.map((m) => {
    const s = select({ 'data-koreksi-kolom': m }, opsiMedan, m);
    s.addEventListener('change', () => koreksiBaru({ jenis: 'kolom', tabel: table.id, dari: m, ke: (s.value || null) as MedanAngka | null }));
    const judul = (table.kolom as Record<string, string> | undefined)?.[m] ?? DEFAULT_COLUMN[m] ?? m;
    return label(`“${judul}” (${m}) ${t('dibacaSebagai')}`, s);
  });
  const gayaNow = [...impor.koreksi].reverse().find((k): k is Extract<Koreksi, { jenis: 'gaya' }> => k.jenis === 'gaya' && k.tabel === table.id)?.locale ?? '';
  const gaya = select({ 'data-koreksi-gaya': '' }, [['', t('sepertiDibaca')], ['id', 'id — 1.234,56'], ['en', 'en — 1,234.56']], gayaNow);
  gaya.addEventListener('change', () => koreksiBaru({ jenis: 'gaya', tabel: table.id, locale: (gaya.value || null) as 'id' | 'en' | null }));
  const rows = table.baris.filter((b) => b.id !== undefined);
  const nama = (b: (typeof rows)[number]) => `${b.no ? `${b.no} ` : ''}${b.nama.length > 60 ? `${b.nama.slice(0, 59)}…` : b.nama}${b.kolom ? ` [${b.kolom}]` : ''}`;
  const pilihBaris = select({ 'data-koreksi-baris': '' }, rows.map((b) => [b.id!, nama(b)]), rows[0]?.id ?? '');
  const pilihInduk = select({ 'data-koreksi-induk': '' }, [['', t('tanpaInduk')], ...rows.map((b): [string, string] => [b.id!, nama(b)])], rows[0]?.induk ?? '');
  pilihBaris.addEventListener('change', () => {
    pilihInduk.value = rows.find((b) => b.id === pilihBaris.value)?.induk ?? '';
  });
  const pakai = el('button', { type: 'button', class: 'sekunder', 'data-koreksi-induk-terapkan': '' }, t('terapkan'));
  pakai.addEventListener('click', () => koreksiBaru({ jenis: 'induk', tabel: table.id, baris: pilihBaris.value, induk: pilihInduk.value || null }));
  const details = el('details', { class: 'cara-baca', 'data-tabel-koreksi': table.id },
    el('summary', {}, `${t('caraDibaca')}${c ? ` — ${t('keyakinan')} ${c.keyakinan}` : ''}`),
    ...info,
    el('div', { class: 'koreksi', role: 'group', 'aria-label': `${t('koreksi')} ${table.id}` },
      ...(kolom.length ? kolom : [el('p', {}, t('tanpaAngka'))]),
      label(t('gayaAngka'), gaya),
      ...(rows.length ? [el('span', { class: 'induk' }, label(t('baris'), pilihBaris), label(t('induk'), pilihInduk), pakai)] : []),
    ),
  );
  // Open where the import was unsure, or where the auditor is at work.
  if (c?.keyakinan === 'rendah' || impor.koreksi.some((k) => k.tabel === table.id)) details.open = true;
  return details;
}

function tampilkanCakupan(): void {
  if (!current) return;
  const c = current.hasil.coverage;
  const rows = c.tables.map((x) => el('tr', {}, el('td', {}, x.table), ...[x.read, x.inputs, x.derived, x.checked, x.notChecked.length].map((n) => el('td', { class: 'n' }, String(n)))));
  const table = el('table', {}, el('thead', {}, el('tr', {}, ...[t('tabel'), t('dibaca'), t('masukanAngka'), t('turunan'), t('dihitung'), t('tidakDiperiksa')].map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...rows));
  const list = c.notChecked.map((x) => el('li', {}, `${x.table} › ${x.row} › ${x.column}: ${x.printed} — `, el('code', {}, x.reason), ` (${x.detail})`));
  $('#cakupan').replaceChildren(table, ...(list.length ? [el('h4', {}, t('tidakDiperiksa')), el('ul', {}, ...list)] : []));
}

function unduh(name: string, isi: string | Uint8Array, type: string): void {
  const a = el('a', { download: name, href: URL.createObjectURL(new Blob([isi as BlobPart], { type })) });
  document.body.append(a);
  a.click();
  a.remove();
}

function ekspor(kind: string): void {
  if (!current) return;
  const base = current.hasil.id;
  if (kind === 'xlsx') unduh(`${base}-temuan.xlsx`, toXlsx([current.hasil], lang), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  else if (kind === 'csv') unduh(`${base}-temuan.csv`, toCsv([current.hasil], lang, lang === 'id' ? ';' : ','), 'text/csv;charset=utf-8');
  else if (kind === 'html') unduh(`${base}-temuan.html`, toHtml([current.hasil], lang, 'web'), 'text/html;charset=utf-8');
  else if (kind === 'json') unduh(`${base}-temuan.json`, toJson([current.hasil]), 'application/json');
  else if (kind === 'dataset') unduh(`${base}.json`, `${JSON.stringify(current.data, null, 2)}\n`, 'application/json');
}

function hitung(e: Event): void {
  e.preventDefault();
  const out = $('#k-hasil');
  try {
    const c = capaian({ target: ($('#k-target') as HTMLInputElement).value, realisasi: ($('#k-realisasi') as HTMLInputElement).value }, { arah: ($('#k-arah') as HTMLSelectElement).value as 'positif' | 'negatif', decimals: 2 });
    const band = c.value === null ? null : predikat(c, ($('#k-skala') as HTMLSelectElement).value);
    out.className = '';
    out.textContent = `${c.rounded === null ? 'NA' : `${formatAngka(c.rounded, { decimals: 2 })} %`}${band ? ` — ${band.label}` : ''}. ${c.explanation}`;
  } catch (err) {
    out.className = 'galat';
    out.textContent = isSakipError(err) ? `${err.code}: ${err.message}` : String(err);
  }
}

function terjemahkan(): void {
  document.documentElement.lang = lang;
  for (const e of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const k = e.dataset.i18n as keyof (typeof KATA)['id'];
    if (KATA[lang][k]) e.textContent = KATA[lang][k];
  }
  tampilkan();
}

function mulai(): void {
  // Started now, so that it has compiled the library by the time a report arrives.
  void siapkan('dasar');
  $('#contoh').replaceChildren(...CONTOH.map((id) => {
    const b = el('button', { type: 'button', class: 'sekunder', 'data-contoh': id }, id);
    b.addEventListener('click', () => muatContoh(id));
    return b;
  }));
  const input = $('#berkas') as HTMLInputElement;
  input.addEventListener('change', () => input.files?.[0] && void bacaFile(input.files[0]));
  const zone = $('#jatuhkan');
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('aktif');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('aktif'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('aktif');
    const f = e.dataTransfer?.files[0];
    if (f) void bacaFile(f);
  });
  for (const c of document.querySelectorAll('[data-saring]')) c.addEventListener('change', tampilkanTemuan);
  $('#saring-tabel').addEventListener('change', tampilkanTemuan);
  $('#saring-kode').addEventListener('change', tampilkanTemuan);
  $('#form-tempel').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = ($('#tempel') as HTMLTextAreaElement).value;
    if (text.trim()) baca(t('namaTempelan'), text);
  });
  for (const b of document.querySelectorAll<HTMLElement>('[data-ekspor]')) b.addEventListener('click', () => ekspor(b.dataset.ekspor!));
  $('#cetak').addEventListener('click', () => window.print());
  $('#k-skala').replaceChildren(...Object.keys(scales).map((id) => el('option', { value: id }, id)));
  $('#form-capaian').addEventListener('submit', hitung);
  const pilih = $('#bahasa') as HTMLSelectElement;
  pilih.addEventListener('change', () => {
    lang = pilih.value === 'en' ? 'en' : 'id';
    terjemahkan();
  });
}

mulai();

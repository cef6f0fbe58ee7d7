// The auditor's page: drop a report dataset (JSON or CSV) or pick a shipped example, see every
// finding on its cell, the coverage, and hand the result on. Runs from file:// with no request to
// any other origin: the examples are separate classic scripts, loaded only when asked.
import { toCsv } from '../cli/render-csv.js';
import { toHtml } from '../cli/render-html.js';
import { toXlsx } from '../cli/render-xlsx.js';
import { toJson } from '../cli/render.js';
import { capaian, formatAngka, predikat, scales, isSakipError } from '../index.js';
import type { DatasetLaporan, HasilVerifikasi, Severity, Temuan } from '../index.js';
import { periksaData, periksaTeks, type Balasan } from './baca.js';
import { DEFAULT_COLUMN } from '../verifikasi/baca.js';
import { KATA, type Bahasa } from './kata.js';

declare global {
  interface Window {
    sakipContoh?: Record<string, unknown>;
    sakipPekerja?: string;
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
let current: { name: string; data: DatasetLaporan; hasil: HasilVerifikasi } | null = null;

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

type Permintaan = { name: string; text: string } | { name: string; data: unknown };

// The worker is made once, from the source pekerja.js put on the page; where none can start
// (an old browser, a page saved without pekerja.js), the same code runs here.
let pekerja: Worker | null | undefined;
let nomor = 0;

function buatPekerja(): Worker | null {
  if (pekerja !== undefined) return pekerja;
  try {
    pekerja = window.sakipPekerja ? new Worker(URL.createObjectURL(new Blob([window.sakipPekerja], { type: 'text/javascript' }))) : null;
  } catch {
    pekerja = null;
  }
  return pekerja;
}

function kemajuan(selesai: number, total: number): void {
  const bar = $('#kemajuan') as HTMLProgressElement;
  bar.hidden = selesai >= total;
  bar.max = Math.max(1, total);
  bar.value = selesai;
}

function terima(b: Balasan): void {
  if (b.jenis === 'kemajuan') return kemajuan(b.selesai, b.total);
  kemajuan(1, 1);
  if (b.jenis === 'galat') return status(`${b.name}: ${b.json ? `${t('jsonRusak')} (${b.pesan})` : b.pesan}`, true);
  current = { name: b.name, data: b.data, hasil: b.hasil };
  status(`${b.name}: ${t('selesai')}`);
  tampilkan();
}

/** Reads and verifies off the page when a worker runs; only the latest request is shown. */
function proses(m: Permintaan): void {
  const saya = ++nomor;
  const mine = (b: Balasan) => {
    if (saya === nomor) terima(b);
  };
  kemajuan(0, 1);
  const w = buatPekerja();
  const diSini = () => mine('text' in m ? periksaTeks(m.name, m.text, mine) : periksaData(m.name, m.data, mine));
  if (!w) return diSini();
  // Marked for tests and curious readers: the result came from the worker.
  w.onmessage = (e: MessageEvent<Balasan>) => {
    document.body.dataset.pekerja = 'ya';
    mine(e.data);
  };
  w.onerror = (e) => {
    e.preventDefault();
    pekerja = null;
    diSini();
  };
  w.postMessage(m);
}

function bacaBerkas(file: File): void {
  status(`${t('membaca')} ${file.name}…`);
  file.text().then((text) => proses({ name: file.name, text }), (e: unknown) => status(`${file.name}: ${String(e)}`, true));
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
  const tables = [...new Set(hasil.findings.map((f) => f.location.table))];
  $('#saring-tabel').replaceChildren(el('option', { value: '' }, t('semua')), ...tables.map((x) => el('option', { value: x }, x)));
  tampilkanTemuan();
  tampilkanTabel();
  tampilkanCakupan();
}

function tampilkanTemuan(): void {
  if (!current) return;
  const on = new Set([...document.querySelectorAll<HTMLInputElement>('[data-saring]')].filter((c) => c.checked).map((c) => c.dataset.saring));
  const table = ($('#saring-tabel') as HTMLSelectElement).value;
  const list = current.hasil.findings.filter((f) => on.has(f.severity) && (!table || f.location.table === table));
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
    out.push(el('h4', {}, table.id), el('table', {}, el('thead', {}, head), el('tbody', {}, ...body)));
  }
  $('#tabel-tabel').replaceChildren(...out);
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
  buatPekerja();
  $('#contoh').replaceChildren(...CONTOH.map((id) => {
    const b = el('button', { type: 'button', class: 'sekunder', 'data-contoh': id }, id);
    b.addEventListener('click', () => muatContoh(id));
    return b;
  }));
  const input = $('#berkas') as HTMLInputElement;
  input.addEventListener('change', () => input.files?.[0] && bacaBerkas(input.files[0]));
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
    if (f) bacaBerkas(f);
  });
  for (const c of document.querySelectorAll('[data-saring]')) c.addEventListener('change', tampilkanTemuan);
  $('#saring-tabel').addEventListener('change', tampilkanTemuan);
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

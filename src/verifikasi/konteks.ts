import type { Decimal } from '../angka/decimal.js';
import { formatAngka } from '../angka/format.js';
import type { Rounding } from '../angka/round.js';
import { roundingMode } from '../angka/round.js';
import { DEFAULT_COLUMN, type BarisTerbaca, type SelTerbaca } from './baca.js';
import type { AlasanTidakDiperiksa } from './cakupan.js';
import { kodeTemuan, type KodeTemuan, type Lokasi, type Temuan } from './temuan.js';

/** How a recomputed exact value compares with a printed figure at its printed precision. */
export type Banding = { kind: 'match' } | { kind: 'rounding'; rounding: 'down' | 'half-even' } | { kind: 'mismatch' };

/**
 * The rounding diagnosis: equal when rounded half-up to the printed decimals (the printed
 * convention); "rounding" when only another named rounding gives the printed figure.
 */
export function banding(exact: Decimal, printed: Decimal, decimals: number): Banding {
  const at = (r: Rounding) => exact.toDecimalPlaces(decimals, roundingMode(r)).eq(printed);
  if (at('half-up')) return { kind: 'match' };
  // Truncation and banker's rounding are conventions some reports follow; rounding every figure
  // up is not, so a figure one unit too high is a mismatch, not a rounding difference.
  for (const r of ['down', 'half-even'] as const) if (at(r)) return { kind: 'rounding', rounding: r };
  return { kind: 'mismatch' };
}

export const ROUNDING_TEXT: Record<'down' | 'half-even', string> = {
  down: 'dipotong (bukan dibulatkan)',
  'half-even': 'dibulatkan setengah ke genap',
};

/** Collects findings for one dataset, and which printed derived figures were checked by which rule. */
export class Pencatat {
  readonly findings: Temuan[] = [];
  /** Per row, field → the rule that recomputed the printed figure. */
  readonly checked = new Map<BarisTerbaca, Map<string, string>>();
  /** Per row, field → why the printed figure could not be recomputed (when a check knows better than the sweep). */
  readonly skipped = new Map<BarisTerbaca, Map<string, { reason: AlasanTidakDiperiksa; detail: string }>>();
  /** The dataset path of each finding's row (`tabel[0].baris[3]`), to find the cell again. */
  readonly jalur = new WeakMap<Temuan, string>();

  /** Records that `rule` recomputed the printed `field` of `row` (whatever the outcome). */
  periksa(row: BarisTerbaca, field: string, rule: string): void {
    let m = this.checked.get(row);
    if (!m) this.checked.set(row, (m = new Map()));
    if (!m.has(field)) m.set(field, rule);
  }

  /** Records why the printed `field` of `row` could not be recomputed. */
  lewati(row: BarisTerbaca, field: string, reason: AlasanTidakDiperiksa, detail: string): void {
    let m = this.skipped.get(row);
    if (!m) this.skipped.set(row, (m = new Map()));
    if (!m.has(field)) m.set(field, { reason, detail });
  }

  add(
    code: KodeTemuan,
    where: { row: BarisTerbaca | null; table?: string; rowLabel?: string; field?: string; column?: string },
    message: string,
    detail: { published?: string | null; exact?: Decimal | null; decimals?: number; style?: 'id' | 'en' | undefined; label?: string | null } = {},
  ): void {
    const { row } = where;
    const location: Lokasi = {
      table: where.table ?? row?.table.id ?? '',
      row: where.rowLabel ?? (row ? label(row) : ''),
      column: where.column ?? (row && where.field ? column(row, where.field) : ''),
    };
    const exact = detail.exact ?? null;
    const temuan: Temuan = Object.freeze({
      code,
      severity: kodeTemuan[code].severity,
      location: Object.freeze(location),
      published: detail.published ?? null,
      // A label finding (predikat) recomputes a label, not a number.
      recomputed: detail.label !== undefined ? detail.label : exact === null ? null : exact.toFixed(),
      recomputedPrinted:
        detail.label !== undefined
          ? detail.label
          : exact === null
            ? null
            : formatAngka(exact, { decimals: detail.decimals ?? 2, locale: detail.style ?? row?.locale ?? 'id' }),
      message,
      rowId: row?.baris.id ?? null,
      field: where.field ?? null,
    });
    this.findings.push(temuan);
    if (row) this.jalur.set(temuan, row.path);
  }
}

export function label(row: BarisTerbaca): string {
  const no = row.baris.no?.trim();
  return no ? `${no}${/[.)]$/.test(no) ? '' : '.'} ${row.baris.nama}` : row.baris.nama;
}

export function column(row: BarisTerbaca, field: string): string {
  const header = row.table.kolom?.[field] ?? DEFAULT_COLUMN[field] ?? field;
  return row.baris.kolom ? `${row.baris.kolom} › ${header}` : header;
}

/** A number cell that can be checked: present, not garbled, not a text. */
export function angka(row: BarisTerbaca, field: keyof BarisTerbaca['cells']): (SelTerbaca & { value: Decimal }) | null {
  const c = row.cells[field];
  return c && c.value !== null ? (c as SelTerbaca & { value: Decimal }) : null;
}

/** A figure at the printed precision, in the style of the printed cell (else the row's), for messages. */
export function tampil(x: Decimal, decimals: number, row: BarisTerbaca | null, style?: 'id' | 'en'): string {
  return formatAngka(x, { decimals, locale: style ?? row?.locale ?? 'id' });
}

/** True when the row's printed `field` is an aggregate of other rows (checked as such, not by its own formula). */
export function isAggregate(row: BarisTerbaca, field: string): boolean {
  const a = row.baris.agregat;
  return a !== undefined && (a.hasil ?? a.kolom) === field;
}

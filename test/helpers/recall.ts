/**
 * The acceptance measure of issue 11: how many of the `error` and `rounding` findings of a
 * hand-written dataset the import of the same report's text finds, matched by table and printed
 * figure, and which `error` findings of the import the hand-written dataset does not give.
 *
 * Tables are matched by content, since the hand-written datasets name un-numbered tables by their
 * section ("Bab III.A.1 Capaian indikator sasaran RPD 2023") and the import by their order: two
 * tables correspond when they carry the same id, or when half the printed figures of the smaller
 * are printed in the other; prose sections correspond to prose sections the same way. A finding
 * is found when a finding of the same severity, on the same printed figure, sits in a
 * corresponding table; each import finding counts for one hand finding only.
 */
import type { DatasetLaporan, Sel } from '../../src/index.js';
import type { HasilVerifikasi, Temuan } from '../../src/index.js';

/** A printed figure as compared: no spaces, "%", "Rp" or ",-"; lower case. */
export function normalAngka(s: string | null): string {
  return (s ?? '')
    .toLowerCase()
    .replace(/rp\.?/g, '')
    .replace(/[\s%]/g, '')
    .replace(/[,.]-$/, '')
    // a unit after the figure ("71.048 KM") is no part of it
    .replace(/^([-\d.,]*\d)\p{L}{1,12}$/u, '$1');
}

const FIELDS = ['target', 'realisasi', 'pembilang', 'penyebut', 'capaian', 'nilai', 'paguMurni', 'pagu', 'realisasiAnggaran', 'serapan', 'sisa', 'outputTarget', 'outputRealisasi', 'efisiensi'] as const;

function printed(c: Sel | undefined): string | null {
  if (c === undefined) return null;
  return typeof c === 'string' ? c : c.printed;
}

/** The printed figures of each table of a dataset (normalised). */
function figures(d: DatasetLaporan): Map<string, { set: Set<string>; prosa: boolean }> {
  const out = new Map<string, { set: Set<string>; prosa: boolean }>();
  for (const t of d.tabel) {
    const set = new Set<string>();
    for (const b of t.baris) {
      for (const f of FIELDS) {
        const p = normalAngka(printed(b[f]));
        if (/\d/.test(p)) set.add(p);
      }
    }
    out.set(t.id, { set, prosa: t.prosa === true });
  }
  return out;
}

function corresponds(a: { set: Set<string>; prosa: boolean } | undefined, b: { set: Set<string>; prosa: boolean } | undefined): boolean {
  if (!a || !b || a.prosa !== b.prosa) return false;
  const [small, big] = a.set.size <= b.set.size ? [a.set, b.set] : [b.set, a.set];
  if (small.size === 0) return false;
  let same = 0;
  for (const x of small) if (big.has(x)) same++;
  return same / small.size >= 0.5;
}

export interface Banding {
  /** Hand findings (error, rounding) and whether the import found each. */
  readonly hand: readonly { readonly temuan: Temuan; readonly found: Temuan | null }[];
  readonly found: number;
  readonly total: number;
  /** Import `error` findings with no `error` of the hand dataset on the same figure in a corresponding table. */
  readonly falseErrors: readonly Temuan[];
}

/** Compares the findings of the import with those of the hand-written dataset of the same report. */
export function banding(handData: DatasetLaporan, hand: HasilVerifikasi, imporData: DatasetLaporan, impor: HasilVerifikasi): Banding {
  const fh = figures(handData);
  const fi = figures(imporData);
  const corr = (th: string, ti: string) => th === ti || corresponds(fh.get(th), fi.get(ti));
  const wanted = hand.findings.filter((f) => f.severity === 'error' || f.severity === 'rounding');
  const pool = impor.findings.filter((f) => f.severity === 'error' || f.severity === 'rounding');
  const used = new Set<Temuan>();
  const rows = wanted.map((h) => {
    const p = normalAngka(h.published);
    const candidates = pool.filter((i) => !used.has(i) && i.severity === h.severity && normalAngka(i.published) === p && corr(h.location.table, i.location.table));
    // The same row name first, then any.
    const best = candidates.find((i) => i.location.row.toLowerCase().includes(h.location.row.toLowerCase().slice(0, 20))) ?? candidates[0] ?? null;
    if (best) used.add(best);
    return { temuan: h, found: best };
  });
  const falseErrors = pool.filter(
    (i) => i.severity === 'error' && !hand.findings.some((h) => h.severity === 'error' && normalAngka(h.published) === normalAngka(i.published) && corr(h.location.table, i.location.table)),
  );
  return { hand: rows, found: rows.filter((r) => r.found).length, total: rows.length, falseErrors };
}

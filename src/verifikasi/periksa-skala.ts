import { isDash } from '../angka/batas.js';
import type { Decimal } from '../angka/decimal.js';
import { formatAngka } from '../angka/format.js';
import { ErrorCode, SakipError } from '../errors.js';
import { scales } from '../predikat/builtin.js';
import { posisiBand, predikat, resolveScale } from '../predikat/predikat.js';
import { defineScaleTercetak, type Band, type BandInput, type Scale } from '../predikat/scale.js';
import { bacaSel, type BarisTerbaca } from './baca.js';
import type { DatasetLaporan, SkalaTercetak } from './dataset.js';
import { angka, Pencatat } from './konteks.js';

/** A printed scale, validated, with what was wrong with it as printed. */
export interface SkalaTerbaca {
  readonly tercetak: SkalaTercetak | null;
  readonly scale: Scale;
  /** Values printed in two bands (an overlap read one way); either label is accepted there. */
  readonly overlapPoints: readonly Decimal[];
}

/** Builds every printed scale of a dataset, reporting gaps, overlaps and differences from the regulation cited. */
export function bacaSkala(data: DatasetLaporan, log: Pencatat): Map<string, SkalaTerbaca> {
  const out = new Map<string, SkalaTerbaca>();
  data.skala.forEach((s, i) => {
    const where = { row: null, table: s.table ?? `skala ${s.id}`, rowLabel: `Skala ${s.id}`, column: 'Band' };
    const bands: BandInput[] = s.bands.map((b, j) => ({
      label: b.label,
      min: b.min === null ? null : bound(b.min, data.locale, `skala[${i}].bands[${j}].min`),
      minInclusive: b.minInclusive,
      max: b.max === null ? null : bound(b.max, data.locale, `skala[${i}].bands[${j}].max`),
      maxInclusive: b.maxInclusive,
    }));
    // A printed scale that overlaps is read with each shared edge in the lower band, and the overlap reported.
    const { scale, overlapPoints } = defineScaleTercetak({ id: s.id, source: s.sumber || s.id, bands, above: s.above ?? 'none', below: s.below ?? 'none' });
    if (overlapPoints.length > 0) {
      log.add('SKALA_TUMPANG_TINDIH', where,
        `Skala ${s.id} menempatkan ${overlapPoints.map((p) => formatAngka(p)).join(', ')} pada dua band sekaligus; diperiksa dengan menerima label mana pun di titik itu.`);
    }
    if (scale.gaps.length > 0) {
      const gaps = scale.gaps.map((g) => `${g.minInclusive ? '[' : '('}${formatAngka(g.min)}; ${formatAngka(g.max)}${g.maxInclusive ? ']' : ')'}`);
      log.add('SKALA_CELAH', where,
        `Skala ${s.id} tidak mencakup ${gaps.join(', ')}: nilai di sana tidak punya predikat menurut tabel tercetak.`);
    }
    if (s.mengacu) compareRegulation(s, scale, resolveScale(s.mengacu), log, where);
    out.set(s.id, Object.freeze({ tercetak: s, scale, overlapPoints: Object.freeze(overlapPoints) }));
  });
  return out;
}

function bound(cell: NonNullable<SkalaTercetak['bands'][number]['min']>, locale: 'id' | 'en' | undefined, field: string): Decimal {
  const c = bacaSel(cell, locale, field);
  if (c.value === null) throw new SakipError(ErrorCode.SCALE_INVALID, field, c.printed, 'batas band harus angka');
  return c.value;
}

function compareRegulation(s: SkalaTercetak, printed: Scale, regulation: Scale, log: Pencatat, where: Parameters<Pencatat['add']>[1]): void {
  // Inner edges must agree in value and inclusivity; the outer ends only in value (whether a
  // score of exactly 0 is "> 0" changes no real grade).
  const edges = (sc: Scale) =>
    sc.bands.map((b, i) => {
      const lo = b.min === null ? '-∞' : `${b.min.toString()}${i === 0 ? '' : b.minInclusive ? '≤' : '<'}`;
      const hi = b.max === null ? '∞' : `${i === sc.bands.length - 1 ? '' : b.maxInclusive ? '≤' : '<'}${b.max.toString()}`;
      return `${lo}x${hi}`;
    });
  const a = edges(printed);
  const b = edges(regulation);
  if (a.length === b.length && a.every((k, i) => k === b[i])) return;
  log.add('SKALA_BEDA_REGULASI', where,
    `Skala ${s.id} mengutip ${s.sumber}, tetapi batas bandnya berbeda dari ${regulation.id} (${regulation.source}): tercetak ${a.join('; ')}, regulasi ${b.join('; ')}.`);
}

const norm = (x: string) => x.trim().replace(/\s+/g, ' ').toLowerCase();
const names = (b: Band | null) => (b ? [b.label, b.keterangan].filter((x): x is string => !!x).map(norm) : []);

/** The predikat of a row against the scale its table uses, and against the regulation that scale cites. */
export function periksaPredikat(row: BarisTerbaca, skala: Map<string, SkalaTerbaca>, log: Pencatat, above: Map<string, number>): void {
  const label = row.baris.predikat;
  // A dash or an empty cell prints no predikat, as it prints no number (see bacaSel).
  if (label === undefined || isDash(label)) return;
  const id = row.baris.skala ?? row.table.skala;
  const field = angka(row, 'nilai') ? 'nilai' : 'capaian';
  const cell = angka(row, field);
  if (!id) {
    if (cell) tanpaSkala(row, label, cell, log);
    return;
  }
  if (!cell) return;
  log.periksa(row, 'predikat', 'predikat');
  const s = skala.get(id) ?? { tercetak: null, scale: resolveScale(id), overlapPoints: [] };
  const x = cell.value;
  const where = { row, field: 'predikat' };
  const detail = (band: Band | null) => ({ published: label, label: band?.label ?? null });
  let band: Band | null;
  try {
    band = predikat(x, s.scale);
  } catch (e) {
    if ((e as { code?: string }).code !== ErrorCode.OUT_OF_SCALE) throw e;
    log.add('PREDIKAT_SALAH', where, `Nilai ${cell.printed} di luar rentang skala ${id}; predikat "${label}" tidak sah.`, detail(null));
    return;
  }
  const letak = posisiBand(x, s.scale).letak;
  if (letak === 'di-atas' && s.tercetak) above.set(id, (above.get(id) ?? 0) + 1);
  // Beyond the printed range, practice gives the nearest band (reported once per scale, not per row).
  if (band === null && letak === 'di-atas') band = s.scale.bands[s.scale.bands.length - 1]!;
  if (band === null && letak === 'di-bawah') band = s.scale.bands[0]!;
  const ok = names(band).includes(norm(label)) || (s.overlapPoints.some((p) => p.eq(x)) && s.scale.bands.some((b) => names(b).includes(norm(label))));
  if (band === null) {
    const below = predikat(x, s.scale, { edges: 'half-open' });
    log.add(names(below).includes(norm(label)) ? 'PREDIKAT_CELAH' : 'PREDIKAT_SALAH', where,
      `Nilai ${cell.printed} jatuh di celah skala ${id} (tidak ada band yang mencakupnya); tercetak "${label}"` +
        (below ? `, band di bawah celah adalah "${below.label}".` : '.'), detail(null));
    return;
  }
  if (!ok) {
    log.add('PREDIKAT_SALAH', where, `Nilai ${cell.printed} menurut skala ${id} berpredikat "${band.label}", bukan "${label}".`, detail(band));
    return;
  }
  const mengacu = s.tercetak?.mengacu;
  if (!mengacu) return;
  const regulation = resolveScale(mengacu);
  const vocabulary = regulation.bands.flatMap(names);
  if (!vocabulary.includes(norm(label))) return;
  let other: Band | null;
  try {
    other = predikat(x, regulation);
  } catch {
    other = null;
  }
  if (!names(other).includes(norm(label))) {
    log.add('PREDIKAT_BEDA_REGULASI', where,
      `Menurut ${regulation.id} (${regulation.source}) nilai ${cell.printed} berpredikat "${other?.label ?? 'tanpa band'}", bukan "${label}" seperti pada skala tercetak.`, detail(other));
  }
}

// The scales a capaian percentage is graded on when a report names none.
const CAPAIAN_SCALES = ['permendagri-86-2017', 'permendagri-86-2017-baik', 'kepmendagri-690-1996-efektivitas'];

/**
 * A predikat printed with no scale printed or named: not checked, and (as information) what each
 * built-in scale whose labels include the printed one, else each capaian scale, would give.
 */
function tanpaSkala(row: BarisTerbaca, label: string, cell: { printed: string; value: Decimal }, log: Pencatat): void {
  log.lewati(row, 'predikat', 'tanpa-skala', 'laporan tidak mencetak atau menyebut skala predikat');
  const ids = Object.keys(scales);
  const known = ids.filter((id) => scales[id]!.bands.some((b) => names(b).includes(norm(label))));
  const grades = (known.length > 0 ? known : CAPAIAN_SCALES).map((id) => {
    let band: Band | null;
    try {
      band = predikat(cell.value, scales[id]!);
    } catch {
      band = null;
    }
    return `${id}: ${band ? `"${band.label}"` : 'tanpa band'}`;
  });
  log.add('PREDIKAT_TANPA_SKALA', { row, field: 'predikat' },
    `Predikat "${label}" untuk nilai ${cell.printed} tidak diperiksa: laporan tidak mencetak atau menyebut skalanya. Menurut skala bawaan: ${grades.join('; ')}.`,
    { published: label });
}

/** One warning per printed scale that grades values above its printed top. */
export function laporDiAtasRentang(skala: Map<string, SkalaTerbaca>, above: Map<string, number>, log: Pencatat): void {
  for (const [id, n] of above) {
    const s = skala.get(id)!;
    const top = s.scale.bands[s.scale.bands.length - 1]!;
    log.add('SKALA_DI_ATAS_RENTANG',
      { row: null, table: s.tercetak?.table ?? `skala ${id}`, rowLabel: `Skala ${id}`, column: 'Band' },
      `${n} nilai di atas batas atas skala ${id} (${formatAngka(top.max!)}) diberi predikat; skala tercetak tidak mencakup nilai di atas ${formatAngka(top.max!)}` +
        (s.scale.above === 'top-band' ? `; dibaca sebagai band teratas (${top.label}), seperti praktik laporan.` : '.'));
  }
}

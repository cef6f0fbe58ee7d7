/**
 * One owner per rule (issue 9, item 1): the same random tables through the per-row functions, the
 * batch functions and the verifier give the same values, NA reasons and roll-ups (each blank
 * policy included); the rules each path asks (band position, formula facts, parse ambiguity,
 * rounding, decimals, sign, blank cells) agree wherever they are asked; and no module outside the
 * owners re-states them.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  capaian, capaianKolom, Decimal, defineScale, ErrorCode, nilaiBatch, parseAngka, predikat, predikatBatch, rataRataTertimbang,
  rollupAnggaran, rollupKolom, round, rumusCapaian, scales, serapan, serapanKolom, verifyLaporan,
  type Arah, type DatasetLaporan, type KosongRollup, type RumusId, type Scale,
} from '../src/index.js';
import { ambiguPolos } from '../src/angka/parse.js';
import { compileScale, NO_BAND, OUT_OF_SCALE } from '../src/batch/band-cepat.js';
import { readScaled, type Scaled } from '../src/batch/angka-cepat.js';
import { roundedQuotient } from '../src/batch/pembagian.js';
import { rumusBerbeda, rumusSah, rumusSetara } from '../src/capaian/rumus.js';
import { naCapaian, urutanNACapaian, urutanNASerapan } from '../src/capaian/na.js';
import { decimalsDariTeks } from '../src/angka/round.js';
import { CAPAIAN, PREDIKAT, SERAPAN } from '../src/sheets/index.js';
import { bacaSel } from '../src/verifikasi/baca.js';
import { hitungCapaian } from '../src/cli/perintah-hitung.js';
import { Unusable } from '../src/cli/opsi.js';

const root = join(import.meta.dirname, '..');

/** A printed figure in JavaScript notation with 0–2 decimals (0 and negative targets included). */
const angkaTeks = fc
  .tuple(fc.integer({ min: -2000, max: 500_000 }), fc.integer({ min: 0, max: 2 }))
  .map(([m, s]) => new Decimal(m).div(10 ** s).toFixed(s));
const positif = fc.tuple(fc.integer({ min: 0, max: 9_000_000 }), fc.integer({ min: 0, max: 2 })).map(([m, s]) => new Decimal(m).div(10 ** s).toFixed(s));

const indikator = fc.record({
  target: fc.oneof({ weight: 6, arbitrary: angkaTeks }, { weight: 1, arbitrary: fc.constant('0') }),
  realisasi: fc.oneof({ weight: 6, arbitrary: angkaTeks }, { weight: 1, arbitrary: fc.constant('0') }, { weight: 1, arbitrary: fc.constant(null) }),
  arah: fc.constantFrom<Arah>('positif', 'negatif'),
  rumus: fc.constantFrom<RumusId>('F1', 'F2', 'F3', 'F4', 'F5'),
});

/** Budget lines in groups: every group has at least one line; a realisasi may be blank. */
const anggaran = fc
  .array(fc.array(fc.record({ pagu: positif, realisasi: fc.option(positif, { nil: null, freq: 4 }) }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });

const plus = (x: Decimal, unit: string) => x.plus(unit);

describe('per-row, batch and verifier agree on random tables', () => {
  it('capaian: values, NA reasons and predikat', () => {
    fc.assert(
      fc.property(fc.array(indikator, { minLength: 1, maxLength: 25 }), fc.constantFrom<RumusId | undefined>(undefined, 'F1', 'F2', 'F3', 'F4', 'F5'), (rows, rumus) => {
        const perRow = rows.map((r) => capaian({ target: r.target, realisasi: r.realisasi }, { arah: r.arah, ...(rumus ? { rumus } : {}), decimals: 2, locale: 'en' }));
        const batch = capaianKolom(
          { target: rows.map((r) => r.target), realisasi: rows.map((r) => r.realisasi) },
          { arah: rows.map((r) => r.arah), ...(rumus ? { rumus } : {}), scale: 'permendagri-86-2017', locale: 'en' },
        );
        perRow.forEach((c, i) => {
          expect(batch.reason[i]).toBe(c.reason);
          expect(nilaiBatch(batch, i)?.toFixed(2) ?? null).toBe(c.rounded?.toFixed(2) ?? null);
          expect(predikatBatch(batch, i)?.label ?? null).toBe(c.rounded === null ? null : (predikat(c, 'permendagri-86-2017')?.label ?? null));
        });

        // The verifier, each row stating its formula: printed one hundredth off, it recomputes the exact per-row value;
        // printed right (with its predikat), it finds nothing; NA rows are named with the per-row reason.
        // A row states the formula of the batch when it is one of its direction's (a formula of the other
        // direction is measured by the direction's own, which the verifier reports separately).
        const f = (r: (typeof rows)[number]): RumusId => (rumus && rumusCapaian[rumus].arah === r.arah ? rumus : r.arah === 'negatif' ? 'F2' : 'F1');
        const inVerifier = rows.map((r) => capaian({ target: r.target, realisasi: r.realisasi }, { arah: r.arah, rumus: f(r), decimals: 2, locale: 'en' }));
        const baris = (wrong: boolean) =>
          rows.map((r, i) => {
            const c = inVerifier[i]!;
            const printed = c.rounded === null ? '0.00' : wrong ? plus(c.rounded, '0.01').toFixed(2) : c.rounded.toFixed(2);
            const band = c.rounded === null ? undefined : predikat(c, 'permendagri-86-2017')?.label;
            return {
              id: `${wrong ? 'w' : 'r'}${i}`, nama: `indikator ${i}`, arah: r.arah, rumus: f(r),
              target: r.target, realisasi: r.realisasi ?? '-', capaian: printed, ...(!wrong && band ? { predikat: band } : {}),
            };
          });
        const data = {
          format: 'sakip-laporan/1', id: 'acak', instansi: 'acak', locale: 'en', skala: [],
          tabel: [{ id: 'salah', baris: baris(true) }, { id: 'benar', skala: 'permendagri-86-2017', baris: baris(false) }],
        } as unknown as DatasetLaporan;
        const h = verifyLaporan(data);
        rows.forEach((r, i) => {
          const c = inVerifier[i]!;
          const mine = (id: string) => h.findings.filter((x) => x.rowId === id && x.field === 'capaian');
          if (r.realisasi === null) {
            // A dash: nothing to measure from, for the verifier as for capaian() ('realisasi-kosong').
            expect(c.reason).toBe('realisasi-kosong');
            expect(mine(`w${i}`)).toEqual([]);
            expect(h.coverage.notChecked.some((n) => n.rowId === `w${i}` && n.field === 'capaian' && n.reason === 'tanpa-masukan')).toBe(true);
          } else if (c.value === null) {
            expect(mine(`w${i}`).map((x) => x.code)).toEqual(['CAPAIAN_TIDAK_TERUKUR']);
            expect(mine(`w${i}`)[0]!.message).toContain(c.explanation);
          } else {
            expect(mine(`w${i}`).map((x) => x.recomputed)).toEqual([c.value.toFixed()]);
          }
          expect(h.findings.filter((x) => x.rowId === `r${i}` && x.field !== null && x.code !== 'CAPAIAN_TIDAK_TERUKUR')).toEqual([]);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('serapan and roll-ups, under each blank policy', () => {
    fc.assert(
      fc.property(anggaran, (groups) => {
        const lines = groups.flatMap((g, gi) => g.map((l) => ({ ...l, induk: gi })));
        // Per line: serapan() and serapanKolom.
        const batch = serapanKolom({ pagu: lines.map((l) => l.pagu), realisasi: lines.map((l) => l.realisasi) }, { locale: 'en' });
        lines.forEach((l, i) => {
          const s = serapan({ pagu: l.pagu, realisasi: l.realisasi }, { decimals: 2, locale: 'en' });
          expect(batch.reason[i]).toBe(s.reason);
          expect(nilaiBatch(batch, i)?.toFixed(2) ?? null).toBe(s.rounded?.toFixed(2) ?? null);
        });
        const tree = { nama: 'root', anak: groups.map((g, gi) => ({ nama: `g${gi}`, anak: g.map((l, li) => ({ nama: `l${gi}.${li}`, pagu: l.pagu, realisasi: l.realisasi })) })) };
        const kolom = { induk: lines.map((l) => l.induk), pagu: lines.map((l) => l.pagu), realisasi: lines.map((l) => l.realisasi) };
        const library: Record<KosongRollup, ReturnType<typeof rollupAnggaran>> = {
          'tidak-diketahui': rollupAnggaran(tree, { locale: 'en' }),
          nol: rollupAnggaran(tree, { locale: 'en', kosong: 'nol' }),
        };
        for (const kosong of ['tidak-diketahui', 'nol'] as const) {
          const b = rollupKolom(kolom, groups.length, { locale: 'en', kosong });
          library[kosong].anak.forEach((g, gi) => {
            expect(b.pagu[gi]!.toFixed()).toBe(g.pagu!.toFixed());
            expect(b.realisasi[gi]?.toFixed() ?? null).toBe(g.realisasi?.toFixed() ?? null);
            expect(b.serapan.reason[gi]).toBe(g.serapan!.reason);
            expect(nilaiBatch(b.serapan, gi)?.toFixed(2) ?? null).toBe(g.serapan!.value?.toDecimalPlaces(2).toFixed(2) ?? null);
          });
        }
        // rollupKolom's default is 'nol', rollupAnggaran's 'tidak-diketahui'.
        expect(rollupKolom(kolom, groups.length, { locale: 'en' }).realisasi.map(String)).toEqual(library.nol.anak.map((g) => String(g.realisasi)));

        // The verifier reads a printed dash as 'nol': a parent printed one rupiah off is recomputed as that sum.
        const rows = groups.flatMap((g, gi) => {
          const total = library.nol.anak[gi]!;
          return [
            { id: `g${gi}`, nama: `program ${gi}`, level: 'program', pagu: total.pagu!.toFixed(), realisasiAnggaran: plus(total.realisasi!, '1').toFixed() },
            ...g.map((l, li) => ({ id: `g${gi}.${li}`, induk: `g${gi}`, nama: `sub ${gi}.${li}`, pagu: l.pagu, realisasiAnggaran: l.realisasi ?? '-' })),
          ];
        });
        const h = verifyLaporan({ format: 'sakip-laporan/1', id: 'acak', instansi: 'acak', locale: 'en', skala: [], tabel: [{ id: 'T', baris: rows }] } as unknown as DatasetLaporan);
        groups.forEach((_, gi) => {
          const found = h.findings.filter((f) => f.rowId === `g${gi}` && f.code === 'ROLLUP_SALAH');
          expect(found.map((f) => [f.field, f.recomputed])).toEqual([['realisasiAnggaran', library.nol.anak[gi]!.realisasi!.toFixed()]]);
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('NA precedence is asked of its owner (capaian/na.ts)', () => {
  /** Every kind of figure a row may hold: blank in each form, zero in each form, a value, a sign, unreadable, ambiguous, too long for the fast reader. */
  const figures: unknown[] = [
    null, undefined, '', ' ', '-', '—', 0, -0, '0', '0.00', '-0', new Decimal(0), 5, '5.15', new Decimal('7.5'), -3, '-3.5',
    'abc', '1.234', '12345678901234567.5', '0.000000000000000000000001', new Decimal('1e-30'), Number.NaN, { min: 1, max: 2 },
  ];
  const outcome = (f: () => { reason: string | null; value: unknown }) => {
    try {
      const r = f();
      return r.reason ?? (r.value === null ? 'null' : 'nilai');
    } catch (e) {
      return (e as { code?: string }).code ?? 'raw';
    }
  };
  it('capaian: the batch gives the per-row reason (or error) for every pair of figures, direction and formula', () => {
    let na = 0;
    for (const target of figures) {
      for (const realisasi of figures) {
        for (const arah of ['positif', 'negatif'] as const) {
          for (const rumus of ['F1', 'F2', 'F3', 'F4', 'F5'] as const) {
            const perRow = outcome(() => capaian({ target, realisasi } as never, { arah, rumus, locale: 'en' }));
            const batch = outcome(() => {
              const h = capaianKolom({ target: [target], realisasi: [realisasi] } as never, { arah, rumus, locale: 'en' });
              return { reason: h.reason[0]!, value: Number.isNaN(h.scaled[0]!) ? null : 1 };
            });
            expect(batch, `${String(target)} / ${String(realisasi)} ${arah} ${rumus}`).toBe(perRow);
            if (perRow.includes('-')) na++;
          }
        }
      }
    }
    // Every reason of the precedence occurs, so each branch was compared.
    expect(na).toBeGreaterThan(1000);
  });
  it('capaian and the batch follow the data: realisasi-kosong before target-kosong before target-nol before realisasi-nol', () => {
    expect(urutanNACapaian.map((u) => u.reason)).toEqual(['realisasi-kosong', 'target-kosong', 'target-nol', 'realisasi-nol']);
    expect(naCapaian('kosong', undefined, true)).toBe('realisasi-kosong');
    expect(naCapaian('nol', 'kosong', true)).toBe('target-kosong');
    expect(naCapaian('nol', 'nol', true)).toBe('target-nol');
    expect(naCapaian('nol', 'ada', true)).toBe('realisasi-nol');
    expect(naCapaian('nol', 'ada', false)).toBeNull();
    expect(capaian({ target: null, realisasi: null }).reason).toBe('realisasi-kosong');
    expect(capaian({ target: 'x', realisasi: undefined }).reason).toBe('realisasi-kosong');
    expect(capaian({ target: null, realisasi: 0 }, { rumus: 'F4' }).reason).toBe('target-kosong');
    expect(capaian({ target: 0, realisasi: 0 }, { rumus: 'F4' }).reason).toBe('target-nol');
    expect(capaianKolom({ target: [null, 0, 0], realisasi: [0, 0, null] }, { rumus: 'F4' }).reason).toEqual(['target-kosong', 'target-nol', 'realisasi-kosong']);
  });
  it('serapan: the batch gives the per-row reason (or error) for every pair of figures', () => {
    for (const pagu of figures) {
      for (const realisasi of figures) {
        const perRow = outcome(() => serapan({ pagu, realisasi } as never, { locale: 'en' }));
        const batch = outcome(() => {
          const h = serapanKolom({ pagu: [pagu], realisasi: [realisasi] } as never, { locale: 'en' });
          return { reason: h.reason[0]!, value: Number.isNaN(h.scaled[0]!) ? null : 1 };
        });
        expect(batch, `${String(pagu)} / ${String(realisasi)}`).toBe(perRow);
      }
    }
    expect(urutanNASerapan.map((u) => u.reason)).toEqual(['realisasi-kosong', 'pagu-nol']);
    expect(serapanKolom({ pagu: [0, 0], realisasi: [null, 5] }).reason).toEqual(['realisasi-kosong', 'pagu-nol']);
  });
});

describe('the rules agree wherever they are asked', () => {
  const allScales: Scale[] = [
    ...Object.values(scales),
    defineScale({
      id: 'terbuka', source: 'uji', above: 'invalid', below: 'bottom-band',
      bands: [
        { label: 'a', min: null, minInclusive: false, max: '10.5', maxInclusive: false },
        { label: 'b', min: '10.5', minInclusive: false, max: '20', maxInclusive: false },
        { label: 'c', min: '20.25', minInclusive: true, max: '30', maxInclusive: true },
      ],
    }),
  ];

  it('band position: the compiled batch scale gives predikat’s answer for every integer near every bound', () => {
    for (const scale of allScales) {
      for (const decimals of [0, 1, 2, 3]) {
        for (const edges of ['as-printed', 'half-open'] as const) {
          const c = compileScale(scale, decimals, edges);
          const f = 10 ** decimals;
          const near = scale.bands.flatMap((b) => [b.min, b.max]).filter((x): x is Decimal => x !== null)
            .flatMap((x) => { const q = Number(x.times(f).round().toFixed(0)); return [-2, -1, 0, 1, 2].map((d) => q + d); });
          for (const q of [...near, -1e9, 1e9]) {
            let want: number;
            try {
              const b = predikat(new Decimal(q).div(f), scale, { edges });
              want = b === null ? NO_BAND : scale.bands.indexOf(b);
            } catch (e) {
              expect((e as { code: string }).code).toBe(ErrorCode.OUT_OF_SCALE);
              want = OUT_OF_SCALE;
            }
            expect(c.lookup(q), `${scale.id} ${decimals} ${edges} ${q}`).toBe(want);
          }
        }
      }
    }
  });

  it('formula facts: F2 ≡ F3 by data and by value; validity per direction', () => {
    expect(rumusSetara('F2', 'F3')).toBe(true);
    expect(rumusSetara('F2', 'F4')).toBe(false);
    expect(rumusSah('positif')).toEqual(['F1']);
    expect(rumusSah('negatif')).toEqual(['F2', 'F3', 'F4']);
    expect(rumusBerbeda(rumusSah('negatif'))).toEqual(['F2', 'F4']);
    expect(rumusBerbeda()).toEqual(['F1', 'F2', 'F4', 'F5']);
    expect(Object.values(rumusCapaian).filter((r) => !r.sah).map((r) => r.id)).toEqual(['F5']);
    fc.assert(
      fc.property(angkaTeks.filter((t) => !new Decimal(t).isZero()), angkaTeks.filter((r) => !new Decimal(r).isZero()), (t, r) => {
        const [T, R] = [new Decimal(t), new Decimal(r)];
        for (const a of Object.values(rumusCapaian)) {
          for (const b of Object.values(rumusCapaian)) {
            if (rumusSetara(a.id, b.id)) expect(a.hitung(T, R).eq(b.hitung(T, R))).toBe(true);
          }
        }
        // The data's coefficients are the printed statement: (t·T + r·R) / (T or R) × 100.
        for (const f of Object.values(rumusCapaian)) {
          const { t: ct, r: cr, per } = f.bentuk;
          expect(f.hitung(T, R).eq(T.times(ct).plus(R.times(cr)).div(per === 'T' ? T : R).times(100))).toBe(true);
        }
      }),
    );
  });

  it('parse ambiguity: the batch reader’s shortcut gives the parser’s answer on every plain numeral', () => {
    const numeral = fc.tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,9}$/), fc.stringMatching(/^[0-9]{0,5}$/))
      .map(([neg, a, b]) => ({ text: `${neg ? '-' : ''}${a}${b === '' ? '' : `.${b}`}`, decimals: b === '' ? -1 : b.length }));
    fc.assert(
      fc.property(numeral, ({ text, decimals }) => {
        const refused = (() => {
          try {
            parseAngka(text);
            return false;
          } catch (e) {
            return (e as { code: string }).code === ErrorCode.AMBIGUOUS_NUMBER;
          }
        })();
        expect(ambiguPolos(text, decimals)).toBe(refused);
        // And the batch reader reads exactly what the gate reads, or hands the gate what it refuses.
        const out: Scaled = { m: 0, s: 0, blank: false, ok: true };
        let gate: string;
        try {
          gate = new Decimal(capaian({ target: text, realisasi: '1' }).target!).toFixed();
        } catch (e) {
          gate = (e as { code: string }).code;
        }
        let fast: string;
        try {
          readScaled(text, 'target', 0, { locale: 'auto' }, out);
          fast = new Decimal(out.m).div(10 ** out.s).toFixed();
        } catch (e) {
          fast = (e as { code: string }).code;
        }
        expect(fast).toBe(gate);
      }),
      { numRuns: 2000 },
    );
    expect(ambiguPolos('1.234', 3)).toBe(true);
    expect(ambiguPolos('-1.234', 3)).toBe(true);
    expect(ambiguPolos('0.234', 3)).toBe(false);
  });

  it('a blank policy or a rounding mode the rules do not know is refused or left to the exact path', () => {
    expect(() => rollupKolom({ induk: [0], pagu: ['1'], realisasi: [null] }, 1, { kosong: 'kosong' as never })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_OPTION }));
    expect(() => rollupAnggaran({ nama: 'p' }, { kosong: 0 as never })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_OPTION }));
    // A mode that is neither to nearest nor toward / away from zero (ROUND_CEIL) is not filtered.
    expect(roundedQuotient(1, 3, 2, Decimal.ROUND_CEIL)).toBeNaN();
    expect(roundedQuotient(1, 3, 2, Decimal.ROUND_HALF_EVEN)).toBe(33);
  });

  it('rounding by name: the batch and round() agree in every mode, ties included', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 99_999 }), fc.constantFrom('half-up', 'half-even', 'down', 'up') as fc.Arbitrary<'half-up'>, (a, b, rounding) => {
        const h = capaianKolom({ target: [String(b)], realisasi: [String(a)] }, { decimals: 1, rounding });
        expect(nilaiBatch(h, 0)!.toFixed(1)).toBe(round(new Decimal(a).div(b).times(100), 1, rounding).toFixed(1));
      }),
    );
  });

  it('the decimals rule is one: the library, the spreadsheet functions and the CLI accept and refuse the same', () => {
    const io = { out: () => {}, err: () => {} } as never;
    for (const k of [-1, 0, 2, 20, 21, 2.5, Number.NaN]) {
      const lib = (() => { try { return capaian({ target: 80, realisasi: 60 }, { decimals: k }).rounded!.toFixed(); } catch { return 'tolak'; } })();
      const sheet = CAPAIAN(80, 60, null, null, k);
      expect(typeof sheet === 'number' ? new Decimal(sheet).toFixed() : 'tolak', String(k)).toBe(lib);
      if (lib !== 'tolak') expect(decimalsDariTeks(` ${k} `, 'desimal')).toBe(k);
      if (Number.isInteger(k) && k >= 0) {
        const cli = (() => { try { hitungCapaian('id', ['--target', '80', '--realisasi', '60', '--desimal', String(k)], io, () => ''); return 'ok'; } catch (e) { return e instanceof Unusable ? 'tolak' : 'galat'; } })();
        expect(cli, String(k)).toBe(lib === 'tolak' ? 'tolak' : 'ok');
      }
    }
    expect(SERAPAN(100, 60, '25')).toMatch(/^#SAKIP_INVALID_OPTION: desimal: /);
    expect(SERAPAN(100, 60, 25)).toMatch(/^#SAKIP_INVALID_OPTION: desimal: /);
  });

  it('the sign rule is one: −0 is zero everywhere, −1 negative everywhere', () => {
    const minusZero = new Decimal('-0');
    expect(minusZero.isNegative()).toBe(true);
    expect(serapan({ pagu: 100, realisasi: minusZero }).value!.toString()).toBe('0');
    expect(Array.from(serapanKolom({ pagu: [100, '100'], realisasi: [minusZero, '-0'] }).scaled)).toEqual([0, 0]);
    expect(rollupKolom({ induk: [0, 0], pagu: ['100', minusZero], realisasi: [minusZero, '-0'] }, 1).realisasi.map(String)).toEqual(['0']);
    expect(rollupAnggaran({ nama: 'p', anak: [{ nama: 'a', pagu: minusZero, realisasi: minusZero }] }).pagu!.toString()).toBe('0');
    expect(rataRataTertimbang([{ nilai: 80, bobot: minusZero }, { nilai: 60, bobot: 1 }]).value!.toString()).toBe('60');
    for (const f of [
      () => serapan({ pagu: 100, realisasi: -1 }),
      () => serapanKolom({ pagu: [100], realisasi: ['-1'] }),
      () => rollupKolom({ induk: [0], pagu: ['100'], realisasi: [new Decimal(-1)] }, 1),
      () => rollupKolom({ induk: [0], pagu: ['100'], realisasi: ['-1.000000000000000001'] }, 1),
      () => rollupAnggaran({ nama: 'p', anak: [{ nama: 'a', pagu: -1 }] }),
      () => rataRataTertimbang([{ nilai: 80, bobot: -1 }]),
    ]) {
      expect(f).toThrow(expect.objectContaining({ code: ErrorCode.NEGATIVE }));
    }
  });

  it('the blank pattern is one: the verifier and the spreadsheet functions read the same cells as blank', () => {
    for (const cell of ['', ' ', '-', '–', '—', ' — ', '--', '−', '0', 'x']) {
      let verifier: 'kosong' | 'angka' | 'galat';
      try {
        verifier = bacaSel(cell, 'id', 'sel').dash ? 'kosong' : 'angka';
      } catch {
        verifier = 'galat';
      }
      const sheet = PREDIKAT(cell);
      const sheetBlank = sheet === '#N/A: nilai-kosong' ? 'kosong' : typeof sheet === 'string' && sheet.startsWith('#SAKIP_') ? 'galat' : 'angka';
      expect(sheetBlank, JSON.stringify(cell)).toBe(verifier);
    }
    // A printed predikat that is a dash is nothing printed, for the check as for the coverage.
    const h = verifyLaporan({
      format: 'sakip-laporan/1', id: 'x', instansi: 'x', skala: [],
      tabel: [{ id: 'T', skala: 'permendagri-86-2017', baris: [{ nama: 'a', target: '80', realisasi: '70', capaian: '87,50', predikat: '—' }] }],
    } as unknown as DatasetLaporan);
    expect(h.findings).toEqual([]);
    expect(h.coverage.derived).toBe(1);
  });
});

describe('no rule is re-stated outside its owner', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  const src = files(join(root, 'src')).map((file) => ({ file: relative(join(root, 'src'), file).split('\\').join('/'), text: readFileSync(file, 'utf8') }));
  /** Code without comments, and its string and regex literals, read by the TypeScript parser. */
  const parsed = src.map(({ file, text }) => {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const strings: string[] = [];
    const regexes: string[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) strings.push(n.text);
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) regexes.push(n.getText(sf));
      ts.forEachChild(n, visit);
    };
    visit(sf);
    const code = ts.createPrinter({ removeComments: true }).printFile(sf);
    return { file, code, strings, regexes };
  });
  const where = (test: (f: (typeof parsed)[number]) => boolean) => parsed.filter(test).map((f) => f.file);
  const inRoom = (f: { file: string }, ...rooms: string[]) => rooms.some((r) => f.file.startsWith(r));

  it('band bounds are compared only in predikat/ (value against band.min / band.max)', () => {
    expect(where((f) => !inRoom(f, 'predikat/') && /\.(gt|gte|lt|lte|eq|cmp)\([^()]*\.(min|max)\b/.test(f.code))).toEqual([]);
    // Inclusivity is only passed on or printed ('≤' / '<') there, never combined into a decision.
    expect(where((f) => inRoom(f, 'batch/', 'verifikasi/') && /Inclusive\s*(&&|\|\|)|(&&|\|\|)\s*!?[\w.]*Inclusive\b/.test(f.code))).toEqual([]);
    expect(where((f) => inRoom(f, 'predikat/') && /Inclusive\s*(&&|\|\|)|(&&|\|\|)\s*!?[\w.]*Inclusive\b/.test(f.code)).length).toBeGreaterThan(0);
  });
  it('formula ids and arithmetic live in capaian/rumus.ts: batch/ and verifikasi/ name no formula', () => {
    expect(where((f) => inRoom(f, 'batch/', 'verifikasi/', 'model/') && f.strings.some((s) => /^F[1-5]$/.test(s)))).toEqual([]);
    expect(where((f) => inRoom(f, 'batch/') && /\b2 \* tt\b|\btt - rr\b/.test(f.code))).toEqual([]);
  });
  it('rounding modes are named through angka/round.ts: decimal.js constants only there, in decimal.ts and in the filter that reads them', () => {
    expect(where((f) => /\bROUND_[A-Z_]+\b/.test(f.code) && !['angka/round.ts', 'angka/decimal.ts', 'batch/pembagian.ts'].includes(f.file))).toEqual([]);
    expect(where((f) => /\bMODE\b\s*:/.test(f.code))).toEqual([]);
  });
  it('NA reasons and their precedence are capaian/na.ts’s: batch/ and verifikasi/ name no reason and test no figure for zero', () => {
    const reasons = ['target-kosong', 'target-nol', 'realisasi-kosong', 'realisasi-nol', 'pagu-nol', 'penyebut-nol'];
    expect(where((f) => inRoom(f, 'batch/', 'verifikasi/') && f.strings.some((x) => reasons.includes(x)))).toEqual([]);
    expect(where((f) => inRoom(f, 'batch/', 'verifikasi/') && /\b(pagu|target|realisasi|penyebut)\w*(\.value)?\.isZero\(\)/.test(f.code))).toEqual([]);
    for (const file of ['batch/capaian-batch.ts', 'batch/anggaran-batch.ts', 'capaian/capaian.ts', 'anggaran/serapan.ts']) {
      expect(src.find((f) => f.file === file)!.text, file).toMatch(/\bna(Capaian|Serapan)\(/);
    }
  });
  it('the sign test is angka/nonnegatif.ts', () => {
    expect(where((f) => /\.isNegative\(\)/.test(f.code) && f.file !== 'angka/nonnegatif.ts')).toEqual([]);
  });
  // impor/ reads document layout (list numbers "1.", bullets "–", ranges "60 – 70", page numbers),
  // not SAKIP rules: its digits and dashes are about the page, so these two checks leave it out.
  const tataLetak = (f: { file: string }) => inRoom(f, 'impor/');
  it('the decimals rule is angka/round.ts', () => {
    expect(where((f) => !tataLetak(f) && /decimals\s*>\s*20|<=\s*20\b|\\d\{1,2\}/.test(f.code + f.regexes.join(' ')) && f.file !== 'angka/round.ts')).toEqual([]);
  });
  it('the blank pattern is isDash: no other dash class or dash literal', () => {
    expect(where((f) => f.file !== 'angka/batas.ts' && !tataLetak(f) && (f.regexes.some((r) => /[–—]|\\u201[34]/.test(r) && !r.includes('\\u2212')) || f.strings.some((s) => /^\s*[–—]\s*$/.test(s))))).toEqual([]);
  });
  it('blanks in a total go through the roll-up owner; messages are not re-read', () => {
    expect(where((f) => /dash\s*\?\s*ZERO/.test(f.code))).toEqual([]);
    expect(where((f) => /indexOf\(': '\)|explanation\.(split|replace|slice)|message\.(split|slice)\(/.test(f.code))).toEqual([]);
    for (const file of ['batch/anggaran-batch.ts', 'anggaran/tree.ts', 'verifikasi/periksa-anggaran.ts']) {
      expect(src.find((f) => f.file === file)!.text, file).toMatch(/jumlahRincian/);
    }
  });
  it('the fast paths and the verifier import the owners', () => {
    const imports = (file: string, owner: string) => expect(src.find((f) => f.file === file)!.text, `${file} → ${owner}`).toContain(`from '../${owner}'`);
    imports('batch/band-cepat.ts', 'predikat/predikat.js');
    imports('verifikasi/periksa-skala.ts', 'predikat/predikat.js');
    imports('batch/capaian-batch.ts', 'capaian/rumus.js');
    imports('verifikasi/periksa-kinerja.ts', 'capaian/rumus.js');
    imports('batch/angka-cepat.ts', 'angka/parse.js');
    imports('sheets/index.ts', 'angka/round.js');
    imports('cli/perintah-hitung.ts', 'angka/round.js');
    imports('verifikasi/cakupan.ts', 'angka/batas.js');
  });
});

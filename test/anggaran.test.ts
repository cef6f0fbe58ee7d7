import { describe, expect, it } from 'vitest';
import {
  efisiensi, efisiensiKemenkeu, ErrorCode, jenisBelanja, metodeEfisiensi, pohonBelanja, rekapBelanja, rollupAnggaran,
  serapan, sisa, verifyAnggaran, capaian,
} from '../src/index.js';

describe('serapan and sisa', () => {
  it('Banyumas Ikhtisar Eksekutif: Rp 22.735.850.378,- realised Rp. 19.775.725.508,- = 86,98 %', () => {
    const s = serapan({ pagu: 'Rp 22.735.850.378,-', realisasi: 'Rp. 19.775.725.508,-' }, { decimals: 2 });
    expect(s.rounded?.toString()).toBe('86.98');
    expect(s.explanation).toBe('Serapan = 19.775.725.508 / 22.735.850.378 × 100 = 86,98 %');
    expect(sisa({ pagu: 'Rp 22.735.850.378,-', realisasi: 'Rp. 19.775.725.508,-' }).value.toString()).toBe('2960124870');
  });
  it('Polewali Mandar Tabel 3.8 JUMLAH: realisasi / pagu = 99,01, not the printed 91,35', () => {
    const s = serapan({ pagu: '1,592,899,227', realisasi: '1,577,167,659' }, { locale: 'en' });
    expect(s.value?.toFixed(2)).toBe('99.01');
    expect(s.value?.toFixed(2)).not.toBe('91.35');
  });
  it('Polewali Mandar Jasa Surat Menyurat: spending above pagu gives serapan over 100 and a negative sisa', () => {
    expect(serapan({ pagu: 937000, realisasi: 937500 }).value?.toFixed(2)).toBe('100.05');
    expect(sisa({ pagu: 937000, realisasi: 937500 }).value.toString()).toBe('-500');
  });
  it('NA and errors', () => {
    expect(serapan({ pagu: 0, realisasi: 0 }).reason).toBe('pagu-nol');
    expect(serapan({ pagu: 10, realisasi: null }).reason).toBe('realisasi-kosong');
    expect(serapan({ pagu: 10, realisasi: null }).explanation).toMatch(/^Serapan tidak dapat diukur/);
    expect(() => serapan({ pagu: -1, realisasi: 0 })).toThrow(expect.objectContaining({ code: ErrorCode.NEGATIVE, field: 'pagu', value: -1 }));
    expect(() => serapan({ pagu: 1, realisasi: '-5' })).toThrow(expect.objectContaining({ code: ErrorCode.NEGATIVE, field: 'realisasi' }));
    expect(() => sisa({ pagu: 1, realisasi: null })).toThrow(expect.objectContaining({ code: ErrorCode.EMPTY }));
  });
});

describe('budget trees', () => {
  const banyumas38 = {
    nama: 'JUMLAH', pagu: '14.738.747.396', realisasi: '11.439.239.889',
    anak: [
      { nama: 'Meningkatnya penanganan sosial', pagu: '8.275.427.708', realisasi: '5.473.751.535' },
      { nama: 'Meningkatnya peran serta masyarakat', pagu: '6.458.319.688', realisasi: '5.960.778.324' },
    ],
  };
  it('Banyumas Tabel 3.8: total realisasi printed 11.439.239.889 where the rows sum to 11.434.529.859', () => {
    const found = verifyAnggaran(banyumas38, { locale: 'id' });
    expect(found.map((f) => [f.field, f.stated.toString(), f.jumlahAnak.toString(), f.selisih.toString()])).toEqual([
      ['pagu', '14738747396', '14733747396', '5000000'],
      ['realisasi', '11439239889', '11434529859', '4710030'],
    ]);
    expect(found[1]!.message).toBe('JUMLAH: realisasi tercetak 11.439.239.889 tetapi jumlah rinciannya 11.434.529.859 (selisih 4.710.030)');
    expect(found[1]!.path).toEqual(['JUMLAH']);
  });
  it('rolls unstated parents up from their children, with serapan at each level', () => {
    const t = rollupAnggaran({ ...banyumas38, pagu: null, realisasi: undefined }, { locale: 'id' });
    expect(t.pagu?.toString()).toBe('14733747396');
    expect(t.realisasi?.toString()).toBe('11434529859');
    expect(t.serapan?.value?.toFixed(2)).toBe('77.61');
    expect(t.anak[0]!.serapan?.value?.toFixed(2)).toBe('66.14');
    expect(t.paguMurni).toBeNull();
  });
  it('a parent over a child of unknown amount is unknown, not a smaller sum', () => {
    const t = rollupAnggaran({ nama: 'P', anak: [{ nama: 'a', pagu: 5 }, { nama: 'b' }] });
    expect(t.pagu).toBeNull();
    expect(t.serapan).toBeNull();
    expect(verifyAnggaran({ nama: 'P', pagu: 9, anak: [{ nama: 'a', pagu: 5 }, { nama: 'b' }] })).toEqual([]);
  });
  it('walks three levels and names the path by kode', () => {
    const tree = {
      kode: '1.06.02', nama: 'Program', pagu: 300,
      anak: [{ kode: '1.06.02.2.01', nama: 'Kegiatan', pagu: 250, anak: [{ kode: '1.06.02.2.01.0001', nama: 'Sub', pagu: 200 }] }],
    };
    const found = verifyAnggaran(tree);
    expect(found.map((f) => f.path.join(' › '))).toEqual(['1.06.02', '1.06.02 › 1.06.02.2.01']);
  });
  it('refuses malformed trees and negative amounts', () => {
    expect(() => rollupAnggaran({} as never)).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_TREE, field: 'root' }));
    expect(() => rollupAnggaran({ nama: 'x', anak: [{ nama: 'y', pagu: -3 }] })).toThrow(
      expect.objectContaining({ code: ErrorCode.NEGATIVE, field: 'root.anak[0].pagu' }),
    );
  });
});

describe('belanja by economic type', () => {
  it('Banyumas Tabel 1.4: Belanja Operasional printed 22.522.047.378, its lines sum to 22.522.074.378', () => {
    const rows = [
      { kode: '5.1', pagu: '22.522.047.378' },
      { kode: '5.1.01', pagu: '4.875.610.244' },
      { kode: '5.1.02', pagu: '12.015.827.130' },
      { kode: '5.1.06', pagu: '5.630.637.004' },
      { kode: '5.2.02', pagu: '213.776.000' },
    ];
    const found = verifyAnggaran(pohonBelanja(rows), { locale: 'id' });
    expect(found.map((f) => [f.path.join('/'), f.jumlahAnak.toString()])).toEqual([['5/5.1', '22522074378']]);
    const r = rekapBelanja(rows.slice(1), { locale: 'id' });
    expect(r.pagu?.toString()).toBe('22735850378');
    expect(r.anak.map((k) => [k.kode, k.nama, k.pagu?.toString()])).toEqual([
      ['5.1', 'Belanja Operasi', '22522074378'],
      ['5.2', 'Belanja Modal', '213776000'],
    ]);
    expect(jenisBelanja['5.1.06']).toBe('Belanja Bantuan Sosial');
  });
  it('refuses bad or duplicate codes', () => {
    expect(() => pohonBelanja([{ kode: '4.1', pagu: 1 }])).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_TREE }));
    expect(() => pohonBelanja([{ kode: '5.1', pagu: 1 }, { kode: '5.1', pagu: 1 }])).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_TREE }));
  });
});

describe('efisiensi, each definition by name', () => {
  it('Pamekasan Tabel 3.8: capaian − serapan, 98,54 − 97,81 = 0,73', () => {
    const e = efisiensi({ capaian: '98,54', serapan: '97,81' }, { metode: 'capaian-serapan', decimals: 2 });
    expect(e.rounded?.toString()).toBe('0.73');
    expect(e.explanation).toBe('Efisiensi = 98,54 − 97,81 = 0,73 % (E = capaian % − serapan %)');
  });
  it('Pamekasan Tabel 3.9 row 31: printed −98,99 where capaian − serapan = −98,90', () => {
    expect(efisiensi({ capaian: 0, serapan: '98.9' }, { metode: 'capaian-serapan' }).value?.toFixed(2)).toBe('-98.90');
  });
  it('Banyumas: 100 − serapan, 100 − 66 = 34', () => {
    expect(efisiensi({ serapan: 66 }, { metode: '100-serapan' }).value?.toString()).toBe('34');
  });
  it('capaian / serapan, and results of earlier computations as inputs', () => {
    const c = capaian({ target: 100, realisasi: 90 });
    const s = serapan({ pagu: 200, realisasi: 150 });
    expect(efisiensi({ capaian: c, serapan: s }, { metode: 'capaian/serapan' }).value?.toString()).toBe('120');
    expect(efisiensi({ capaian: c, serapan: 0 }, { metode: 'capaian/serapan' }).reason).toBe('penyebut-nol');
    expect(efisiensi({ capaian: capaian({ target: 0, realisasi: 1 }), serapan: s }, { metode: 'capaian-serapan' }).reason).toBe('target-nol');
    expect(efisiensi({ capaian: null, serapan: s }, { metode: 'capaian-serapan' }).reason).toBe('realisasi-kosong');
    expect(efisiensi({ serapan: null }, { metode: '100-serapan' }).explanation).toMatch(/^Efisiensi tidak dapat diukur/);
  });
  it('refuses an unknown method; each method has a source', () => {
    expect(() => efisiensi({ serapan: 1 }, { metode: 'kemenkeu' as never })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_OPTION }));
    for (const m of Object.values(metodeEfisiensi)) expect(m.sumber.length).toBeGreaterThan(10);
  });
  it('Kemenkeu E and Nilai Efisiensi, flagging E outside ±20 %', () => {
    const e = efisiensiKemenkeu([{ pagu: 1000, realisasi: 900, capaian: 100 }, { pagu: 1000, realisasi: 1000, capaian: 100 }]);
    expect(e.value?.toString()).toBe('5');
    expect(e.nilaiEfisiensi?.toString()).toBe('62.5');
    expect(e.diLuarRentang).toBe(false);
    const wild = efisiensiKemenkeu([{ pagu: 1000, realisasi: 100, capaian: 100 }]);
    expect(wild.value?.toString()).toBe('90');
    expect(wild.nilaiEfisiensi?.toString()).toBe('275');
    expect(wild.diLuarRentang).toBe(true);
    expect(wild.explanation).toContain('di luar rentang');
    expect(efisiensiKemenkeu([{ pagu: 1000, realisasi: 0, capaian: 0 }]).reason).toBe('penyebut-nol');
    expect(() => efisiensiKemenkeu([{ pagu: -1, realisasi: 0, capaian: 0 }])).toThrow(expect.objectContaining({ field: 'outputs[0].pagu' }));
  });
});

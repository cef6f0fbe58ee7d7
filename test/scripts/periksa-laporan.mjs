// Recomputes every figure transcribed from the four shipped reports (test/fixtures/vectors) and
// prints those that do not follow from their own printed inputs. `npm start` runs it.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { capaian, efisiensi, formatAngka, jumlah, parseAngkaInfo, predikat, rasio, rataRata, serapan, sisa } from '../../dist/index.js';

const dir = fileURLToPath(new URL('../fixtures/vectors/', import.meta.url));
const read = (text, locale) => {
  try {
    return parseAngkaInfo(text);
  } catch (e) {
    if (e.code !== 'SAKIP_AMBIGUOUS_NUMBER') throw e;
    return parseAngkaInfo(text, { locale });
  }
};
const compute = {
  capaian: (r, n) => capaian({ target: n(r.target), realisasi: n(r.realisasi) }, { arah: r.arah, rumus: r.rumus }),
  rasio: (r, n) => rasio({ pembilang: n(r.numerator), penyebut: n(r.denominator) }),
  serapan: (r, n) => serapan({ pagu: n(r.pagu), realisasi: n(r.realisasi) }),
  sisa: (r, n) => sisa({ pagu: n(r.pagu), realisasi: n(r.realisasi) }),
  jumlah: (r, n) => jumlah(r.parts.map(n)),
  rataRata: (r, n) => rataRata(r.parts.map(n)),
  efisiensi: (r, n) => efisiensi({ capaian: r.capaian === undefined ? null : n(r.capaian), serapan: n(r.serapan) }, { metode: r.metode }),
};

const totals = { benar: 0, pembulatan: 0, salah: 0 };
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const v = JSON.parse(readFileSync(dir + file, 'utf8'));
  const lines = [];
  for (const [section, fn] of Object.entries(compute)) {
    for (const r of v[section] ?? []) {
      const locale = r.locale ?? v.locale;
      const hasil = fn(r, (x) => read(x, locale).value);
      const printed = read(r.published, r.publishedLocale ?? locale);
      const halfUp = hasil.value.toDecimalPlaces(printed.decimals, 4);
      const down = hasil.value.toDecimalPlaces(printed.decimals, 1);
      const kind = halfUp.eq(printed.value) ? 'benar' : down.eq(printed.value) ? 'pembulatan' : 'salah';
      totals[kind]++;
      if (kind === 'benar') continue;
      const shown = formatAngka(hasil.value, { decimals: printed.decimals });
      lines.push(
        `  ${kind === 'salah' ? 'SALAH     ' : 'PEMBULATAN'} ${r.table} › ${r.row}\n` +
          `             tercetak ${r.published}, seharusnya ${shown}` +
          (kind === 'pembulatan' ? ' (cocok bila dipotong, bukan dibulatkan)' : '') +
          `\n             ${hasil.explanation}`,
      );
    }
  }
  for (const r of v.predikat ?? []) {
    const band = predikat(read(r.value, r.locale ?? v.locale).value, r.scale);
    const names = band ? [band.label, band.keterangan].filter(Boolean).map((x) => x.toLowerCase()) : [];
    if (names.includes(r.published.toLowerCase())) {
      totals.benar++;
      continue;
    }
    totals.salah++;
    lines.push(`  SALAH      ${r.table} › ${r.row}\n             predikat tercetak "${r.published}" untuk ${r.value}, skala ${r.scale} memberi "${band?.label ?? 'tanpa band'}"`);
  }
  console.log(`\n${v.report} (${lines.length} temuan)`);
  for (const l of lines) console.log(l);
}
console.log(`\nRingkasan: ${totals.benar} angka benar, ${totals.pembulatan} hanya beda pembulatan, ${totals.salah} salah.`);

/*
 * sakip — Excel custom functions (Office Add-in, JavaScript-only runtime; shared runtime not needed).
 *
 * Muat `sakip.global.js` (isi dist/sakip.global.js) SEBELUM file ini: file itu mendefinisikan satu
 * global `Sakip`. Metadata fungsi ada di functions.json (ditulis tangan; id = nama di bawah). Dengan
 * namespace SAKIP di manifest, rumusnya `=SAKIP.CAPAIAN(B2, C2, "negatif", , 2)`.
 * Load `sakip.global.js` (the content of dist/sakip.global.js) BEFORE this file. See docs/spreadsheet.md.
 *
 * Excel memberikan parameter berdimensi "matrix" sebagai larik 2-D, juga untuk satu sel atau satu
 * literal ([[2]]), dan parameter opsional yang tidak diisi sebagai null. Fungsi `Sakip` mengulang
 * argumen skalar di sepanjang rentang, tetapi tidak mengulang larik 1×1; karena itu `sel()` membuka
 * larik 1×1 menjadi skalar (tanpa ini, `"negatif"` atau desimal `2` hanya berlaku untuk baris
 * pertama rentang). Hasil dideklarasikan "matrix", jadi hasil skalar dibungkus menjadi [[x]].
 */
/* global CustomFunctions, Sakip */

/** A 1×1 matrix (one cell, one literal) as a scalar; anything else unchanged. */
function sel(x) {
  return Array.isArray(x) && x.length === 1 && Array.isArray(x[0]) && x[0].length === 1 ? x[0][0] : x;
}

/** The result as a matrix, as functions.json declares it. */
function matriks(x) {
  return Array.isArray(x) ? x : [[x]];
}

/**
 * Capaian kinerja dalam persen (arah positif/negatif, rumus F1–F5, desimal half-up).
 * @param {any[][]} target Target kinerja.
 * @param {any[][]} realisasi Realisasi kinerja.
 * @param {any[][]} [arah] "positif" (bawaan) atau "negatif".
 * @param {any[][]} [rumus] "F1" … "F5".
 * @param {any[][]} [desimal] Jumlah desimal; kosong = tidak dibulatkan.
 * @returns {any[][]} Capaian dalam persen, atau teks "#N/A: …" / "#SAKIP_…: …".
 */
function CAPAIAN(target, realisasi, arah, rumus, desimal) {
  return matriks(Sakip.CAPAIAN(sel(target), sel(realisasi), sel(arah), sel(rumus), sel(desimal)));
}

/**
 * Kalimat penjelasan capaian.
 * @param {any[][]} target Target kinerja.
 * @param {any[][]} realisasi Realisasi kinerja.
 * @param {any[][]} [arah] "positif" (bawaan) atau "negatif".
 * @param {any[][]} [rumus] "F1" … "F5".
 * @returns {any[][]} Kalimat penjelasan.
 */
function PENJELASAN_CAPAIAN(target, realisasi, arah, rumus, desimal) {
  return matriks(Sakip.PENJELASAN_CAPAIAN(sel(target), sel(realisasi), sel(arah), sel(rumus), sel(desimal)));
}

/**
 * Predikat sebuah nilai pada skala bawaan (bawaan permendagri-86-2017).
 * @param {any[][]} nilai Nilai capaian dalam persen.
 * @param {any[][]} [skala] Id skala.
 * @param {any[][]} [edges] "as-printed" (bawaan) atau "half-open".
 * @returns {any[][]} Label predikat.
 */
function PREDIKAT(nilai, skala, edges) {
  return matriks(Sakip.PREDIKAT(sel(nilai), sel(skala), sel(edges)));
}

/**
 * Serapan anggaran: realisasi / pagu × 100.
 * @param {any[][]} pagu Pagu anggaran.
 * @param {any[][]} realisasi Realisasi anggaran.
 * @param {any[][]} [desimal] Jumlah desimal.
 * @returns {any[][]} Serapan dalam persen.
 */
function SERAPAN(pagu, realisasi, desimal) {
  return matriks(Sakip.SERAPAN(sel(pagu), sel(realisasi), sel(desimal)));
}

/**
 * Sisa anggaran: pagu − realisasi.
 * @param {any[][]} pagu Pagu anggaran.
 * @param {any[][]} realisasi Realisasi anggaran.
 * @returns {any[][]} Sisa anggaran.
 */
function SISA(pagu, realisasi) {
  return matriks(Sakip.SISA(sel(pagu), sel(realisasi)));
}

/**
 * Efisiensi: capaian-serapan (bawaan), 100-serapan atau capaian/serapan.
 * @param {any[][]} capaianPersen Capaian dalam persen.
 * @param {any[][]} serapanPersen Serapan dalam persen.
 * @param {any[][]} [metode] Definisi efisiensi.
 * @param {any[][]} [desimal] Jumlah desimal.
 * @returns {any[][]} Efisiensi.
 */
function EFISIENSI(capaianPersen, serapanPersen, metode, desimal) {
  return matriks(Sakip.EFISIENSI(sel(capaianPersen), sel(serapanPersen), sel(metode), sel(desimal)));
}

/**
 * Indikator rasio: pembilang / penyebut × 100.
 * @param {any[][]} pembilang Pembilang.
 * @param {any[][]} penyebut Penyebut.
 * @param {any[][]} [desimal] Jumlah desimal.
 * @returns {any[][]} Rasio dalam persen.
 */
function RASIO(pembilang, penyebut, desimal) {
  return matriks(Sakip.RASIO(sel(pembilang), sel(penyebut), sel(desimal)));
}

/**
 * Angka tercetak sebagai angka.
 * @param {any[][]} teks Teks angka.
 * @param {any[][]} [locale] "auto" (bawaan), "id" atau "en".
 * @returns {any[][]} Angka.
 */
function ANGKA(teks, locale) {
  return matriks(Sakip.ANGKA(sel(teks), sel(locale)));
}

/**
 * Pembulatan eksak: half-up (bawaan), half-even, down, up.
 * @param {any[][]} nilai Nilai.
 * @param {any[][]} desimal Jumlah desimal.
 * @param {any[][]} [mode] Cara pembulatan.
 * @returns {any[][]} Nilai yang dibulatkan.
 */
function BULATKAN(nilai, desimal, mode) {
  return matriks(Sakip.BULATKAN(sel(nilai), sel(desimal), sel(mode)));
}

/**
 * Angka sebagai teks gaya Indonesia.
 * @param {any[][]} nilai Angka.
 * @param {any[][]} [desimal] Jumlah desimal; kosong = 2.
 * @returns {any[][]} Teks angka.
 */
function FORMAT_ANGKA(nilai, desimal) {
  return matriks(Sakip.FORMAT_ANGKA(sel(nilai), sel(desimal)));
}

/**
 * Rupiah sebagai teks gaya Indonesia.
 * @param {any[][]} nilai Jumlah rupiah.
 * @param {any[][]} [desimal] Jumlah desimal; kosong = 0.
 * @returns {any[][]} Teks rupiah.
 */
function FORMAT_RUPIAH(nilai, desimal) {
  return matriks(Sakip.FORMAT_RUPIAH(sel(nilai), sel(desimal)));
}

CustomFunctions.associate("CAPAIAN", CAPAIAN);
CustomFunctions.associate("PENJELASAN_CAPAIAN", PENJELASAN_CAPAIAN);
CustomFunctions.associate("PREDIKAT", PREDIKAT);
CustomFunctions.associate("SERAPAN", SERAPAN);
CustomFunctions.associate("SISA", SISA);
CustomFunctions.associate("EFISIENSI", EFISIENSI);
CustomFunctions.associate("RASIO", RASIO);
CustomFunctions.associate("ANGKA", ANGKA);
CustomFunctions.associate("BULATKAN", BULATKAN);
CustomFunctions.associate("FORMAT_ANGKA", FORMAT_ANGKA);
CustomFunctions.associate("FORMAT_RUPIAH", FORMAT_RUPIAH);

/**
 * sakip — fungsi kustom Google Sheets (Google Apps Script).
 *
 * PEMASANGAN
 *   1. Di Google Sheets buka Ekstensi › Apps Script (Extensions › Apps Script).
 *   2. Tambahkan file skrip baru bernama `sakip.global` (Apps Script menambahkan `.gs`) dan tempelkan
 *      SELURUH isi `dist/sakip.global.js` dari paket npm `sakip` (juga di unpkg / jsDelivr:
 *      `sakip/dist/sakip.global.js`). File itu mendefinisikan satu variabel global, `Sakip`.
 *   3. Tempelkan file ini sebagai `Code.gs`. Urutkan file sehingga `sakip.global.gs` berada DI ATAS
 *      `Code.gs` (menu titik tiga pada nama file › Pindahkan ke atas), lalu simpan.
 *   4. Pakai di sel: `=CAPAIAN(B2; C2; "negatif"; ; 2)` (lokal Indonesia) atau
 *      `=CAPAIAN(B2, C2, "negatif", , 2)` (lokal Inggris).
 *
 * Setiap pembungkus di bawah hanya meneruskan argumen ke `Sakip.<NAMA>`. Apps Script memberikan
 * rentang sebagai larik 2-D dan argumen opsional yang tidak diisi sebagai `undefined`; fungsi
 * `Sakip` menerima keduanya, juga sel kosong (`""`), dan tidak pernah melempar error: masukan rusak
 * menghasilkan teks `#SAKIP_…: pesan`, angka yang tidak dapat diukur menghasilkan `#N/A: alasan`.
 * Panduan lengkap: docs/spreadsheet.md.
 *
 * INSTALL (English): in Extensions › Apps Script add a script file `sakip.global` holding the whole
 * content of dist/sakip.global.js, placed BEFORE this Code.gs in the file list, paste this file as
 * Code.gs, save, and use the functions in cells. The wrappers only pass their arguments through.
 */

/**
 * Capaian kinerja dalam persen. Arah "positif" (bawaan, rumus F1 realisasi / target × 100) atau
 * "negatif" (semakin rendah semakin baik, rumus bawaan F2 (2 × target − realisasi) / target × 100).
 * Target 0 atau sel kosong menghasilkan "#N/A: alasan".
 *
 * @param {number|string|Array<Array<number|string>>} target Target kinerja: angka, teks gaya Indonesia ("5,15") atau Inggris ("5.15"), atau rentang.
 * @param {number|string|Array<Array<number|string>>} realisasi Realisasi kinerja: angka, teks, atau rentang sebesar target.
 * @param {string|Array<Array<string>>} [arah] "positif" (bawaan) atau "negatif".
 * @param {string|Array<Array<string>>} [rumus] "F1" … "F5"; kosong = F1 untuk positif, F2 untuk negatif.
 * @param {number|Array<Array<number>>} [desimal] Jumlah desimal, dibulatkan half-up; kosong = tidak dibulatkan.
 * @return {number|string|Array<Array<number|string>>} Capaian dalam persen (86,41 berarti 86,41 %), atau teks "#N/A: …" / "#SAKIP_…: …".
 * @customfunction
 */
function CAPAIAN(target, realisasi, arah, rumus, desimal) {
  return Sakip.CAPAIAN(target, realisasi, arah, rumus, desimal);
}

/**
 * Satu kalimat yang menjelaskan cara capaian diperoleh, dengan angka masukan, rumus dan arah.
 *
 * @param {number|string|Array<Array<number|string>>} target Target kinerja: angka, teks, atau rentang.
 * @param {number|string|Array<Array<number|string>>} realisasi Realisasi kinerja: angka, teks, atau rentang.
 * @param {string|Array<Array<string>>} [arah] "positif" (bawaan) atau "negatif".
 * @param {string|Array<Array<string>>} [rumus] "F1" … "F5"; kosong = rumus bawaan arah.
 * @param {number} [desimal] Banyak desimal angka capaian dalam kalimat; kosong = 2.
 * @return {string|Array<Array<string>>} Kalimat penjelasan, misalnya "Capaian = 58,13 / 80 × 100 = 72,66 % (F1, indikator positif)".
 * @customfunction
 */
function PENJELASAN_CAPAIAN(target, realisasi, arah, rumus, desimal) {
  return Sakip.PENJELASAN_CAPAIAN(target, realisasi, arah, rumus, desimal);
}

/**
 * Predikat (label band) sebuah nilai pada skala bawaan. Skala bawaan "permendagri-86-2017"; lainnya:
 * "permendagri-86-2017-baik", "sakip-88-2021", "sakip-12-2015", "ikm-14-2017", "ikm-14-2017-nrr",
 * "kepmendagri-690-1996-efektivitas", "kepmendagri-690-1996-efisiensi", "buleleng-2023",
 * "polewali-mandar-2023". Nilai di celah tabel tercetak (mis. 90,5) menghasilkan "#N/A: tanpa-band".
 *
 * @param {number|string|Array<Array<number|string>>} nilai Nilai capaian dalam persen (86,41, bukan 0,8641), atau rentang.
 * @param {string|Array<Array<string>>} [skala] Id skala; kosong = "permendagri-86-2017".
 * @param {string|Array<Array<string>>} [edges] "as-printed" (bawaan, batas seperti tercetak) atau "half-open" (celah ikut band di bawahnya).
 * @return {string|Array<Array<string>>} Label predikat, misalnya "Tinggi", atau teks "#N/A: …" / "#SAKIP_…: …".
 * @customfunction
 */
function PREDIKAT(nilai, skala, edges) {
  return Sakip.PREDIKAT(nilai, skala, edges);
}

/**
 * Serapan anggaran dalam persen: realisasi / pagu × 100. Pagu 0 menghasilkan "#N/A: pagu-nol".
 *
 * @param {number|string|Array<Array<number|string>>} pagu Pagu anggaran: angka atau teks seperti "Rp 22.735.850.378,-", atau rentang.
 * @param {number|string|Array<Array<number|string>>} realisasi Realisasi anggaran: angka, teks, atau rentang.
 * @param {number|Array<Array<number>>} [desimal] Jumlah desimal, dibulatkan half-up; kosong = tidak dibulatkan.
 * @return {number|string|Array<Array<number|string>>} Serapan dalam persen, atau teks "#N/A: …" / "#SAKIP_…: …".
 * @customfunction
 */
function SERAPAN(pagu, realisasi, desimal) {
  return Sakip.SERAPAN(pagu, realisasi, desimal);
}

/**
 * Sisa anggaran: pagu − realisasi, eksak.
 *
 * @param {number|string|Array<Array<number|string>>} pagu Pagu anggaran: angka, teks, atau rentang.
 * @param {number|string|Array<Array<number|string>>} realisasi Realisasi anggaran: angka, teks, atau rentang.
 * @return {number|string|Array<Array<number|string>>} Sisa anggaran (rupiah), atau teks "#SAKIP_…: …".
 * @customfunction
 */
function SISA(pagu, realisasi) {
  return Sakip.SISA(pagu, realisasi);
}

/**
 * Efisiensi menurut definisi yang disebut: "capaian-serapan" (bawaan, capaian − serapan),
 * "100-serapan" (100 − serapan) atau "capaian/serapan" (capaian / serapan × 100).
 *
 * @param {number|string|Array<Array<number|string>>} capaianPersen Capaian kinerja dalam persen, atau rentang (boleh kosong untuk "100-serapan").
 * @param {number|string|Array<Array<number|string>>} serapanPersen Serapan anggaran dalam persen, atau rentang.
 * @param {string|Array<Array<string>>} [metode] "capaian-serapan" (bawaan), "100-serapan" atau "capaian/serapan".
 * @param {number|Array<Array<number>>} [desimal] Jumlah desimal, dibulatkan half-up; kosong = tidak dibulatkan.
 * @return {number|string|Array<Array<number|string>>} Efisiensi, atau teks "#N/A: …" / "#SAKIP_…: …".
 * @customfunction
 */
function EFISIENSI(capaianPersen, serapanPersen, metode, desimal) {
  return Sakip.EFISIENSI(capaianPersen, serapanPersen, metode, desimal);
}

/**
 * Indikator rasio: pembilang / penyebut × 100. Penyebut 0 menghasilkan "#N/A: penyebut-nol".
 *
 * @param {number|string|Array<Array<number|string>>} pembilang Pembilang: angka, teks, atau rentang.
 * @param {number|string|Array<Array<number|string>>} penyebut Penyebut: angka, teks, atau rentang.
 * @param {number|Array<Array<number>>} [desimal] Jumlah desimal, dibulatkan half-up; kosong = tidak dibulatkan.
 * @return {number|string|Array<Array<number|string>>} Rasio dalam persen, atau teks "#N/A: …" / "#SAKIP_…: …".
 * @customfunction
 */
function RASIO(pembilang, penyebut, desimal) {
  return Sakip.RASIO(pembilang, penyebut, desimal);
}

/**
 * Angka tercetak sebagai angka: ANGKA("1.081,93") = 1081,93; ANGKA("Rp 22.735.850.378,-") =
 * 22735850378. Teks yang terbaca berbeda di gaya Indonesia dan Inggris ("1.234") ditolak kecuali
 * locale "id" atau "en" diberikan.
 *
 * @param {number|string|Array<Array<number|string>>} teks Teks angka seperti tercetak, atau rentang.
 * @param {string|Array<Array<string>>} [locale] "auto" (bawaan), "id" (1.234 = seribu dua ratus tiga puluh empat) atau "en" (1.234 = satu koma dua tiga empat).
 * @return {number|string|Array<Array<number|string>>} Angka, atau teks "#SAKIP_…: …".
 * @customfunction
 */
function ANGKA(teks, locale) {
  return Sakip.ANGKA(teks, locale);
}

/**
 * Pembulatan eksak dengan cara yang disebut: "half-up" (bawaan, konvensi cetak), "half-even",
 * "down" atau "up". BULATKAN(1,005; 2) = 1,01.
 *
 * @param {number|string|Array<Array<number|string>>} nilai Nilai yang dibulatkan, atau rentang.
 * @param {number|Array<Array<number>>} desimal Jumlah desimal (0–20); kosong = 0.
 * @param {string|Array<Array<string>>} [mode] "half-up" (bawaan), "half-even", "down" atau "up".
 * @return {number|string|Array<Array<number|string>>} Nilai yang dibulatkan, atau teks "#N/A: …" / "#SAKIP_…: …".
 * @customfunction
 */
function BULATKAN(nilai, desimal, mode) {
  return Sakip.BULATKAN(nilai, desimal, mode);
}

/**
 * Angka sebagai teks gaya Indonesia: FORMAT_ANGKA(1081,925) = "1.081,93".
 *
 * @param {number|string|Array<Array<number|string>>} nilai Angka atau teks angka, atau rentang.
 * @param {number|Array<Array<number>>} [desimal] Jumlah desimal (0–20); kosong = 2.
 * @return {string|Array<Array<string>>} Teks angka gaya Indonesia; sel kosong menghasilkan teks kosong.
 * @customfunction
 */
function FORMAT_ANGKA(nilai, desimal) {
  return Sakip.FORMAT_ANGKA(nilai, desimal);
}

/**
 * Rupiah sebagai teks gaya Indonesia: FORMAT_RUPIAH(22735850378) = "Rp 22.735.850.378".
 *
 * @param {number|string|Array<Array<number|string>>} nilai Jumlah rupiah: angka atau teks, atau rentang.
 * @param {number|Array<Array<number>>} [desimal] Jumlah desimal (0–20); kosong = 0.
 * @return {string|Array<Array<string>>} Teks rupiah; sel kosong menghasilkan teks kosong.
 * @customfunction
 */
function FORMAT_RUPIAH(nilai, desimal) {
  return Sakip.FORMAT_RUPIAH(nilai, desimal);
}

// The larger reader, loaded only when a PDF, DOCX or XLSX file is given: the importer's file
// readers (fflate, and pdf.js through unpdf) are most of the page's weight, so the first load
// goes without them. Shipped as a string like pekerja.ts and started as a second blob: worker.
import { bacaBerkas } from '../impor/berkas/index.js';
import { imporBlok } from '../impor/index.js';
import { jawabImpor, periksaImpor } from './baca-impor.js';
import { pasang, pesan, type Kirim, type Permintaan } from './baca.js';

async function bacaFile(name: string, bytes: ArrayBuffer, kirim: Kirim): Promise<void> {
  try {
    kirim({ jenis: 'tahap', tahap: 'baca' });
    const blok = await bacaBerkas(name, new Uint8Array(bytes));
    kirim({ jenis: 'tahap', tahap: 'impor' });
    kirim(periksaImpor(name, imporBlok(blok, { sumber: name }), kirim));
  } catch (e) {
    kirim({ jenis: 'galat', name, pesan: pesan(e), json: false });
  }
}

pasang('sakipBacaBerkas', (m: Permintaan, kirim: Kirim) => ('bytes' in m ? void bacaFile(m.name, m.bytes, kirim) : jawabImpor(m, kirim)));

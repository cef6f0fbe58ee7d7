import { bytesOf, rusak, type Bytes } from './batas.js';
import { atribut, pindaiXml } from './xml.js';
import { adalahZip, bacaEntri, bukaZip, type Zip } from './zip.js';

/**
 * Opens an Office package (DOCX, XLSX) and reads its main part: the zip, the part's path (as the
 * package's relationships name it) and its XML. `lama` is the old binary format's extension,
 * named when the bytes are no zip.
 */
export async function bukaPaket(bytes: Bytes, nama: string, jenis: string, utama: string, lama: string): Promise<{ zip: Zip; path: string; xml: string }> {
  const u8 = bytesOf(bytes, nama);
  if (!adalahZip(u8)) {
    throw rusak(nama, jenis, `bukan arsip zip (${jenis} adalah zip; berkas ${lama} lama tidak didukung)`, `not a zip archive (${jenis} is one; old ${lama} files are not supported)`);
  }
  const zip = bukaZip(u8, nama, jenis);
  const path = await bagianUtama(zip, utama);
  const xml = await bacaEntri(zip, path);
  if (xml === null) throw rusak(nama, jenis, `tidak ada ${path}`, `no ${path}`);
  return { zip, path, xml };
}

/** One relationship of a part: its id, its type's last path segment, and the target part's path. */
export interface Relasi {
  readonly id: string;
  readonly jenis: string;
  readonly target: string;
}

/** The folder of a part path, with its slash ('' at the root). */
const folder = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);

/** A relationship target resolved against the folder of its source part ('..' and '.' walked). */
export function resolve(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder(base) + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/**
 * The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; '' for the
 * package's own `_rels/.rels`). External targets (hyperlinks) are left out.
 */
export async function relasi(zip: Zip, part: string): Promise<Relasi[]> {
  const relsPath = `${folder(part)}_rels/${part.slice(folder(part).length)}.rels`;
  const xml = await bacaEntri(zip, relsPath);
  if (xml === null) return [];
  const out: Relasi[] = [];
  const gagal = (id: string, en: string) => rusak(zip.nama, zip.format, `${relsPath}: ${id}`, `${relsPath}: ${en}`);
  pindaiXml(
    xml,
    {
      buka(nama, tag) {
        if (nama !== 'Relationship' && !nama.endsWith(':Relationship')) return;
        const id = atribut(tag, 'Id');
        const type = atribut(tag, 'Type') ?? '';
        const target = atribut(tag, 'Target');
        if (id === undefined || target === undefined || atribut(tag, 'TargetMode') === 'External') return;
        out.push({ id, jenis: type.slice(type.lastIndexOf('/') + 1), target: resolve(part, target) });
      },
      tutup() {},
    },
    gagal,
  );
  return out;
}

/** The package's main part (`officeDocument` relationship), else `fallback`. */
export async function bagianUtama(zip: Zip, fallback: string): Promise<string> {
  const rels = await relasi(zip, '');
  return rels.find((r) => r.jenis === 'officeDocument')?.target ?? fallback;
}

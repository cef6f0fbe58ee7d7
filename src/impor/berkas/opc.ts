import { rusak } from './batas.js';
import { atribut, pindaiXml } from './xml.js';
import { bacaEntri, type Zip } from './zip.js';

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

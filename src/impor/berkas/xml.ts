/**
 * A small XML scanner for the parts of an Office file: one pass, each character looked at a
 * bounded number of times, no tree. The readers need only elements in order, a few attributes
 * and the text of a few elements, which a general parser would give at many times the size.
 * A DOCTYPE is refused: Office Open XML forbids one, and refusing it leaves no entity to expand.
 */

/** What the scanner reports, in document order. */
export interface PenanganXml {
  /** An element opens. `tag` is the text between `<` and `>` (name and attributes). */
  buka(nama: string, tag: string): void;
  /** An element closes (also called right after {@link buka} for `<x/>`). */
  tutup(nama: string): void;
  /** Character data between `awal` and `akhir` of `xml`; `cdata` when it is not to be entity-decoded. */
  teks?(xml: string, awal: number, akhir: number, cdata: boolean): void;
}

/**
 * Scans `xml`, calling `h`; malformed markup (an unterminated construct, a closing tag that
 * does not match, an element left open at the end) is reported through `gagal` (id, en), as
 * Excel and Word refuse such a part too.
 */
export function pindaiXml(xml: string, h: PenanganXml, gagal: (id: string, en: string) => Error): void {
  const n = xml.length;
  const open: string[] = [];
  // The next '>', '"' and "'" at or after a position, each found again only once passed: a tag's
  // end is found by jumping from quote to quote, and no character is searched for twice.
  let gt = -1;
  let dq = -1;
  let sq = -1;
  const next = (at: number, ch: string, cached: number): number => (cached >= at || cached === n ? cached : nOr(xml.indexOf(ch, at)));
  const nOr = (k: number): number => (k < 0 ? n : k);
  const must = (at: number, what: string, en: string): number => {
    if (at < 0) throw gagal(`${what} tidak ditutup`, `unterminated ${en}`);
    return at;
  };
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (stop > i && h.teks) h.teks(xml, i, stop, false);
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 47) {
      // </name>
      const gt = must(xml.indexOf('>', lt), 'tag penutup', 'closing tag');
      const nama = xml.slice(lt + 2, gt).trim();
      const want = open.pop();
      if (nama !== want) {
        const got = nama.slice(0, 40);
        throw gagal(`</${got}> tidak cocok dengan <${want ?? ''}>`, `</${got}> does not match <${want ?? ''}>`);
      }
      h.tutup(nama);
      i = gt + 1;
    } else if (c === 63) {
      i = must(xml.indexOf('?>', lt + 2), 'instruksi pemrosesan', 'processing instruction') + 2;
    } else if (c === 33) {
      if (xml.startsWith('!--', lt + 1)) i = must(xml.indexOf('-->', lt + 4), 'komentar', 'comment') + 3;
      else if (xml.startsWith('![CDATA[', lt + 1)) {
        const end = must(xml.indexOf(']]>', lt + 9), 'CDATA', 'CDATA section');
        if (h.teks) h.teks(xml, lt + 9, end, true);
        i = end + 3;
      } else throw gagal('DOCTYPE tidak diizinkan dalam Office Open XML', 'DOCTYPE is not allowed in Office Open XML');
    } else {
      // An opening tag ends at the first '>' outside quotes: an attribute value may hold one
      // (Excel's number format "[>=100]0" does).
      let j = lt + 1;
      for (;;) {
        gt = next(j, '>', gt);
        dq = next(j, '"', dq);
        sq = next(j, "'", sq);
        const q = Math.min(dq, sq);
        if (gt < q) {
          j = gt;
          break;
        }
        if (q === n) throw gagal('tag tidak ditutup', 'unterminated tag');
        const close = xml.indexOf(q === dq ? '"' : "'", q + 1);
        j = must(close, 'nilai atribut', 'attribute value') + 1;
        if (q === dq) dq = close;
        else sq = close;
      }
      if (j >= n) throw gagal('tag tidak ditutup', 'unterminated tag');
      const self = xml.charCodeAt(j - 1) === 47;
      const tag = xml.slice(lt + 1, self ? j - 1 : j);
      let k = 0;
      while (k < tag.length && !spasi(tag.charCodeAt(k))) k++;
      const nama = tag.slice(0, k);
      h.buka(nama, tag);
      if (self) h.tutup(nama);
      else open.push(nama);
      i = j + 1;
    }
  }
  if (open.length > 0) {
    const last = open[open.length - 1]!.slice(0, 40);
    throw gagal(`<${last}> tidak ditutup (berkas terpotong?)`, `<${last}> is never closed (truncated file?)`);
  }
}

const spasi = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The value of one attribute of a tag from {@link PenanganXml.buka}, entities decoded. */
export function atribut(tag: string, nama: string): string | undefined {
  let out: string | undefined;
  setiapAtribut(tag, (key, value) => {
    if (key !== nama) return false;
    out = entitas(value);
    return true;
  });
  return out;
}

/** Calls `f` with each attribute's name and raw value (entities not decoded) until it returns true; stops at malformed text. */
export function setiapAtribut(tag: string, f: (key: string, value: string) => boolean): void {
  const n = tag.length;
  let i = 0;
  while (i < n && !spasi(tag.charCodeAt(i))) i++;
  while (i < n) {
    while (i < n && spasi(tag.charCodeAt(i))) i++;
    const s = i;
    while (i < n && tag.charCodeAt(i) !== 61 && !spasi(tag.charCodeAt(i))) i++;
    const key = tag.slice(s, i);
    while (i < n && spasi(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== 61) return;
    i++;
    while (i < n && spasi(tag.charCodeAt(i))) i++;
    const q = tag[i];
    if (q !== '"' && q !== "'") return;
    const e = tag.indexOf(q, i + 1);
    if (e < 0) return;
    if (f(key, tag.slice(i + 1, e))) return;
    i = e + 1;
  }
}

const ENTITAS = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references; anything else is left as written. */
export function entitas(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITAS, (m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name]!;
    const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/**
 * The prefix (with its colon, or '' for the default namespace) that the root element binds to
 * one of `uris`, so that `w:t` is matched however a writer named the namespace. Undefined when
 * none is bound.
 */
export function awalan(rootTag: string, uris: readonly string[]): string | undefined {
  let out: string | undefined;
  setiapAtribut(rootTag, (key, value) => {
    if (!uris.includes(value)) return false;
    if (key === 'xmlns') out = '';
    else if (key.startsWith('xmlns:')) out = `${key.slice(6)}:`;
    return out !== undefined;
  });
  return out;
}

/** The root element's tag of an XML text (the first element), for {@link awalan}. */
export function akar(xml: string, gagal: (id: string, en: string) => Error): string {
  let root = '';
  try {
    pindaiXml(
      xml,
      {
        buka(_n, t) {
          root = t;
          throw BERHENTI;
        },
        tutup() {},
      },
      gagal,
    );
  } catch (e) {
    if (e !== BERHENTI) throw e;
  }
  return root;
}

const BERHENTI = new Error('berhenti');

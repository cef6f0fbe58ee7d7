/**
 * Which reader a text needs: a dataset (JSON by its name or its first character, CSV by its name)
 * or a report's text, which goes through the importer. Decided here once, for the page and the
 * readers alike.
 */
export function adalahDataset(name: string, text: string): boolean {
  return /\.(json|csv)$/i.test(name) || /^\uFEFF?\s*[[{]/.test(text.slice(0, 64));
}

// The importer's reader, loaded with the first report text (a file or pasted): the importer is
// a quarter of the page's weight, so the first load, which shows a dataset, goes without it.
// Shipped as a source string like pekerja.ts and started as its own blob: worker.
import { jawabImpor } from './baca-impor.js';
import { pasang } from './baca.js';

pasang('sakipBacaImpor', jawabImpor);

// The page's first reader: datasets and their CSV form are read and verified here, so
// the page stays responsive and shows progress. The build ships it as a string the page turns
// into a blob: worker, because file:// pages may not start a worker from a file.
import { jawab, pasang } from './baca.js';

pasang('sakipBaca', jawab);

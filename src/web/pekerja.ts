// The page's worker: a large report is read and verified here, so the page stays responsive and
// shows progress. The build ships it as a string the page turns into a blob: worker, because
// file:// pages may not start a worker from a file.
import { periksaData, periksaTeks, type Balasan } from './baca.js';

type Permintaan = { name: string; text: string } | { name: string; data: unknown };

const kirim = (b: Balasan) => (self as unknown as { postMessage(m: Balasan): void }).postMessage(b);

self.onmessage = (e: MessageEvent<Permintaan>) => {
  const m = e.data;
  kirim('text' in m ? periksaTeks(m.name, m.text, kirim) : periksaData(m.name, m.data, kirim));
};

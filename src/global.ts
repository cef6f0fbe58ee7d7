// The browser / Apps Script bundle: everything in one global `Sakip`, the spreadsheet functions
// at its top level (Sakip.CAPAIAN) for custom-function wrappers.
export * from './index.js';
export * from './sheets/index.js';

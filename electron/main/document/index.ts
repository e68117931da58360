// Documents of the main process: open, save, close, recent files, files from outside, crash
// marker, report windows. `createDocumentController` is the entry; the rest is for wiring.
export * from './controller';
export * from './crash-marker';
export * from './dialogs';
export * from './launch-args';
export * from './ports';
export * from './recent-files';
export * from './report-sessions';
export { windowTitle } from './title';

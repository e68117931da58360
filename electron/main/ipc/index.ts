// Main-process side of the typed IPC contract (shared/ipc): sender checks, payload validation,
// the `{ ok }` answer shape, and validated events.
export * from './handle';
export * from './events';
export * from './outcome';
export * from './sender';

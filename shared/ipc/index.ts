// The typed IPC contract between the Electron main process, the preload and the renderer.
export * from './contract';
export * from './api';

// Vite's `?raw` imports give a file's text as a string, embedded in the bundle at build time.
declare module '*.md?raw' {
  const text: string;
  export default text;
}

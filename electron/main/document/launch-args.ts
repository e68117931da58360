/**
 * Which project files a launch asks to open: the command line of this launch, or the argv a
 * second launch hands over (`second-instance`). Electron's and Chromium's own switches start
 * with '-'; argv[0] is the executable; in an unpackaged run (`electron out/main/index.js`,
 * `process.defaultApp`) the first other argument is the app path. Only `.flowcase` files are
 * taken (that is the file association); relative paths are resolved against the launch's
 * working directory.
 */
import path from 'node:path';

export function filesFromArgv(
  argv: readonly string[],
  { defaultApp, workingDirectory }: { defaultApp: boolean; workingDirectory: string },
): string[] {
  const positional = argv.slice(1).filter((arg) => arg !== '' && !arg.startsWith('-'));
  const afterAppPath = defaultApp ? positional.slice(1) : positional;
  return afterAppPath
    .filter((arg) => arg.toLowerCase().endsWith('.flowcase'))
    .map((arg) => path.resolve(workingDirectory, arg));
}

/**
 * Lint rules for the whole repo; `npm run lint` runs it with zero warnings allowed.
 *
 * Layers (STYLE.md practice 1, DESIGN.md "Layout and dependency rules"), enforced with
 * `no-restricted-imports`:
 * - shared/   pure TypeScript: no React, state or storage libraries, no Electron, no
 *             `@xyflow/*`, no Node built-ins, no other top folder (renderer, electron, cli,
 *             test). Its `*.test.ts` files may also use Node built-ins and test fixtures.
 * - renderer/ no Electron, no Node built-ins, no electron/ or cli/ folders.
 * - electron/ no renderer/ folder.
 * - engine surfaces: code outside shared/engine imports the engines through its index.ts
 *             (`shared/engine`, `shared/engine/des`), never a file inside; everything imports
 *             the random streams through `shared/random`. Test helpers (`testing/`) are open.
 * `test/lint/layering.test.ts` proves these rules fire. Tests may not commit `.only`.
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [...new Set(builtinModules.map((name) => name.replace(/^node:/, '')))];

/** A relative import that climbs out of its folder into one of `folders`. */
const escapesInto = (folders, message) => ({
  regex: `^(\\./)?(\\.\\./)+(.*/)?(${folders.join('|')})(/|$)`,
  message,
});

const restrict = ({ paths = [], patterns = [] }) => ['error', { paths, patterns }];

const NO_NODE = 'Node built-ins are not available here; keep this code platform-free.';
const noNodePaths = NODE_BUILTINS.map((name) => ({ name, message: NO_NODE }));
const noNodePattern = { group: ['node:*'], message: NO_NODE };

const SHARED_MESSAGE = 'shared/ is pure TypeScript over plain data (DESIGN.md, Layout).';
const sharedLibraries = {
  group: [
    'react',
    'react/*',
    'react-dom',
    'react-dom/*',
    'zustand',
    'zustand/*',
    'zundo',
    'dexie',
    'dexie/*',
    'dexie-*',
    'electron',
    'electron/*',
    '@xyflow/*',
  ],
  message: SHARED_MESSAGE,
};
const sharedPatterns = [
  sharedLibraries,
  escapesInto(['renderer', 'electron', 'cli', 'test', 'scripts'], SHARED_MESSAGE),
];
/** Unit tests beside shared code may read fixtures from test/ with Node's fs. */
const sharedTestPatterns = [
  sharedLibraries,
  escapesInto(['renderer', 'electron', 'cli', 'scripts'], SHARED_MESSAGE),
];

const RENDERER_MESSAGE = 'renderer/ runs in a browser page: no Electron, no Node (DESIGN.md).';
const rendererPatterns = [
  { group: ['electron', 'electron/*'], message: RENDERER_MESSAGE },
  noNodePattern,
  escapesInto(['electron', 'cli', 'scripts'], RENDERER_MESSAGE),
];

const ELECTRON_MESSAGE = 'electron/ never imports the renderer; talk through shared/ipc.';

const SURFACE_MESSAGE =
  'Import the engines through their index (shared/engine, shared/engine/des, shared/random), ' +
  'not a file inside them: a small surface keeps the internals free to change.';
const intoRandom = { regex: '^(\\./)?(\\.\\./)+(shared/)?random/', message: SURFACE_MESSAGE };
const intoEngine = {
  regex: '^(\\./)?(\\.\\./)+(shared/)?engine/(?!des$|testing/|des/testing/)',
  message: SURFACE_MESSAGE,
};

/** The same, from renderer/: its own `src/engine` (the engine workers' client) is not shared/engine. */
const intoSharedEngine = {
  regex: '^(\\./)?(\\.\\./)+shared/engine/(?!des$|testing/|des/testing/)',
  message: SURFACE_MESSAGE,
};

export default defineConfig([
  globalIgnores([
    'out/',
    'dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    '.tsbuild/',
    'test/fixtures/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Plain JavaScript (configs, scripts, the CLI launcher) is not in any tsconfig.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/**/*.ts', 'cli/**/*.ts', 'scripts/**/*.ts', '*.config.ts', 'vite.*.ts'],
    languageOptions: { globals: globals.node },
  },

  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/engine/**'],
    rules: {
      'no-restricted-imports': restrict({
        paths: noNodePaths,
        patterns: [...sharedPatterns, noNodePattern, intoEngine, intoRandom],
      }),
    },
  },
  {
    files: ['shared/engine/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict({
        paths: noNodePaths,
        patterns: [...sharedPatterns, noNodePattern, intoRandom],
      }),
    },
  },
  {
    files: ['cli/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': restrict({ patterns: [intoEngine, intoRandom] }) },
  },
  {
    files: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict({ patterns: sharedTestPatterns }) },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': restrict({
        paths: noNodePaths,
        patterns: [...rendererPatterns, intoSharedEngine, intoRandom],
      }),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        patterns: [escapesInto(['renderer'], ELECTRON_MESSAGE)],
      }),
    },
  },

  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression > MemberExpression.callee[property.name='only']",
          message: 'Do not commit focused tests (.only).',
        },
        {
          selector:
            "CallExpression > MemberExpression.callee > MemberExpression[property.name='only']",
          message: 'Do not commit focused tests (.only).',
        },
      ],
    },
  },

  prettier,
]);

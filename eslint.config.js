// One lint config for every workspace package; each package's `lint` script runs eslint on its own folders.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import checkFile from 'eslint-plugin-check-file'

// check-file's own CAMEL_CASE and PASCAL_CASE patterns, either of them.
const CAMEL_OR_PASCAL_CASE = '@(+([a-z])*([a-z0-9])*([A-Z]*([a-z0-9]))|*([A-Z]*([a-z0-9])))'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/payload-types.ts',
      '**/importMap.js',
      'apps/cms/src/app/(payload)/**',
      'apps/cms/src/migrations/**',
      '**/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Every child process gets a deadline and is killed with its process group when it passes it
    // (a hung child once held CI for 13 minutes): short-lived commands go through the harness's
    // runCommand, servers through startProcess. The files below start long-lived processes on
    // purpose (the dev and production servers, a dev wrapper) or put a deadline on their own.
    ignores: [
      'packages/test-harness/src/process.ts',
      'apps/cms/scripts/dev.ts',
      'apps/cms/scripts/start.ts',
      'apps/cms/scripts/with-dev-db.ts',
      'benchmarks/src/load/runLoad.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        ...['node:child_process', 'child_process'].map((name) => ({
          name,
          message:
            'Start child processes with runCommand (a deadline, killed with its process group) or startProcess from @clinic/test-harness.',
        })),
      ],
    },
  },
  {
    // One file-naming convention: modules are camelCase, or PascalCase when they hold a React
    // component or a Payload collection/global (as in Payload's website template); tests are named
    // for the behaviour they check, in kebab-case (`access-probe.test.ts`); command-line scripts are
    // kebab-case like the commands they are. Next's and Vite's own file names are theirs.
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    ignores: ['**/scripts/**', 'apps/web/app/entry-*.tsx', '**/*.config.{ts,js,mjs}', '**/*.d.ts', '**/bin.mjs'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.test.{ts,tsx}': 'KEBAB_CASE', '**/!(*.test).{ts,tsx,mts,mjs,js}': CAMEL_OR_PASCAL_CASE },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
)

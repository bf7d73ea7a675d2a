import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Layers below the interfaces: they may not import the API, the CLI or the daemon that wires them together. */
const LOWER_LAYERS = [
  'app',
  'config',
  'core',
  'embedding',
  'engine',
  'identity',
  'logging',
  'models',
  'network',
  'protocol',
  'routing',
  'runtime',
  'scheduler',
  'state',
  'util',
].map((dir) => `packages/democritus/src/${dir}/**/*.ts`);

const layerRule = (forbidden, message) => ['error', { patterns: [{ regex: `(^|/)(${forbidden.join('|')})/`, message }] }];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '.democritus/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { project: ['packages/democritus/tsconfig.test.json', 'packages/sdk/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Type-aware: a promise nobody awaits or catches loses its errors; a promise where a value is expected is a bug.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: LOWER_LAYERS,
    rules: { 'no-restricted-imports': layerRule(['api', 'cli', 'daemon'], 'below the interfaces: take a callback or an interface instead of importing the API, CLI or daemon') },
  },
  {
    files: ['packages/democritus/src/api/**/*.ts'],
    rules: { 'no-restricted-imports': layerRule(['cli', 'daemon'], 'the API translates for the app: it does not import the CLI or the daemon') },
  },
  {
    files: ['packages/democritus/src/daemon/**/*.ts'],
    rules: { 'no-restricted-imports': layerRule(['cli'], 'the daemon is started by the CLI; it takes what it needs (a progress factory) as options') },
  },
  {
    files: ['**/*.js', '*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly' },
    },
  },
);

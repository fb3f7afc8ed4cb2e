// ESLint (flat config): typescript-eslint's recommended rules plus the house habits — type-only
// imports marked as such, no import cycles, no default exports outside tool config files.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.cache/', 'neo4j/target/', 'src/graphql/resolvers-types.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })] },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
    },
  },
  {
    // Tool entry points that their tools require to be default exports (and a declaration of one).
    files: [
      'web/map/vendor.d.ts',
      'codegen.ts',
      'vitest.config.ts',
      'bench/vitest.config.ts',
      'tests/support/global-setup.ts',
      'eslint.config.js',
    ],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { URL: 'readonly', process: 'readonly' } },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

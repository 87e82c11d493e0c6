import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '.stryker-tmp/**', 'node_modules/**', '.nx/**', 'reports/**', 'coverage/**', '**/*.js', '**/*.cjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Migrations and TypeORM metadata list classes as plain functions.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  // Node scripts written as ES modules (scripts/*.mjs, the Stryker configuration).
  { files: ['**/*.mjs'], languageOptions: { globals: { process: 'readonly', URL: 'readonly', console: 'readonly' } } },
);

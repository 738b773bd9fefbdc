// Lint rules, including the one-way layer order of DESIGN §8:
// app → features → storage → render → layout → analysis → simulation → machines → domain;
// cli → analysis, simulation, machines, domain. (storage: what the browser keeps, share links;
// analysis: the robustness analysis over the simulation's runs.)
// Features never import each other; no import cycles.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layers = ['domain', 'machines', 'simulation', 'analysis', 'layout', 'render', 'storage', 'features', 'app'];
const above = (layer) => layers.slice(layers.indexOf(layer) + 1).map((l) => `./src/${l}`);
const layerZones = layers.map((layer) => ({
  target: `./src/${layer}`,
  from: [...above(layer), './src/cli'],
  message: `${layer} may only import from layers below it (DESIGN §8).`,
}));
const cliZone = {
  target: './src/cli',
  from: ['./src/layout', './src/render', './src/storage', './src/features', './src/app'],
  message: 'The CLI uses analysis, simulation, machines and domain only.',
};
const features = readdirSync('./src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const featureZones = features.map((f) => ({
  target: `./src/features/${f}`,
  from: './src/features',
  except: [`./${f}`],
  message: 'Features never import each other; move shared code down a layer.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { import: importPlugin },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import/no-restricted-paths': ['error', { zones: [...layerZones, cliZone, ...featureZones] }],
      'import/no-cycle': ['error', { maxDepth: 10 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No barrel re-exports; import from the module itself.' },
      ],
    },
  },
);

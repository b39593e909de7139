// Lint for `npm run lint` (office-addin-lint check --files "src/**/*.ts"): eslint-plugin-office-addins
// "recommended" (ESLint recommended + the Office.js batching rules, TypeScript parser included).
import officeAddins from "eslint-plugin-office-addins";
// The plugin's recommended config names this parser but loads it as `undefined` (CJS default import),
// so TypeScript files would be parsed by espree: set it here.
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["node_modules/**", "dist/**", "lib/**", "coverage/**", ".lo/**", "out/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tsParser, ecmaVersion: 2020, sourceType: "module" },
    rules: {
      // Core rules that TypeScript checks better (typescript-eslint's "eslint-recommended" list): no-undef knows
      // neither Office.js nor the per-layer libs, no-redeclare flags function overloads.
      "constructor-super": "off",
      "getter-return": "off",
      "no-const-assign": "off",
      "no-dupe-args": "off",
      "no-dupe-class-members": "off",
      "no-dupe-keys": "off",
      "no-func-assign": "off",
      "no-import-assign": "off",
      "no-new-native-nonconstructor": "off",
      "no-obj-calls": "off",
      "no-redeclare": "off",
      "no-setter-return": "off",
      "no-this-before-super": "off",
      "no-undef": "off",
      "no-unreachable": "off",
      "no-unsafe-negation": "off",
      "no-var": "error",
      "prefer-const": "error",
      // load("isNullObject") is the documented way to test a null object (toolchain.md trap 11).
      "office-addins/no-navigational-load": "off",
      // Formatting is not a CI gate (the code is written at ~120-150 columns, prettier's default is 80);
      // format on demand with: npx office-addin-lint prettier --files "src/**/*.ts"
      "prettier/prettier": "off",
    },
  },
];

import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsEsLint from "typescript-eslint";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsEsLint.plugin },
    languageOptions: { parser: tsParser },
    rules: {
      // load("isNullObject") is the documented way to test a null object (toolchain.md trap 11).
      "office-addins/no-navigational-load": "off",
    },
  },
];

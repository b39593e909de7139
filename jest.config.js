/** @type {import('jest').Config} */
const transform = { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.test.json" }] };
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/test/browser/", "<rootDir>/test/render/"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/fail-on-console-error.ts", "<rootDir>/test/setup/fast-check.ts"],
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/fail-on-console-error.ts", "<rootDir>/test/setup/fast-check.ts"],
    },
    {
      displayName: "render",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/render/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/fail-on-console-error.ts", "<rootDir>/test/setup/fast-check.ts"],
    },
  ],
};

// ESLint 9 flat config: the Power Apps solution checker rules (paCheckerHosted) over
// typescript-eslint's recommended set, as `pac pcf init` lays it out.
import eslintjs from "@eslint/js";
import microsoftPowerApps from "@microsoft/eslint-plugin-power-apps";
import jest from "eslint-plugin-jest";
import pluginPromise from "eslint-plugin-promise";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import typescriptEslint from "typescript-eslint";

export default [
  { ignores: ["**/node_modules/", "out/", "dist/", "coverage/", "**/generated/", "tools/fs-stub/"] },
  eslintjs.configs.recommended,
  ...typescriptEslint.configs.recommended,
  pluginPromise.configs["flat/recommended"],
  microsoftPowerApps.configs.paCheckerHosted,
  {
    plugins: { "@microsoft/power-apps": microsoftPowerApps, react },
    settings: { react: { version: "16.14" } },
    languageOptions: {
      globals: { ...globals.browser, ComponentFramework: true },
      parserOptions: { ecmaVersion: 2021, sourceType: "module" },
    },
    rules: {
      ...react.configs.recommended.rules,
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  reactHooks.configs["recommended-latest"],
  // Type-aware rules where the product code lives (Microsoft's own flat config turns them on too).
  ...typescriptEslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: ["controls/**/*.{ts,tsx}", "domain/**/*.ts", "solution/**/*.ts", "webresources/**/*.ts"],
  })),
  {
    files: ["controls/**/*.{ts,tsx}", "domain/**/*.ts", "solution/**/*.ts", "webresources/**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: [
      "scripts/**",
      "solution/**",
      "bench/**",
      "preview/server/**",
      "tools/**",
      "tests/**",
      "*.js",
      "*.mjs",
      "*.cjs",
    ],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    // Node-side code names the repository's webresources/ folder in paths; no form fetches them.
    rules: { "@microsoft/power-apps/use-cached-webresource": "off" },
  },
  // The suite guards itself: a focused test (.only, fit) would silently skip the rest, and a
  // skipped one (.skip, xit) hides a failure. A conditional skip that states its reason,
  // `(schemas ? it : it.skip)(…)` where the XSD schemas are absent, is a call the rule does
  // not flag (it reports only a skip called directly), so it needs no exception.
  {
    files: ["tests/**/*.{ts,tsx}"],
    plugins: { jest },
    rules: { "jest/no-focused-tests": "error", "jest/no-disabled-tests": "error" },
  },
];

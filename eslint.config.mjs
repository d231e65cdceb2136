import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "sample-round/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "office-addins": officeAddins },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...officeAddins.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window"],
      // The layers of docs/architecture.md: the core imports nothing outward.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+(workbook|taskpane|cli|app)(/|$)",
              message: "The core is pure: no adapter or shell (docs/architecture.md).",
            },
            {
              group: ["react", "react-dom", "@fluentui/*", "exceljs", "node:*"],
              message:
                "The core runs anywhere: no UI, file or Node library (docs/architecture.md).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    // The Excel entry is the pane's composition root: the one place that creates the Office host.
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+workbook/office(/|$)",
              message:
                "The pane gets Excel's host from its entry (src/taskpane/index.tsx), not from the Office adapter (docs/architecture.md).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/operations/**/*.ts"],
    rules: {
      // The use cases see the core and the ports: the workbook host and the files.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\./(?!core/|workbook/(host|files)$)|^[^.]",
              message:
                "An operation sees only the core, the workbook host (src/workbook/host.ts) and the file ports (src/workbook/files.ts): docs/architecture.md.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}", "scripts/**", "bench/**", "bin/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // CommonJS entry points: the command line's bin and the tool configs.
    files: ["**/*.{js,cjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);

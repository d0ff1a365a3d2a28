import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The project's lint rules: correctness and accessibility, not style (Prettier does style). */
export default tseslint.config(
  { ignores: ["**/dist/**", "**/dist-server/**", "**/node_modules/**", "**/generated/**", "**/.turbo/**", "data/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // French typography puts non-breaking spaces before « : ; ? ! » in messages.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipJSXText: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@prisma/*", "**/generated/prisma/*"], message: "Only @cvv/db talks to Prisma." }] },
      ],
    },
  },
  {
    files: ["packages/db/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["apps/admin/**/*.{ts,tsx}", "apps/portal/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "jsx-a11y": jsxA11y, "react-hooks": reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // role="list" on unstyled lists is deliberate: Safari drops their list semantics otherwise.
      "jsx-a11y/no-redundant-roles": ["error", { ul: ["list"], ol: ["list"] }],
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
);

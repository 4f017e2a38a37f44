import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import simpleImportSort from "eslint-plugin-simple-import-sort";
import tseslint from "typescript-eslint";

/** What Remix reads from a route module. */
const ROUTE_EXPORTS =
  "/^(loader|action|meta|links|headers|handle|ErrorBoundary|shouldRevalidate|clientLoader|clientAction|HydrateFallback|default)$/";

/**
 * A cast inside a translation call (`t(\`cohort.status.${s as "enrolled"}\`)`) pretends any
 * string is a key: type the value with its vocabulary instead, and TypeScript checks the key.
 */
const TRANSLATION_KEY_CAST = {
  selector:
    "CallExpression[callee.name=/^t([A-Z]\\w*)?$/] TSAsExpression[typeAnnotation.type=/^TS(LiteralType|TemplateLiteralType|TypeOperator)$/]",
  message: "Type the value with its vocabulary instead of casting a translation key.",
};

const APP_IMPORTS = [
  {
    // Translations live outside app/, in locales/.
    regex: "^\\.\\.?/(?!(\\.\\./)*locales/)",
    message: "Import app modules through the ~/ alias.",
  },
  {
    group: ["**/tests/**", "vitest", "@playwright/test"],
    message: "The app must not import test code.",
  },
  {
    group: ["content-pipeline", "content-pipeline/**", "**/content-pipeline/**"],
    message: "The app reads the built content bundle; it never imports the content pipeline.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "build/",
      "public/build/",
      "app/generated/",
      ".generated/",
      ".cache/",
      "test-results/",
      "playwright-report/",
      "node_modules/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    plugins: { "react-hooks": reactHooks, "simple-import-sort": simpleImportSort },
    rules: {
      "simple-import-sort/imports": "error",
      "simple-import-sort/exports": "error",
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error", "log"] }],
      // A scrolling region (a wide table) must be reachable by keyboard to be scrolled.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { roles: ["tabpanel", "region"] }],
    },
  },
  {
    // One way to import app code: the `~/` alias, never a relative path; the app never
    // imports test code or the build-time content pipeline.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: APP_IMPORTS }] },
  },
  {
    // Routes import domains, never the other way round.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/routes/**", "app/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...APP_IMPORTS,
            { group: ["~/routes/*"], message: "Only Remix imports route modules." },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-syntax": ["error", TRANSLATION_KEY_CAST] },
  },
  {
    // A route module exports what Remix reads and nothing else: helpers live in a domain.
    files: ["app/routes/**/*.{ts,tsx}"],
    ignores: ["app/routes/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        TRANSLATION_KEY_CAST,
        {
          selector: `ExportNamedDeclaration > FunctionDeclaration[id.name!=${ROUTE_EXPORTS}]`,
          message: "A route module exports only Remix's route exports.",
        },
        {
          selector: `ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[id.name!=${ROUTE_EXPORTS}]`,
          message: "A route module exports only Remix's route exports.",
        },
      ],
    },
  },
  {
    // Playwright fixtures take `{}` and call `use`: neither is React.
    files: ["tests/e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off", "no-empty-pattern": "off" },
  },
);

import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      ".output/",
      ".wxt/",
      "coverage/",
      "test-results/",
      "playwright-report/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Page and pasted text must never be evaluated or injected as markup.
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: [
      "packages/ui/**",
      "extension/**",
      "entrypoints/**",
      "tests/ui/**",
      "tests/extension/**",
      "tests/e2e/**",
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The components run inside a host page's shadow root under its CSP: no inline styles, and
    // text (page text above all) only ever as text nodes.
    files: ["packages/ui/**", "extension/**", "entrypoints/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='style']",
          message: "No inline styles: use a class from styles.css.",
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Never render text as HTML.",
        },
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: "Never render text as HTML.",
        },
      ],
    },
  },
  {
    // <right-help-guide> (packages/widget), its tests and the demo pages' scripts run in browsers.
    files: ["packages/widget/**", "tests/widget/**", "demo/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The widget renders inside any host page, under that page's CSP: the components' rules.
    files: ["packages/widget/src/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='style']",
          message: "No inline styles: use a class from widget.css.",
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Never render text as HTML.",
        },
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: "Never render text as HTML.",
        },
        {
          selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]",
          message: "Never render text as HTML.",
        },
      ],
    },
  },
);

/** Two projects: pure logic and packaging run in Node; controls and form scripts in jsdom. */
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "commonjs", jsx: "react", esModuleInterop: true, isolatedModules: true } },
];

/** @type {import('jest').Config} */
module.exports = {
  // A ceiling, not a measure: packaging tests build and XSD-validate whole zips, which on a
  // loaded 2-core machine can pass Jest's default 5 s without anything being wrong.
  testTimeout: 30_000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["<rootDir>/tests/{domain,solution,preview}/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/tests"],
      // The preview's views (tests/preview/*.test.tsx) render in jsdom; its logic tests run in Node.
      testMatch: [
        "<rootDir>/tests/{controls,webresources,pcf-host}/**/*.test.ts?(x)",
        "<rootDir>/tests/preview/**/*.test.tsx",
      ],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFilesAfterEnv: ["<rootDir>/tests/support/jest-dom-setup.ts"],
    },
  ],
};

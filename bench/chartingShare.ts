/**
 * The charting library's share of DeliveryInsights' bundle, and Fluent's react-charting beside
 * it. Each set of chart imports is bundled alone by node_modules' esbuild (bundle, minify, iife,
 * production), with exactly `react`, `react-dom` and `@fluentui/react` external, as pcf-scripts'
 * platform-library externals are: webpack matches those names exactly, so a deep import such as
 * `@fluentui/react/lib/Callout` is not external there and is bundled. esbuild's own `external`
 * would take every subpath of a package too, so a plugin marks exactly those three names.
 *
 * - visx: the named imports of `@visx/*` that controls/DeliveryInsights makes (read from its
 *   sources), what its bundle carries of visx and of the d3 modules visx brings;
 * - Fluent's `@fluentui/react-charting` (HorizontalBarChart and VerticalBarChart, the two charts
 *   the dashboard's bars and columns would take), whose deep `@fluentui/react/lib/*` imports are
 *   bundled and counted as part of its cost.
 *
 * The bytes per package come from esbuild's metafile (bytesInOutput of each input, minified).
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";

export interface ChartBundle {
  label: string;
  /** The module the bundle was made from. */
  entry: string;
  bytes: number;
  gzipBytes: number;
  /** Minified bytes by package (node_modules/<package>), largest first. */
  packages: { name: string; bytes: number }[];
  /** Of bytes: what deep imports of @fluentui/react (not external under pcf-scripts) brought in. */
  fluentReactDeepBytes: number;
}

export interface ChartingShare {
  /** The control's `@visx/*` imports, by package: names imported. */
  visxImports: Record<string, string[]>;
  visx: ChartBundle;
  reactCharting: ChartBundle;
  reactChartingVersion: string;
}

/** Exactly the platform libraries pcf-scripts leaves out of a bundle, by their exact import path. */
export const platformExternals = ["react", "react-dom", "@fluentui/react"] as const;

const exactExternals: Plugin = {
  name: "pcf-platform-externals",
  setup(pluginBuild) {
    const filter = new RegExp(`^(${platformExternals.map((name) => name.replace(/[/.]/g, "\\$&")).join("|")})$`);
    pluginBuild.onResolve({ filter }, (args) => ({ path: args.path, external: true }));
  },
};

/** `import { A, B } from "@visx/x"` in the control's sources: names by package. */
export function visxImportsOf(folder: string): Record<string, string[]> {
  const found = new Map<string, Set<string>>();
  const files = fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"));
  const pattern = /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*["'](@visx\/[^"']+)["']/g;
  for (const file of files) {
    const source = fs.readFileSync(path.join(folder, file), "utf8");
    for (const match of source.matchAll(pattern)) {
      if (/^import\s*type/.test(match[0])) continue;
      const names = match[1]
        .split(",")
        .map((name) => name.trim())
        .filter((name) => name !== "" && !name.startsWith("type "))
        .map((name) => name.split(/\s+as\s+/)[0]);
      const set = found.get(match[2]) ?? new Set<string>();
      names.forEach((name) => set.add(name));
      found.set(match[2], set);
    }
  }
  return Object.fromEntries([...found].sort().map(([name, set]) => [name, [...set].sort()]));
}

const packageOf = (input: string): string | undefined => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
};

async function bundle(root: string, label: string, entry: string): Promise<ChartBundle> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: "ts" },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [exactExternals],
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0].contents;
  const [info] = Object.values(result.metafile.outputs);
  const byPackage = new Map<string, number>();
  let fluentReactDeepBytes = 0;
  for (const [input, part] of Object.entries(info.inputs)) {
    const name = packageOf(input) ?? "(entry)";
    byPackage.set(name, (byPackage.get(name) ?? 0) + part.bytesInOutput);
    if (name === "@fluentui/react") fluentReactDeepBytes += part.bytesInOutput;
  }
  return {
    label,
    entry,
    bytes: output.length,
    gzipBytes: gzipSync(output).length,
    packages: [...byPackage]
      .map(([name, bytes]) => ({ name, bytes }))
      .filter((item) => item.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes),
    fluentReactDeepBytes,
  };
}

export async function measureChartingShare(root: string): Promise<ChartingShare> {
  const visxImports = visxImportsOf(path.join(root, "controls", "DeliveryInsights"));
  const visxEntry = Object.entries(visxImports)
    .map(([name, names]) => `export { ${names.join(", ")} } from "${name}";`)
    .join("\n");
  const chartingEntry = 'export { HorizontalBarChart, VerticalBarChart } from "@fluentui/react-charting";';
  const packageJson = JSON.parse(
    fs.readFileSync(path.join(root, "node_modules", "@fluentui", "react-charting", "package.json"), "utf8"),
  ) as { version: string };
  return {
    visxImports,
    visx: await bundle(root, "visx", visxEntry === "" ? "export {};" : visxEntry),
    reactCharting: await bundle(root, "@fluentui/react-charting", chartingEntry),
    reactChartingVersion: packageJson.version,
  };
}

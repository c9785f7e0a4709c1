// Builds every PCF control under controls/ in production mode with the real pcf-scripts and
// fails loudly when any of them does not build.
//
// Why not one `pcf-scripts build` at the repository root:
// - it exits 0 even when a build fails ([pcf-1013], [pcf-1033], [pcf-1063] ...), and may
//   leave an old bundle.js behind;
// - it scans the whole working tree for ControlManifest.Input.xml (only the top-level
//   node_modules and the out dir are skipped);
// - its manifest-types generator keeps state between controls, so a second control's
//   generated/ManifestTypes.d.ts picks up the first control's properties.
// So each control is built on its own, from its own folder, into out/controls/<Name>/, and
// the script checks the output itself: no [pcf-NNNN] [Error] lines, a "Succeeded" line, a
// fresh ControlManifest.xml and bundle.js, no React or Fluent source inside the bundle
// (they are platform libraries), a bundle that loads against the platform's React and
// Fluent and registers its constructor, and a bundle no larger than the budget.
//
// Usage: node scripts/build-controls.mjs [ControlName ...]   (default: every control)
//        node scripts/build-controls.mjs --types [ControlName ...]
//          only (re)generates controls/<Name>/generated/ManifestTypes.d.ts (git-ignored), which
//          `tsc --noEmit` needs on a fresh clone before any build has run; about a second each.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import vm from "node:vm";

const root = path.resolve(import.meta.dirname, "..");
const controlsDir = path.join(root, "controls");
const outRoot = path.join(root, "out", "controls");
const pcfScripts = path.join(root, "node_modules", "pcf-scripts", "bin", "pcf-scripts.js");
const manifestName = "ControlManifest.Input.xml";

/** The bundle budgets, shared with npm run bench (tools/bundleBudget.json says why). */
const bundleBudget = JSON.parse(fs.readFileSync(path.join(root, "tools", "bundleBudget.json"), "utf8"));
const budgetOf = (name) => bundleBudget.controls?.[name]?.bytes ?? bundleBudget.bytes;

// Text that only appears when a library's own source was bundled instead of referenced.
const bundledLibraryMarkers = [
  { library: "React", pattern: /__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED/ },
  { library: "React", pattern: /react\.production\.min\.js|Minified React error #/ },
  { library: "React DOM", pattern: /react-dom\.production\.min\.js|ReactDOM\.render is no longer supported/ },
  // Global keys of Fluent's merge-styles and utilities; our own code never spells them.
  { library: "Fluent UI", pattern: /["']__stylesheet__["']|["']__globalSettings__["']/ },
  { library: "Fluent UI", pattern: /ms-TextField-fieldGroup|ms-Button-flexContainer/ },
];

// The globals the platform provides for <platform-library> (pcf-scripts' PlatformLibraryVersions.json).
const platformGlobals = { Reactv16: "react", FluentUIReactv81211: "@fluentui/react" };
const requireFromRoot = createRequire(path.join(root, "package.json"));
let platformLibraries;

/**
 * Evaluates bundle.js the way the host does: React and Fluent as the platform's globals and
 * a ComponentFramework.registerControl to catch the registration. Returns a problem or
 * undefined. This catches externals that point nowhere and code that throws on load.
 */
function loadProblem(bundle, namespace, constructorName) {
  platformLibraries ??= Object.fromEntries(
    Object.entries(platformGlobals).map(([alias, name]) => [alias, requireFromRoot(name)]),
  );
  const registered = new Map();
  const sandbox = {
    ...platformLibraries,
    console,
    ComponentFramework: { registerControl: (name, control) => registered.set(name, control) },
  };
  sandbox.window = sandbox;
  try {
    vm.runInNewContext(bundle, sandbox, { filename: "bundle.js" });
  } catch (error) {
    return `bundle.js throws when loaded with the platform libraries: ${error.message}`;
  }
  const control = registered.get(`${namespace}.${constructorName}`);
  if (typeof control !== "function" || typeof control.prototype.updateView !== "function") {
    return `bundle.js does not register ${namespace}.${constructorName} as a control`;
  }
  return undefined;
}

function manifestIdentity(controlDir) {
  const manifest = fs.readFileSync(path.join(controlDir, manifestName), "utf8");
  const attribute = (name) => new RegExp(`<control[^>]*\\s${name}="([^"]+)"`).exec(manifest)?.[1];
  return { namespace: attribute("namespace"), constructorName: attribute("constructor") };
}

function discoverControls() {
  return fs
    .readdirSync(controlsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(controlsDir, entry.name, manifestName)))
    .map((entry) => entry.name)
    .sort();
}

function formatBytes(bytes) {
  return `${bytes.toLocaleString("en-US")} bytes (${(bytes / 1024).toFixed(1)} KiB)`;
}

/** Runs pcf-scripts for one control from its own folder; resolves with its exit and output. */
function runPcfScripts(controlDir, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [pcfScripts, ...args], {
      cwd: controlDir,
      env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "true" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ code: null, error, output }));
    child.on("close", (code, signal) => resolve({ code: code ?? signal, output }));
  });
}

/** Returns a list of problems; empty means the control built and passed every check. */
async function buildControl(name) {
  const controlDir = path.join(controlsDir, name);
  const outDir = path.join(outRoot, name);
  const started = Date.now();
  const run = await runPcfScripts(controlDir, ["build", "--buildMode", "production", "--outDir", outDir]);
  // pcf-scripts colours its errors even when asked not to; strip the escape codes.
  // eslint-disable-next-line no-control-regex
  const output = run.output.replace(/\u001b\[[0-9;]*m/g, "");
  const problems = [];
  if (run.error) {
    problems.push(`could not start pcf-scripts: ${run.error.message}`);
  }
  if (run.code !== 0) {
    problems.push(`pcf-scripts exited with code ${run.code}`);
  }
  for (const match of output.matchAll(/\[pcf-(\d+)\] \[Error\] ([\s\S]*?)(?=\n\[|\n*$)/g)) {
    problems.push(`[pcf-${match[1]}] ${match[2].trim()}`);
  }
  for (const match of output.matchAll(/^.*\b(?:TS\d{4,5}|ERROR in)\b.*$/gm)) {
    problems.push(match[0].trim());
  }
  if (!/\[build\] Succeeded/.test(output)) {
    problems.push('pcf-scripts did not report "[build] Succeeded"');
  }
  for (const file of ["ControlManifest.xml", "bundle.js"]) {
    const target = path.join(outDir, file);
    if (!fs.existsSync(target)) {
      problems.push(`missing ${path.relative(root, target)}`);
    } else if (fs.statSync(target).mtimeMs < started - 1000) {
      problems.push(`stale ${path.relative(root, target)} (older than this build)`);
    }
  }
  const bundlePath = path.join(outDir, "bundle.js");
  let size;
  if (fs.existsSync(bundlePath)) {
    const bundle = fs.readFileSync(bundlePath, "utf8");
    size = Buffer.byteLength(bundle);
    for (const marker of bundledLibraryMarkers) {
      if (marker.pattern.test(bundle)) {
        problems.push(
          `bundle.js contains ${marker.library} source; it must come from the platform (<platform-library>)`,
        );
      }
    }
    if (problems.length === 0) {
      const identity = manifestIdentity(controlDir);
      const problem = loadProblem(bundle, identity.namespace, identity.constructorName);
      if (problem) {
        problems.push(problem);
      }
    }
    if (size > budgetOf(name)) {
      problems.push(`bundle.js is ${formatBytes(size)}, over the budget of ${formatBytes(budgetOf(name))}`);
    }
  }
  return { problems: [...new Set(problems)], output, size, seconds: (Date.now() - started) / 1000 };
}

/** Runs `task` over `items` with at most `limit` at a time, keeping the results in order. */
async function inParallel(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Generates each control's ManifestTypes.d.ts from its own folder (see the header for why). */
async function generateTypes(controls) {
  const failures = [];
  for (const name of controls) {
    const run = await runPcfScripts(path.join(controlsDir, name), ["refreshTypes"]);
    // eslint-disable-next-line no-control-regex
    const output = run.output.replace(/\u001b\[[0-9;]*m/g, "");
    const typesFile = path.join(controlsDir, name, "generated", "ManifestTypes.d.ts");
    if (run.code !== 0 || !/\[refreshTypes\] Succeeded/.test(output) || !fs.existsSync(typesFile)) {
      failures.push(name);
      console.error(`--- pcf-scripts refreshTypes output for ${name} ---\n${output.trim()}\n---`);
    } else {
      console.log(`  ${name}: ${path.relative(root, typesFile)}`);
    }
  }
  if (failures.length > 0) {
    console.error(`Manifest types failed for: ${failures.join(", ")}`);
    process.exit(1);
  }
}

async function main() {
  const available = discoverControls();
  const typesOnly = process.argv.includes("--types");
  const requested = process.argv.slice(2).filter((arg) => arg !== "--types");
  const unknown = requested.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    console.error(`Unknown control(s): ${unknown.join(", ")}. Controls: ${available.join(", ")}`);
    process.exit(2);
  }
  const controls = requested.length > 0 ? requested : available;
  if (controls.length === 0) {
    console.error(`No ${manifestName} found under controls/`);
    process.exit(1);
  }
  if (typesOnly) {
    await generateTypes(controls);
    return;
  }
  // A fresh clone has no generated/ManifestTypes.d.ts, and tests and shared code import every
  // control's types: generate them all first so no build depends on another having run.
  await generateTypes(available);

  // A failed build can leave an old bundle behind, so nothing of a previous run may survive.
  if (requested.length === 0) {
    fs.rmSync(outRoot, { recursive: true, force: true });
  } else {
    controls.forEach((name) => fs.rmSync(path.join(outRoot, name), { recursive: true, force: true }));
  }

  // Each build is mostly one busy core (webpack + type checking), so run one per core.
  const concurrency = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 4));
  console.log(`Building ${controls.join(", ")} in production mode (${concurrency} at a time)...`);
  const results = await inParallel(controls, concurrency, buildControl);
  const failures = [];
  controls.forEach((name, index) => {
    const result = results[index];
    if (result.problems.length === 0) {
      console.log(`  ${name}: ok in ${result.seconds.toFixed(1)} s, bundle.js ${formatBytes(result.size)}`);
      return;
    }
    failures.push(name);
    console.error(`\n--- pcf-scripts output for ${name} ---\n${result.output.trim()}\n--- end of output ---`);
    console.error(`  ${name}: FAILED\n${result.problems.map((problem) => `    - ${problem}`).join("\n")}\n`);
  });

  if (failures.length > 0) {
    console.error(`Control build failed for: ${failures.join(", ")}`);
    process.exit(1);
  }
  console.log(`Built ${controls.length} control(s) into ${path.relative(root, outRoot)}/: ${controls.join(", ")}`);
}

await main();

/**
 * Bundles the preview page (preview/app/main.tsx) with esbuild. React and ReactDOM are not
 * bundled: the page uses the platform's copies (the UMD scripts the server serves), as the
 * controls do, so there is one React on the page.
 */
import { context, type BuildContext, type Plugin } from "esbuild";
import path from "node:path";

const platformGlobals: Record<string, string> = { react: "React", "react-dom": "ReactDOM" };

const platformGlobalsPlugin: Plugin = {
  name: "platform-globals",
  setup(build) {
    build.onResolve({ filter: /^(react|react-dom)$/ }, (args) => ({ path: args.path, namespace: "platform-global" }));
    build.onLoad({ filter: /.*/, namespace: "platform-global" }, (args) => ({
      contents: `module.exports = window[${JSON.stringify(platformGlobals[args.path])}];`,
      loader: "js",
    }));
  },
};

export function createAppBuild(root: string): Promise<BuildContext> {
  return context({
    entryPoints: [path.join(root, "preview", "app", "main.tsx")],
    outfile: path.join(root, "out", "preview", "app.js"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    sourcemap: "linked",
    jsx: "transform",
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [platformGlobalsPlugin],
    logLevel: "silent",
  });
}

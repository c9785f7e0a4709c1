/**
 * The preview's static server on 127.0.0.1: the page, its bundle, the platform libraries from
 * node_modules (React 16 and ReactDOM UMD, Fluent 8 UMD, Fluent's icon font, pcf-scripts'
 * PlatformLibraryVersions.json) and the built controls from out/controls. Nothing is fetched
 * from anywhere else.
 */
import type { BuildContext } from "esbuild";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createAppBuild } from "./buildApp";
import { ensureControls } from "../../tools/controls";
import { repositoryRoot } from "../../tools/repositoryRoot";
import { appShell } from "./appShell";
import { embeddedJson, formLayouts } from "./formLayouts";
import { ensureWebResources, webResourceFiles } from "./webResources";
import { formLayoutsElementId } from "../xrm/formLayout";
import { appShellElementId } from "../app/appShell/embedded";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".resx": "application/xml; charset=utf-8",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface PreviewServer {
  url: string;
  port: number;
  controls: string[];
  /** Controls whose build failed: their slots will show the load error. */
  failedControls: string[];
  /** The form scripts' build error, when they did not build (the form then runs without them). */
  webResourceError: string | undefined;
  close(): Promise<void>;
}

export interface PreviewServerOptions {
  port?: number;
  /** Skip the control and form script build checks (the caller has just built them). */
  skipControlBuild?: boolean;
  log?: (line: string) => void;
}

function indexHtml(): string {
  return [
    "<!doctype html>",
    '<html lang="en-US">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>Proactive Delivery Experience · preview</title>",
    '<link rel="icon" href="data:,">',
    '<link rel="stylesheet" href="/app.css">',
    "</head>",
    "<body>",
    '<div id="preview-root"></div>',
    // Synchronous for the page, which lays its forms out from these before anything loads.
    `<script type="application/json" id="${formLayoutsElementId}">${embeddedJson(formLayouts())}</script>`,
    `<script type="application/json" id="${appShellElementId}">${embeddedJson(appShell())}</script>`,
    // The platform's libraries, then the page; controls load their own bundle.js later.
    '<script src="/platform/fabric-config.js"></script>',
    '<script src="/platform/react.js"></script>',
    '<script src="/platform/react-dom.js"></script>',
    '<script src="/platform/fluent.js"></script>',
    '<script src="/app.js"></script>',
    "</body>",
    "</html>",
  ].join("\n");
}

/** Resolves a request path inside a folder, or undefined when it would leave it. */
function inside(folder: string, relative: string): string | undefined {
  const target = path.resolve(folder, `.${path.posix.normalize(`/${relative}`)}`);
  return target.startsWith(folder + path.sep) ? target : undefined;
}

export async function startPreviewServer(options: PreviewServerOptions = {}): Promise<PreviewServer> {
  const log = options.log ?? console.log;
  const root = repositoryRoot();
  const ensured = options.skipControlBuild ? { controls: [], failed: [] } : ensureControls(root, log);
  const webResourceError = options.skipControlBuild ? undefined : ensureWebResources(root, log);
  const modules = path.join(root, "node_modules");
  const files: Record<string, string> = {
    ...webResourceFiles(root),
    "/app.css": path.join(root, "preview", "app", "preview.css"),
    "/platform/react.js": path.join(modules, "react", "umd", "react.production.min.js"),
    "/platform/react-dom.js": path.join(modules, "react-dom", "umd", "react-dom.production.min.js"),
    "/platform/fluent.js": path.join(modules, "@fluentui", "react", "dist", "fluentui-react.umd.js"),
    "/platform/PlatformLibraryVersions.json": path.join(modules, "pcf-scripts", "PlatformLibraryVersions.json"),
  };
  const folders: Record<string, string> = {
    "/platform/fonts/": path.join(modules, "@fluentui", "font-icons-mdl2", "fonts"),
    "/controls/": path.join(root, "out", "controls"),
    "/": path.join(root, "out", "preview"),
  };

  const app: BuildContext = await createAppBuild(root);
  const rebuild = async (): Promise<void> => {
    const result = await app.rebuild();
    for (const message of result.errors) log(`preview app: ${message.text}`);
  };
  await rebuild();

  const send = (
    response: http.ServerResponse,
    status: number,
    body: string | Buffer,
    type = "text/plain; charset=utf-8",
    cache = "no-store",
  ): void => {
    response.writeHead(status, { "Content-Type": type, "Cache-Control": cache, "X-Content-Type-Options": "nosniff" });
    response.end(body);
  };

  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const pathname = decodeURIComponent(url.pathname);
      if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405, "GET only");
      if (pathname === "/" || pathname === "/index.html") {
        // Each page load picks up edits to the preview's own sources.
        await rebuild();
        return send(response, 200, indexHtml(), contentTypes[".html"]);
      }
      if (pathname === "/platform/fabric-config.js") {
        // Fluent registers its icon font and Segoe UI from a CDN unless told otherwise: the icons
        // come from node_modules, the text font from the system, as the platform's own pages do.
        return send(
          response,
          200,
          'window.FabricConfig = { fontBaseUrl: "", iconBaseUrl: "/platform/fonts/" };\n',
          contentTypes[".js"],
        );
      }
      let file: string | undefined = files[pathname];
      if (!file) {
        const prefix = Object.keys(folders).find((candidate) => pathname.startsWith(candidate));
        if (prefix) file = inside(folders[prefix], pathname.slice(prefix.length));
      }
      if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile())
        return send(response, 404, `Not found: ${pathname}`);
      // The platform's libraries come from node_modules and do not change while the server runs.
      const cache = pathname.startsWith("/platform/") ? "max-age=3600" : "no-store";
      return send(
        response,
        200,
        fs.readFileSync(file),
        contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        cache,
      );
    })().catch((error: unknown) => send(response, 500, error instanceof Error ? error.message : String(error)));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    controls: ensured.controls,
    failedControls: ensured.failed,
    webResourceError,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await app.dispose();
    },
  };
}

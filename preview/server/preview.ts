/**
 * `npm start`: builds what is missing or stale (the controls, the preview page) and serves the
 * preview on 127.0.0.1. Port: --port N, or the PORT environment variable, or 4280.
 */
import { startPreviewServer } from "./server";

const defaultPort = 4280;

function requestedPort(): number {
  const args = process.argv.slice(2);
  const flag = args.findIndex((arg) => arg === "--port" || arg.startsWith("--port="));
  const text = flag < 0 ? process.env.PORT : args[flag].includes("=") ? args[flag].split("=")[1] : args[flag + 1];
  if (text === undefined || text === "") return defaultPort;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Not a port number: ${text}`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  const port = requestedPort();
  let server;
  try {
    server = await startPreviewServer({ port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === "EADDRINUSE"
        ? `Port ${port} is in use; pass --port N or set PORT.`
        : error instanceof Error
          ? error.message
          : String(error),
    );
    process.exit(1);
  }
  if (server.failedControls.length > 0)
    console.warn(`Not built (their places show the error): ${server.failedControls.join(", ")}`);
  console.log(`Preview: ${server.url}  (controls: ${server.controls.join(", ")}; Ctrl+C stops it)`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

void main();

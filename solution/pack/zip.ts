import JSZip from "jszip";

/** Every entry gets this timestamp, so the same files always give the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

export interface ZipEntry {
  path: string;
  content: Buffer;
}

export async function writeZip(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const entry of sorted) zip.file(entry.path, entry.content, { date: FIXED_DATE, createFolders: false });
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
    platform: "DOS",
  });
}

export async function readZip(content: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(content);
  const files = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) files.set(name, await file.async("nodebuffer"));
  }
  return files;
}

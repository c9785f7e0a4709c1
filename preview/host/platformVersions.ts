/**
 * Which global a platform library is published under, from pcf-scripts'
 * PlatformLibraryVersions.json: the same lookup pcf-scripts does when it turns `react` and
 * `@fluentui/react` into externals of a control's bundle.
 */
export interface PlatformLibraryVersion {
  minVersion: string;
  maxVersion: string;
  platformVersion: string;
  libAlias: string;
}

export type PlatformLibraryVersions = Record<string, PlatformLibraryVersion[]>;

function parts(version: string): number[] {
  return version.split(".").map((part) => Number.parseInt(part, 10) || 0);
}

/** Compares dotted versions numerically; missing parts count as 0. */
export function compareVersions(left: string, right: string): number {
  const a = parts(left);
  const b = parts(right);
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

export function resolvePlatformLibrary(
  versions: PlatformLibraryVersions,
  name: string,
  version: string,
): PlatformLibraryVersion {
  const candidates = (versions[name.toLowerCase()] ?? [])
    .filter(
      (entry) => compareVersions(version, entry.minVersion) >= 0 && compareVersions(version, entry.maxVersion) <= 0,
    )
    .sort((a, b) => compareVersions(b.maxVersion, a.maxVersion));
  const found = candidates[0];
  if (!found) throw new Error(`Platform library ${name} ${version} is not one the platform provides`);
  return found;
}

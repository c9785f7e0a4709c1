/**
 * Puts a library's handlers under window.<root>.<name>, keeping whatever other libraries of the
 * same publisher already put there: a form loads several libraries, and the last one loaded must
 * not erase the others' functions. The handlers are set on window explicitly because the
 * platform resolves "root.name.onLoad" on the global object, whatever scope it evaluates us in.
 */
interface Namespace {
  [key: string]: Namespace | undefined;
}

export function publishNamespace(path: readonly string[], members: Readonly<Record<string, unknown>>): void {
  const target = path.reduce<Namespace>((scope, key) => (scope[key] ??= {}), window as unknown as Namespace);
  Object.assign(target, members);
}

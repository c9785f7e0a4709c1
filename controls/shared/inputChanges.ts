/**
 * Tells updateView whether any of the named inputs changed since the last call. The host
 * calls updateView for resizes and unrelated properties too, and the first call in a
 * model-driven app may list no updatedProperties at all, so a raw-value comparison backs up
 * the host's list.
 */
export class InputChangeTracker {
  private readonly seen = new Map<string, unknown>();
  private primed = false;

  changed(context: ComponentFramework.Context<unknown>, names: readonly string[]): boolean {
    const parameters = context.parameters as Record<string, { raw?: unknown } | undefined>;
    const listed = context.updatedProperties ?? [];
    let changed = !this.primed;
    for (const name of names) {
      const raw = parameters[name]?.raw;
      const previous = this.seen.get(name);
      if (listed.includes(name) || !sameValue(raw, previous)) {
        changed = true;
      }
      this.seen.set(name, raw);
    }
    this.primed = true;
    return changed;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) {
    return a.getTime() === b.getTime();
  }
  return a === b;
}

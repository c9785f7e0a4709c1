/**
 * Tells updateView whether any of the named inputs changed since the last call, by value.
 * updatedProperties is no guide: the host calls updateView for resizes and unrelated
 * properties, some hosts list nothing (the first calls in a model-driven app), others every
 * property every time, and some call twice for one change. A value equal to the one seen last
 * time is no change, whatever the host lists; the first call always is one.
 */
export class InputChangeTracker {
  private readonly seen = new Map<string, unknown>();
  private primed = false;

  changed(context: ComponentFramework.Context<unknown>, names: readonly string[]): boolean {
    const parameters = context.parameters as Record<string, { raw?: unknown } | undefined>;
    let changed = !this.primed;
    for (const name of names) {
      const raw = parameters[name]?.raw;
      if (!sameValue(raw, this.seen.get(name))) {
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

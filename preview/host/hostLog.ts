/**
 * What the host was asked to do that a real app would act on (open a form, open a URL,
 * show a dialog, take a control's output) and failures worth seeing. The preview shows the
 * log on the page; tests read it from window.__pdxPreview.
 */
export interface HostEvent {
  at: number;
  source: string;
  kind: "navigation" | "output" | "openRecord" | "webApiError" | "controlError" | "info";
  message: string;
}

type Listener = (events: readonly HostEvent[]) => void;

export class HostLog {
  private readonly events: HostEvent[] = [];
  private readonly listeners = new Set<Listener>();

  add(source: string, kind: HostEvent["kind"], message: string): void {
    this.events.push({ at: Date.now(), source, kind, message });
    if (this.events.length > 200) this.events.shift();
    for (const listener of this.listeners) listener(this.events);
  }

  all(): readonly HostEvent[] {
    return this.events;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * Drives one control through its real lifecycle as a model-driven form does: init, the first
 * updateView, one coalesced updateView per batch of changes with updatedProperties naming
 * them (bound values, dataset pages, requestRender, layout), the outputs read after
 * notifyOutputChanged and echoed into the bound properties, and destroy. Where the returned
 * element is rendered and how work is deferred is the host's, and so are the ways real hosts
 * differ from a form: what updatedProperties lists (`listing`), how many updateView calls one
 * change brings (`updatesPerChange`), and whether updateView runs inside the host's own React
 * render (`renderDuring`), as the platform runs a virtual control's.
 */
import type { PlatformContext } from "./context";
import { SubgridDataset } from "./dataset";
import { propertyWithValue } from "./properties";

type AnyProperty = ComponentFramework.PropertyTypes.Property;
type AnyControl<TInputs, TOutputs> =
  ComponentFramework.StandardControl<TInputs, TOutputs> | ComponentFramework.ReactControl<TInputs, TOutputs>;

/**
 * What a host puts in updatedProperties. Microsoft's hosts differ: a form names what changed,
 * the first calls in a model-driven app may name nothing, and Microsoft's test harness calls
 * updateView with nothing listed after it has loaded a dataset's records.
 */
export type PropertyListing =
  /** The names of what changed (a model-driven form); the default. */
  | "changed"
  /** Nothing, whatever changed. */
  | "none"
  /** Every property name of the control, changed or not, besides what changed ("layout"). */
  | "every";

export interface LifecycleHost {
  /** Shows what updateView returned: a virtual control's element; a standard control renders itself. */
  render(result: unknown): void;
  /**
   * The platform calls a virtual control's updateView while rendering its own React tree: the
   * element it returns is a child of the platform's component, so a state update the control
   * makes inside updateView is an update during another component's render. A host that
   * models this takes `update` here and calls it inside its render (it returns updateView's
   * element); without it the host calls updateView and hands the result to render().
   */
  renderDuring?(update: () => unknown): void;
  /** What updatedProperties lists; "changed" unless said. */
  listing?: PropertyListing;
  /** updateView calls for one change, each with the same updatedProperties; 1 unless said. */
  updatesPerChange?: number;
  /** Runs deferred work the way this host does (the form's next task; a test's act). */
  defer(run: () => void): void;
  /**
   * The form takes a changed output: the property the control sees next. By default the
   * property holds the output as its raw value, formatted like any other.
   */
  echoOutput?(name: string, value: unknown, current: AnyProperty): AnyProperty;
  /** updateView is about to run (the preview reads the container's width and starts its clock). */
  beforeUpdate?(updatedProperties: string[]): void;
  onError?(error: unknown): void;
}

function sameValue(left: unknown, right: unknown): boolean {
  if (left instanceof Date && right instanceof Date) return left.getTime() === right.getTime();
  return left === right;
}

export class ControlLifecycle<TInputs, TOutputs> {
  private pending: Set<string> | undefined;
  private destroyed = false;

  constructor(
    readonly control: AnyControl<TInputs, TOutputs>,
    readonly context: PlatformContext<TInputs>,
    private readonly host: LifecycleHost,
  ) {
    for (const [name, value] of Object.entries(this.parameters)) {
      if (value instanceof SubgridDataset) value.onChange = () => this.requestUpdate([name]);
    }
  }

  private get parameters(): Record<string, unknown> {
    return this.context.parameters as unknown as Record<string, unknown>;
  }

  /**
   * The platform reads outputs after the control's event handler has returned. An output
   * equal to the bound value changes nothing; the others become the bound values of one
   * updateView that names them.
   */
  readonly notifyOutputChanged = (): void => {
    queueMicrotask(() => {
      if (this.destroyed) return;
      const outputs = (this.control.getOutputs?.() ?? {}) as Record<string, unknown>;
      const changed: string[] = [];
      for (const [name, output] of Object.entries(outputs)) {
        const current = this.parameters[name] as AnyProperty | undefined;
        const value = output ?? null;
        if (!current || current instanceof SubgridDataset || sameValue(current.raw, value)) continue;
        this.parameters[name] =
          this.host.echoOutput?.(name, value, current) ?? propertyWithValue(current, value, this.context.formatting);
        changed.push(name);
      }
      if (changed.length > 0) this.requestUpdate(changed);
    });
  };

  /** init and the first updateView, with the updatedProperties the context holds. */
  start(container: HTMLDivElement, notifyOutputChanged: () => void = this.notifyOutputChanged): void {
    this.control.init(this.context, notifyOutputChanged, {}, container);
    this.updateNow(this.context.updatedProperties);
    this.context.updatedProperties = [];
  }

  /** Coalesces changes into one deferred updateView, as the platform batches them. */
  requestUpdate(names: readonly string[]): void {
    if (this.destroyed) return;
    if (this.pending) {
      names.forEach((name) => this.pending?.add(name));
      return;
    }
    this.pending = new Set(names);
    this.host.defer(() => {
      const pending = [...(this.pending ?? [])];
      this.pending = undefined;
      if (!this.destroyed) this.updateNow(pending);
    });
  }

  /** True while an updateView is scheduled. */
  get updatePending(): boolean {
    return this.pending !== undefined;
  }

  /** updateView for a change that names `updatedProperties`, listed and repeated as this host does. */
  updateNow(updatedProperties: string[]): void {
    const host = this.host;
    const listed = this.listed(updatedProperties);
    const update = (): unknown => {
      try {
        return this.control.updateView(this.context);
      } catch (error) {
        host.onError?.(error);
        throw error;
      }
    };
    for (let call = 0; call < (host.updatesPerChange ?? 1); call += 1) {
      this.context.updatedProperties = [...listed];
      host.beforeUpdate?.(this.context.updatedProperties);
      if (host.renderDuring) host.renderDuring(update);
      else host.render(update());
    }
  }

  private listed(changed: string[]): string[] {
    if (this.host.listing === "none") return [];
    if (this.host.listing !== "every") return changed;
    return [...new Set([...Object.keys(this.parameters), ...changed])];
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.control.destroy();
  }
}

/** How long rows that have arrived may stay hidden while further pages load. */
export const REVEAL_AFTER_MS = 250;

/**
 * Decides when the rows of an unfinished first load are shown. A load that completes quickly
 * is rendered once, when its last page arrives: showing each page would re-sort and re-render
 * the growing list for nothing. A slow load shows what has arrived once it has taken
 * REVEAL_AFTER_MS (a timer asks the host for a render if no page arrives by then), and from
 * then on every page as it arrives.
 */
export class RevealTimer {
  private readonly dueAt = Date.now() + REVEAL_AFTER_MS;
  private timer: number | undefined;
  /** The timer fired and the rows it is about have not been shown yet. */
  pending = false;

  constructor(private readonly requestRender: () => void) {}

  /** True once the rows loaded so far should be shown; until then, makes sure a render follows in time. */
  revealNow(): boolean {
    const wait = this.dueAt - Date.now();
    if (wait > 0 && this.timer === undefined) {
      this.timer = window.setTimeout(() => {
        this.pending = true;
        this.requestRender();
      }, wait);
    }
    return wait <= 0 || this.pending;
  }

  /** The rows are shown (or the load is complete): no render needs asking for. */
  stop(): void {
    window.clearTimeout(this.timer);
    this.pending = false;
  }
}

/**
 * The focus views as browser history: each focus (or return to the whole map) is an entry whose
 * address says what is shown (?focus=<claim id>&n=<steps>), so Back, Forward, a reload and a shared
 * link all show the same view. The toolbar's ◀ ▶ are enabled only when the page has an entry to go
 * to: entries before the page's own first one belong to other pages.
 */
import { byId } from './dom.ts';

/**
 * The address of a map page focused on one of its claims, `steps` around it: how a claim is linked
 * from elsewhere (the same claim in another map, in the panel).
 */
export function focusAddress(mapId: string, claimId: string, steps = 2): string {
  return `/maps/${encodeURIComponent(mapId)}?${new URLSearchParams({ focus: claimId, n: String(steps) })}`;
}

/** What the address asks to show: a claim's neighbourhood, or (undefined) the whole map. */
export interface UrlFocus {
  claimId: string;
  steps: number;
}

export class MapHistory {
  private index = 0;
  private max = 0;

  /** `show` is called with what the address asks for whenever Back or Forward changes it. */
  constructor(show: () => void) {
    byId('back').addEventListener('click', () => history.back());
    byId('forward').addEventListener('click', () => history.forward());
    window.addEventListener('popstate', (event) => {
      this.index = (event.state as { index?: number } | null)?.index ?? 0;
      this.updateButtons();
      show();
    });
    history.replaceState({ index: 0 }, '');
  }

  /** A new entry after the current one (dropping any that Forward could have reached). */
  push(focus: UrlFocus | undefined): void {
    const url = new URL(location.pathname, location.origin);
    if (focus) {
      url.searchParams.set('focus', focus.claimId);
      url.searchParams.set('n', String(focus.steps));
    }
    this.index += 1;
    this.max = this.index;
    history.pushState({ index: this.index }, '', url);
    this.updateButtons();
  }

  /** The focus the current address names, if any (the claim may not be on the map). */
  current(): UrlFocus | undefined {
    const params = new URLSearchParams(location.search);
    const claimId = params.get('focus');
    return claimId ? { claimId, steps: Number(params.get('n') ?? 2) } : undefined;
  }

  private updateButtons(): void {
    byId<HTMLButtonElement>('back').disabled = this.index <= 0;
    byId<HTMLButtonElement>('forward').disabled = this.index >= this.max;
  }
}

/**
 * Stands in for `@pagefind/default-ui` where Starlight's search script imports it (see
 * src/plugins/vite-lazy-search-ui.ts). Starlight builds the search interface at idle on every page load;
 * that build (94 KB of code, then the interface drawn into the hidden dialog) was a long task of
 * 100–190 ms on a phone-speed CPU, on pages where most readers never search. Here the real interface is
 * fetched and built the first time the dialog opens, by any route (button, Ctrl+K), and focused then.
 */
type Options = { element: string } & Record<string, unknown>;

const LOADING = 'Loading search…';
const FAILED = 'Search could not be loaded. Check your connection, then close this box and open it again.';

export class PagefindUI {
  /** Wait for the search dialog to open, then build the real interface into `options.element`. */
  constructor(options: Options) {
    const target = document.querySelector<HTMLElement>(options.element);
    const dialog = target?.closest('dialog');
    if (!target || !dialog) throw new Error(`search: no dialog around ${options.element}`);
    const status = document.createElement('p');
    status.className = 'search-status';
    status.setAttribute('role', 'status');
    let state: 'waiting' | 'loading' | 'built' = 'waiting';

    const build = async () => {
      state = 'loading';
      status.textContent = LOADING;
      target.before(status);
      try {
        // @ts-expect-error: the package ships no types (Starlight imports it the same way).
        const { PagefindUI: RealUI } = await import('@pagefind/default-ui');
        new RealUI(options);
        state = 'built';
        status.remove();
        observer.disconnect();
        if (dialog.open) target.querySelector('input')?.focus();
      } catch {
        state = 'waiting';
        status.textContent = FAILED;
      }
    };
    const observer = new MutationObserver(() => { if (dialog.open && state === 'waiting') void build(); });
    observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    if (dialog.open) void build();
  }
}

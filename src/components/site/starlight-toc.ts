/**
 * Stand-in for Starlight's `starlight-toc` element (swapped in by src/plugins/vite-starlight-toc.ts).
 * Starlight finds the current section with `:has()` selectors over the whole page; on a long chapter
 * full of KaTeX markup that took ~200 ms of a phone's main thread at load (measured). This version
 * keeps the same class shape (the mobile table of contents extends it) but only reads the positions of
 * the page's headings, on scroll and on resize.
 */
/** Run `callback` when the browser is idle (or soon, where requestIdleCallback is missing). */
const onIdle = (callback: () => void): void => {
  if ('requestIdleCallback' in window) window.requestIdleCallback(callback);
  else setTimeout(callback, 1);
};

export class StarlightTOC extends HTMLElement {
  private _current = this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');

  /** Mark `link` as the section being read. */
  set current(link: HTMLAnchorElement) {
    if (link === this._current) return;
    this._current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this._current = link;
  }

  constructor() {
    super();
    onIdle(() => this.init());
  }

  /** Pair each link with its heading and follow the reader's position from now on. */
  private init(): void {
    const sections = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
      .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
      .filter((s): s is { link: HTMLAnchorElement; heading: HTMLElement } => s.heading !== null);
    if (sections.length === 0) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      // Hidden copy (the desktop list on a phone, or the other way round): nothing to show.
      if (this.getClientRects().length === 0) return;
      // At the very bottom a short last section can never reach the line; then any heading on screen counts.
      const atBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
      const line = atBottom ? innerHeight : this.readingLine();
      let current = sections[0];
      for (const section of sections) {
        if (section.heading.getBoundingClientRect().top > line) break;
        current = section;
      }
      this.current = current.link;
    };
    const schedule = () => { frame ||= requestAnimationFrame(update); };
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule, { passive: true });
    update();
  }

  /** Distance from the viewport top at which a heading counts as reached: below the header and mobile bar. */
  private readingLine(): number {
    const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
    const summary = this.querySelector('summary')?.getBoundingClientRect().height ?? 0;
    return header + summary + 32;
  }
}

customElements.define('starlight-toc', StarlightTOC);

/**
 * Stand-in for Starlight's `starlight-toc` element (swapped in by src/plugins/vite-starlight-toc.ts).
 * Starlight finds the current section with `:has()` selectors over the whole page; on a long chapter
 * full of KaTeX markup that took ~200 ms of a phone's main thread at load (measured). This version
 * keeps the same class shape (the mobile table of contents extends it) but only reads the positions of
 * the page's headings, on scroll and on resize.
 */
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
    (window.requestIdleCallback ?? setTimeout)(() => this.init());
  }

  /** Pair each link with its heading, then follow the reader: the current section is the last heading above the reading line. */
  private init(): void {
    const sections = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
      .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
      .filter((s) => s.heading);
    let frame = 0;
    const update = () => {
      frame = 0;
      // The copy that is not displayed (desktop list on a phone, or the reverse) has nothing to show.
      if (!sections.length || !this.getClientRects().length) return;
      // At the very bottom a short last section never reaches the line; then any heading on screen counts.
      const line = innerHeight + scrollY >= document.documentElement.scrollHeight - 2 ? innerHeight : this.readingLine();
      this.current = sections.findLast((s) => s.heading!.getBoundingClientRect().top <= line)?.link ?? sections[0]!.link;
    };
    const schedule = () => { frame ||= requestAnimationFrame(update); };
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule, { passive: true });
    update();
  }

  /** Distance from the viewport top at which a heading counts as reached: below the header and the phone's bar. */
  private readingLine(): number {
    const height = (el: Element | null) => el?.getBoundingClientRect().height ?? 0;
    return height(document.querySelector('header')) + height(this.querySelector('summary')) + 32;
  }
}

customElements.define('starlight-toc', StarlightTOC);

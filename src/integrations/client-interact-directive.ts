/**
 * The `client:interact` hydration directive (registered by ./client-interact.ts). A calculator is
 * server-rendered with its default result, so it can wait: it hydrates when the reader first reaches
 * for it (pointer over or on it, touch, keyboard focus), not in a long task while the page loads. Its
 * code is fetched while the browser is idle so that first touch is quick. With the value "url" it
 * hydrates at once when the page's address carries state (a shared link), which it must show.
 *
 * Whatever the reader does before hydration ends is kept: typed values and changed fields are
 * re-announced to the component, button presses are repeated, and a form is not submitted meanwhile.
 */
import type { ClientDirective } from 'astro';

const FIRST_USE = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;
const EARLY = ['input', 'change', 'click', 'submit'] as const;

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const interact: ClientDirective = (load, options, el) => {
  // What the reader did before hydration ended, in order: fields they changed (with what they hold,
  // since hydration may put the server-rendered value back) and buttons they pressed.
  const early = new Map<Element, { types: Set<string>; value: string; checked: boolean }>();
  const keep = (event: Event) => {
    hydrate();
    const target = event.target as Element;
    if (event.type === 'submit') return event.preventDefault();
    const key = event.type === 'click' ? target.closest('button') : 'value' in target ? target : null;
    if (!key) return;
    const types = early.get(key)?.types ?? new Set<string>();
    early.delete(key); // re-inserted last: replay follows the order of the reader's latest actions
    early.set(key, { types: types.add(event.type), value: (target as Field).value, checked: (target as HTMLInputElement).checked });
  };
  for (const type of EARLY) el.addEventListener(type, keep, { capture: true });

  let started = false;
  function hydrate(): void {
    if (started) return;
    started = true;
    for (const type of FIRST_USE) el.removeEventListener(type, hydrate);
    void load().then((run) => run()).then(async () => {
      for (const type of EARLY) el.removeEventListener(type, keep, { capture: true });
      for (const [target, { types, value, checked }] of early) {
        // One action per task, so the component re-renders with each before the next (a button acts on typed text).
        await new Promise((resolve) => setTimeout(resolve));
        if (target instanceof HTMLButtonElement) {
          target.click();
          continue;
        }
        const field = target as Field;
        if (field instanceof HTMLInputElement) {
          field.checked = checked;
          if (field.type !== 'file') field.value = value; // a file input keeps its files; its value cannot be set
        } else field.value = value;
        for (const type of types) field.dispatchEvent(new Event(type, { bubbles: true }));
      }
    });
  }
  if (options.value === 'url' && location.search.length > 1) return hydrate();
  for (const type of FIRST_USE) el.addEventListener(type, hydrate, { passive: true });
  (window.requestIdleCallback ?? setTimeout)(() => { if (!started) void load(); });
};

export default interact;

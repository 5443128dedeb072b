/**
 * The `client:interact` hydration directive (registered by ./client-interact.ts). A calculator is
 * server-rendered with its default result, so it can wait: it hydrates when the reader first reaches
 * for it (pointer over or on it, touch, keyboard focus), not in a long task while the page loads. Its
 * code is fetched while the browser is idle once the island is within a screen of the viewport, so that
 * first touch is quick and a chapter does not download calculators the reader never scrolls to. With the value "url" it
 * hydrates at once when the page's address carries state (a shared link), which it must show; with
 * "load" it hydrates at once, like `client:load`, but still keeps what the reader did while it loaded.
 *
 * Whatever the reader does before hydration ends is kept: what the fields hold and where their cursor
 * or selection is survive hydration itself, typed values and changed fields are re-announced to the
 * component, button presses are repeated, and a form is not submitted meanwhile.
 */
import type { ClientDirective } from 'astro';

const FIRST_USE = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;
const EARLY = ['input', 'change', 'click', 'submit'] as const;

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type FieldState = { value: string; checked: boolean; start: number | null; end: number | null; direction: 'forward' | 'backward' | 'none' | null };

/** What a field holds, and its selection where it has one (number inputs have none). */
const stateOf = (field: Field): FieldState => {
  const text = field instanceof HTMLSelectElement ? null : field;
  return {
    value: field.value,
    checked: field instanceof HTMLInputElement && field.checked,
    start: text?.selectionStart ?? null,
    end: text?.selectionEnd ?? null,
    direction: text?.selectionDirection ?? null,
  };
};

/** Put a field back as it was. Hydration can reset a field: Preact removes a textarea's server-rendered text
 *  and sets its value again, which also moves the cursor to the end, so a "select all, then paste" begun
 *  before hydration would append instead of replace. */
const restore = (field: Field, state: FieldState): void => {
  if (!field.isConnected) return;
  if (field instanceof HTMLInputElement) {
    if (field.checked !== state.checked) field.checked = state.checked;
    if (field.type === 'file') return; // a file input keeps its files; its value cannot be set
  }
  if (field.value !== state.value) field.value = state.value;
  if (!(field instanceof HTMLSelectElement) && state.start !== null && state.end !== null) {
    if (field.selectionStart !== state.start || field.selectionEnd !== state.end) field.setSelectionRange(state.start, state.end, state.direction ?? 'none');
  }
};

const interact: ClientDirective = (load, options, el) => {
  // What the reader did before hydration ended, in order: fields they changed (with what they hold)
  // and buttons they pressed. Fields touched again while the replay runs are left as the reader made them.
  const early = new Map<Element, { types: Set<string>; state: FieldState | null }>();
  const touchedDuringReplay = new Set<Element>();
  let phase: 'waiting' | 'replaying' = 'waiting';
  let replaying = false; // true while we dispatch a replayed event ourselves
  const keep = (event: Event) => {
    if (replaying) return;
    const target = event.target as Element;
    if (phase === 'replaying') {
      if ('value' in target) touchedDuringReplay.add(target);
      return;
    }
    hydrate();
    if (event.type === 'submit') return event.preventDefault();
    const key = event.type === 'click' ? target.closest('button') : 'value' in target ? target : null;
    if (!key) return;
    const types = early.get(key)?.types ?? new Set<string>();
    early.delete(key); // re-inserted last: replay follows the order of the reader's latest actions
    early.set(key, { types: types.add(event.type), state: key === target && 'value' in target ? stateOf(target as Field) : null });
  };
  for (const type of EARLY) el.addEventListener(type, keep, { capture: true });

  /** Hydrate with every field kept as the reader left it (see `restore`), all in one task so no keystroke falls in between. */
  const runKeepingFields = (run: () => Promise<void>): Promise<void> => {
    const fields = [...el.querySelectorAll<Field>('input, textarea, select')].map((field) => [field, stateOf(field)] as const);
    const done = run(); // Astro's Preact renderer hydrates synchronously inside this call
    for (const [field, state] of fields) restore(field, state);
    return done;
  };

  const replay = async (): Promise<void> => {
    phase = 'replaying';
    for (const [target, { types, state }] of early) {
      // One action per task, so the component re-renders with each before the next (a button acts on typed text).
      await new Promise((resolve) => setTimeout(resolve));
      replaying = true;
      if (target instanceof HTMLButtonElement) target.click();
      else {
        const field = target as Field;
        // A button replayed before may have re-rendered this field; put back what the reader typed, unless they have typed since.
        if (state && !touchedDuringReplay.has(field)) restore(field, state);
        for (const type of types) field.dispatchEvent(new Event(type, { bubbles: true }));
      }
      replaying = false;
    }
    for (const type of EARLY) el.removeEventListener(type, keep, { capture: true });
  };

  let started = false;
  function hydrate(): void {
    if (started) return;
    started = true;
    for (const type of FIRST_USE) el.removeEventListener(type, hydrate);
    void load().then(runKeepingFields).then(replay);
  }
  if (options.value === 'load' || (options.value === 'url' && location.search.length > 1)) return hydrate();
  for (const type of FIRST_USE) el.addEventListener(type, hydrate, { passive: true });
  prefetchWhenNear(el, () => { if (!started) void load(); });
};

/** Run `prefetch` at the next idle moment after `el` first comes within one screen height of the viewport. */
function prefetchWhenNear(el: HTMLElement, prefetch: () => void): void {
  const idle = window.requestIdleCallback ?? setTimeout;
  // An island has no box of its own (display: contents), so watch what it renders.
  const target = el.firstElementChild ?? el;
  if (!('IntersectionObserver' in window)) return void idle(prefetch);
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    idle(prefetch);
  }, { rootMargin: '100% 0px' });
  observer.observe(target);
}

export default interact;

// The frame every calculator shares: heading, link problems, the form, and the toolbar.
import type { ComponentChildren, JSX } from 'preact';
import { Toolbar } from './Toolbar';
import { IdScope, useIdScope } from './idScope';

/** Props every calculator island accepts (from Calculator.astro). */
export interface CalculatorProps {
  /** Starting values (a preset), as field strings. */
  initial?: Record<string, string>;
  /** True on the calculator's own Tools page: the state is mirrored into the page URL. */
  syncUrl?: boolean;
  /** Root-relative path (with the site base) of the calculator's Tools page. */
  toolPath: string;
  /** Named starting values the reader can pick from (from src/lib/presets). */
  presets?: PresetOption[];
  /** Prefix for the calculator's ids when the page has another calculator of its kind (see shared/idScope.ts). */
  idScope?: string;
}

/** A preset as the island receives it. */
export interface PresetOption { id: string; label: string; values: Record<string, string> }

interface Props {
  title: string;
  toolPath: string;
  query: string;
  urlErrors: Record<string, string>;
  /** True on the calculator's own Tools page (no "Open on its own page" link there). */
  onToolPage: boolean;
  actions?: { label: string; onClick: () => void; disabled?: boolean }[];
  presets?: PresetOption[];
  /** Apply a preset's values (the calculator's state setter). */
  onPreset?: (values: Record<string, string>) => void;
  /** The calculator's id scope (CalculatorProps.idScope). */
  idScope?: string;
  children: ComponentChildren;
}

export function CalculatorFrame({ idScope = '', ...props }: Props): JSX.Element {
  return <IdScope.Provider value={idScope}><Frame {...props} /></IdScope.Provider>;
}

function Frame({ title, toolPath, onToolPage, query, urlErrors, actions, presets = [], onPreset, children }: Omit<Props, 'idScope'>): JSX.Element {
  const origin = typeof location === 'undefined' ? '' : location.origin;
  const shareUrl = `${origin}${toolPath}${query ? `?${query}` : ''}`;
  const idBase = useIdScope()(title.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  return (
    <form class="calc not-content" aria-label={title} onSubmit={(e) => e.preventDefault()} noValidate>
      <p class="calc-title">{title}</p>
      {urlErrors._url && <p class="calc-url-error" role="alert">{urlErrors._url}</p>}
      {presets.length > 0 && onPreset && (
        <div class="calc-field calc-presets">
          <label for={`${idBase}-preset`}>Start from a preset</label>
          <select id={`${idBase}-preset`} onChange={(e) => {
            const chosen = presets.find((p) => p.id === (e.currentTarget as HTMLSelectElement).value);
            if (chosen) onPreset(chosen.values);
          }}>
            <option value="">Choose a material or cell…</option>
            {presets.map((p) => <option value={p.id}>{p.label}</option>)}
          </select>
        </div>
      )}
      {children}
      <Toolbar shareUrl={shareUrl} actions={actions} toolPageLink={onToolPage ? undefined : `${toolPath}${query ? `?${query}` : ''}`} />
    </form>
  );
}

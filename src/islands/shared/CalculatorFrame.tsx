// The frame every calculator shares: heading, link problems, the form, and the toolbar.
import type { ComponentChildren, JSX } from 'preact';
import { Toolbar } from './Toolbar';

/** Props every calculator island accepts (from Calculator.astro). */
export interface CalculatorProps {
  /** Starting values (a preset), as field strings. */
  initial?: Record<string, string>;
  /** True on the calculator's own Tools page: the state is mirrored into the page URL. */
  syncUrl?: boolean;
  /** Root-relative path (with the site base) of the calculator's Tools page. */
  toolPath: string;
}

interface Props {
  title: string;
  toolPath: string;
  query: string;
  urlErrors: Record<string, string>;
  actions?: { label: string; onClick: () => void; disabled?: boolean }[];
  embedded?: boolean;
  children: ComponentChildren;
}

export function CalculatorFrame({ title, toolPath, query, urlErrors, actions, children }: Props): JSX.Element {
  const origin = typeof location === 'undefined' ? '' : location.origin;
  const shareUrl = `${origin}${toolPath}${query ? `?${query}` : ''}`;
  const onToolPage = typeof location !== 'undefined' && location.pathname === toolPath;
  return (
    <form class="calc not-content" aria-label={title} onSubmit={(e) => e.preventDefault()} noValidate>
      <p class="calc-title">{title}</p>
      {urlErrors._url && <p class="calc-url-error" role="alert">{urlErrors._url}</p>}
      {children}
      <Toolbar shareUrl={shareUrl} actions={actions} toolPageLink={onToolPage ? undefined : `${toolPath}${query ? `?${query}` : ''}`} />
    </form>
  );
}

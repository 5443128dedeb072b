// Copy-link and download buttons under a calculator's results.
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';

interface Props {
  /** Absolute URL of the calculator's Tools page with the current state. */
  shareUrl: string;
  /** Extra actions (downloads), each a label and a handler. */
  actions?: { label: string; onClick: () => void; disabled?: boolean }[];
  /** Link to the Tools page, shown for calculators embedded in a chapter. */
  toolPageLink?: string;
}

export function Toolbar({ shareUrl, actions = [], toolPageLink }: Props): JSX.Element {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying was not allowed; the link is in the address field below.');
    }
  };
  return (
    <div class="calc-toolbar">
      <button type="button" onClick={copy}>Copy link</button>
      {actions.map((a) => <button type="button" onClick={a.onClick} disabled={a.disabled}>{a.label}</button>)}
      {toolPageLink && <a href={toolPageLink}>Open on its own page</a>}
      <input class="calc-toolbar__url" aria-label="Link to this calculation" readOnly value={shareUrl} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
      <span role="status" class="calc-toolbar__status">{status}</span>
    </div>
  );
}

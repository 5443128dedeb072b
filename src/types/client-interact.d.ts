// Type of the handbook's own hydration directive (src/integrations/client-interact-directive.ts).
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on first use; with "url", at once when the address carries state; with "load", at once. */
    'client:interact'?: boolean | 'url' | 'load';
  }
}

/** Astro integration: adds the `client:interact` directive (see ./client-interact-directive.ts). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function clientInteract(): AstroIntegration {
  return {
    name: 'handbook:client-interact',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interact', entrypoint: fileURLToPath(new URL('./client-interact-directive.ts', import.meta.url)) });
      },
    },
  };
}

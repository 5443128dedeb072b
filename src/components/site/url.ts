/** Prefix a root-relative site path with the deployment base (works at a domain root or a sub-path). */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return path.startsWith('/') ? `${base}${path}` : path;
}

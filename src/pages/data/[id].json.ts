// JSON download of one source table, exactly as validated.
import type { APIRoute } from 'astro';
import { allTables } from '~/components/site/data';
import { toJson, type DataTable } from '~/lib/data';

export function getStaticPaths() {
  return allTables().map((table) => ({ params: { id: table.id }, props: { table } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(toJson((props as { table: DataTable }).table), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

// CSV download of one source table (canonical values with units in the headers, plus printed text).
import type { APIRoute } from 'astro';
import { allTables } from '~/components/site/data';
import { toCsv, type DataTable } from '~/lib/data';

export function getStaticPaths() {
  return allTables().map((table) => ({ params: { id: table.id }, props: { table } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv((props as { table: DataTable }).table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

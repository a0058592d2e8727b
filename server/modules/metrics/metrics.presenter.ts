/** The Prometheus text exposition, as prom-client rendered it (nothing in it names a record). */
export function presentMetrics(collected: { contentType: string; text: string }) {
  return { body: collected.text, headers: { 'content-type': collected.contentType } };
}

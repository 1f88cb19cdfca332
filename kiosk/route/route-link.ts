/** The hand-over link a kiosk or a ticket shows as a QR code: the public route page's URL. */
export function routeLink(
  origin: string,
  link: { hall: number; to: string; from?: string | null; stepFree?: boolean },
): string {
  const params = new URLSearchParams({ hall: String(link.hall), to: link.to });
  if (link.from) params.set('from', link.from);
  if (link.stepFree) params.set('stepfree', '1');
  return `${origin}/route/?${params.toString()}`;
}

/** The ticket code in the phone page's address `/t/<code>`: 16 lowercase letters and digits. */
const CODE = /^[a-z0-9]{16}$/;

export function ticketCodeFrom(pathname: string): string | null {
  const match = /^\/t\/([^/?#]+)\/?$/.exec(pathname);
  const code = match?.[1]?.toLowerCase() ?? '';
  return CODE.test(code) ? code : null;
}

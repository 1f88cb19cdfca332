/** A form's error, read out at once (role=alert); nothing at all when there is none. */
export function ErrorAlert({
  message,
  wide,
}: {
  message: string | null | undefined;
  wide?: boolean;
}) {
  if (!message) return null;
  return (
    <p class={wide ? 'error-text wide' : 'error-text'} role="alert">
      {message}
    </p>
  );
}

/** A form's error, read out at once (role=alert); nothing at all when there is none. */
import { useEffect, useRef } from 'preact/hooks';

export function ErrorAlert({
  message,
  wide,
  reveal,
}: {
  message: string | null | undefined;
  wide?: boolean;
  /** Scrolled into view when it appears: a form's message beside a button at the screen's edge. */
  reveal?: boolean;
}) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (reveal && message) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [reveal, message]);
  if (!message) return null;
  return (
    <p ref={ref} class={wide ? 'error-text wide' : 'error-text'} role="alert">
      {message}
    </p>
  );
}

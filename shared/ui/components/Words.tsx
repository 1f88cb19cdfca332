/**
 * A name that may break after its middle dots. Korean keeps words whole (`word-break: keep-all`),
 * so "인감·본인서명사실확인·전입신고" is one word to the browser: in 큰 글씨 it would run off the
 * screen or, forced, break at any letter. A <wbr> after each "·" (and "/") lets it break there.
 */
import { Fragment } from 'preact';

export function Words({ text }: { text: string }) {
  const parts = text.split(/(?<=[·/])/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

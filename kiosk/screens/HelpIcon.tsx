/** Plain line icons for the kinds of help: drawn in the text colour, so high contrast holds. */
import type { HelpKind } from '../../shared/schemas/help';

const PATHS: Record<HelpKind, preact.JSX.Element> = {
  mobility: (
    <>
      <circle cx="24" cy="8" r="4" />
      <path d="M24 14v14h12l5 11" />
      <path d="M24 21h10" />
      <path d="M18 22a12 12 0 1 0 16 16" />
    </>
  ),
  vision: (
    <>
      <path d="M4 24s8-13 20-13 20 13 20 13-8 13-20 13S4 24 4 24z" />
      <circle cx="24" cy="24" r="6" />
      <path d="M8 42 40 6" />
    </>
  ),
  hearing: (
    <>
      <path d="M14 18a10 10 0 0 1 20 0c0 8-8 9-8 17a6 6 0 0 1-11 3" />
      <path d="M20 19a4 4 0 0 1 8 0c0 3-3 4-3 6" />
      <path d="M8 42 40 6" />
    </>
  ),
  forms: (
    <>
      <path d="M10 6h20l8 8v28H10z" />
      <path d="M16 20h16M16 27h16M16 34h9" />
      <path d="M30 6v8h8" />
    </>
  ),
  language: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M6 24h36M24 6c-7 8-7 28 0 36M24 6c7 8 7 28 0 36" />
    </>
  ),
  other: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M18 19a6 6 0 1 1 8 5.6c-1.3.6-2 1.6-2 3V30" />
      <circle cx="24" cy="36" r="1.5" />
    </>
  ),
  come: (
    <>
      <circle cx="24" cy="9" r="4" />
      <path d="M24 15v14M24 29l-6 13M24 29l6 13M24 19l-10 6M24 19l10-12" />
    </>
  ),
};

export function HelpIcon({ kind }: { kind: HelpKind }) {
  return (
    <svg
      class="help-icon"
      viewBox="0 0 48 48"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="3"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {PATHS[kind]}
    </svg>
  );
}

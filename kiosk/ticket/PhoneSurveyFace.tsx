/** A drawn face for the phone survey's 1–5 scale, the same on every phone's fonts. */
const MOUTHS = [
  'M12 34 Q24 24 36 34',
  'M13 32 Q24 27 35 32',
  'M13 31 L35 31',
  'M13 29 Q24 35 35 29',
  'M12 28 Q24 40 36 28',
] as const;

export function PhoneSurveyFace({ score }: { score: 1 | 2 | 3 | 4 | 5 }) {
  return (
    <svg viewBox="0 0 48 48" width="44" height="44" aria-hidden="true">
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
      <circle cx="17" cy="19" r="2.6" fill="currentColor" />
      <circle cx="31" cy="19" r="2.6" fill="currentColor" />
      <path
        d={MOUTHS[score - 1]}
        fill="none"
        stroke="currentColor"
        stroke-width="3"
        stroke-linecap="round"
      />
    </svg>
  );
}

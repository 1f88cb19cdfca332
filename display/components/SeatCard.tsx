/**
 * One desk: photo or silhouette, name, position, duties, extension, and presence as colour, word
 * and icon together. An absent officer's desk says when they are back and who stands in; the
 * stand-in's desk says for whom. Sizes come from display/seat-layout.ts through CSS variables.
 */
import { useState } from 'preact/hooks';
import type { StaffMember } from '../../shared/schemas/hall';
import { t } from '../../shared/i18n';
import { shortExtension } from '../seat-layout';
import './seat-lunch.css';

/** Never colour alone: each status has its own mark as well as its word. */
export const PRESENCE_ICONS: Record<StaffMember['presence'], string> = {
  in: '●',
  counter: '▣',
  away: '○',
  trip: '✈',
  training: '✎',
  meeting: '◆',
  leave: '—',
  field: '➜',
  lunch: '◐',
};

/** The legend's order: at the desk first, then the ways of being away. */
export const PRESENCE_ORDER: StaffMember['presence'][] = [
  'in',
  'counter',
  'away',
  'meeting',
  'training',
  'trip',
  'field',
  'lunch',
  'leave',
];

export function Silhouette() {
  return (
    <svg class="seat-photo silhouette" viewBox="0 0 240 320" aria-hidden="true">
      <rect width="240" height="320" fill="#d9dee3" />
      <circle cx="120" cy="120" r="54" fill="#9aa5b1" />
      <path d="M26 320c6-76 48-112 94-112s88 36 94 112z" fill="#9aa5b1" />
    </svg>
  );
}

export function SeatCard({
  member,
  proxy,
  standsFor = [],
  highlight = false,
}: {
  member: StaffMember;
  proxy: StaffMember | undefined;
  /** Absent colleagues this officer stands in for. */
  standsFor?: StaffMember[];
  highlight?: boolean;
}) {
  // A photo that fails to load falls back to the silhouette: never a broken image.
  const [broken, setBroken] = useState<string | null>(null);
  const present = member.presence === 'in' || member.presence === 'counter';
  const photo = member.photoUrl && broken !== member.photoUrl ? member.photoUrl : null;
  // The lunch rotation (C13) says its return in the status itself: "점심 (13:00 복귀)".
  const lunchBack = member.presence === 'lunch' && member.returnAt ? member.returnAt : null;
  const returnAt = present || lunchBack ? null : member.returnAt;
  const showProxy = !present && proxy;
  const classes = [
    'seat-card',
    `presence-${member.presence}`,
    standsFor.length > 0 && present ? 'standin' : '',
    highlight ? 'highlight' : '',
  ];
  return (
    <article
      class={classes.filter(Boolean).join(' ')}
      aria-label={member.name}
      aria-current={highlight ? 'true' : undefined}
      data-staff-id={member.id}
    >
      {highlight && <p class="seat-here">{t('seats.here')}</p>}
      <div class="seat-top">
        {photo ? (
          <img class="seat-photo" src={photo} alt="" onError={() => setBroken(photo)} />
        ) : (
          <Silhouette />
        )}
        <div class="seat-text">
          <h2 class="seat-name">{member.name}</h2>
          <p class="seat-position">{member.position}</p>
          {showProxy ? (
            <p class="seat-proxy">{t('seats.proxy', { name: proxy.name })}</p>
          ) : (
            <p class="seat-duties" title={member.duties.join(' · ')}>
              {member.duties.slice(0, 2).join(' · ')}
            </p>
          )}
          <p class="seat-extension">
            {t('seats.extension')} {shortExtension(member.extension)}
          </p>
        </div>
      </div>
      <div class="seat-band">
        <p class="seat-presence" data-presence={member.presence}>
          <span aria-hidden="true">{PRESENCE_ICONS[member.presence]}</span>{' '}
          {lunchBack ? (
            <>
              {t('hallx.lunchWord')}{' '}
              <span class="seat-lunch-back">{t('hallx.lunchBackAt', { time: lunchBack })}</span>
            </>
          ) : (
            t(`presence.${member.presence}`)
          )}
        </p>
        {returnAt && <p class="seat-away">{t('seats.return', { time: returnAt })}</p>}
        {present && standsFor[0] && (
          <p class="seat-standin-for">
            <span aria-hidden="true">⇄ </span>
            {t('seats.standsIn', { name: standsFor.map((m) => m.name).join('·') })}
          </p>
        )}
      </div>
    </article>
  );
}

/** One seat: photo or silhouette, name, position, duties, extension and presence in words. */
import { useState } from 'preact/hooks';
import type { StaffMember } from '../../shared/schemas/hall';
import { t } from '../../shared/i18n';
import './seat-lunch.css';

const ICONS: Record<StaffMember['presence'], string> = {
  in: '●',
  counter: '●',
  away: '○',
  trip: '✈',
  training: '✎',
  meeting: '◆',
  leave: '—',
  field: '➜',
  lunch: '◐',
};

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
}: {
  member: StaffMember;
  proxy: StaffMember | undefined;
}) {
  // A photo that fails to load falls back to the silhouette: never a broken image.
  const [broken, setBroken] = useState<string | null>(null);
  const present = member.presence === 'in' || member.presence === 'counter';
  const photo = member.photoUrl && broken !== member.photoUrl ? member.photoUrl : null;
  // The lunch rotation (C13) says its return in the status itself: "점심 (13:00 복귀)".
  const lunchBack = member.presence === 'lunch' && member.returnAt ? member.returnAt : null;
  const returnAt = lunchBack ? null : member.returnAt;
  return (
    <article
      class={`seat-card presence-${member.presence}`}
      aria-label={member.name}
      data-staff-id={member.id}
    >
      {photo ? (
        <img class="seat-photo" src={photo} alt="" onError={() => setBroken(photo)} />
      ) : (
        <Silhouette />
      )}
      <div class="seat-text">
        <p class="seat-position">
          {member.team && member.team !== member.position ? `${member.team} · ` : ''}
          {member.position}
        </p>
        <h2 class="seat-name">{member.name}</h2>
        <p class="seat-presence" data-presence={member.presence}>
          <span aria-hidden="true">{ICONS[member.presence]}</span>{' '}
          {lunchBack ? (
            <>
              {t('hallx.lunchWord')}{' '}
              <span class="seat-lunch-back">{t('hallx.lunchBackAt', { time: lunchBack })}</span>
            </>
          ) : (
            t(`presence.${member.presence}`)
          )}
        </p>
        {!present && (returnAt || proxy) && (
          <p class="seat-away">
            {returnAt && t('seats.return', { time: returnAt })}
            {returnAt && proxy && ' · '}
            {proxy && t('seats.proxy', { name: `${proxy.name} ${proxy.position}` })}
          </p>
        )}
        <p class="seat-duties">{member.duties.slice(0, 3).join(' · ')}</p>
        <p class="seat-extension">
          {t('seats.extension')} {member.extension}
        </p>
      </div>
    </article>
  );
}

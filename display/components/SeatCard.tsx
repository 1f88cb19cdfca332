/** One seat: photo or silhouette, name, position, duties, extension and presence in words. */
import type { StaffMember } from '../../shared/schemas/hall';
import { t } from '../../shared/i18n';

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

export function SeatCard({
  member,
  proxy,
}: {
  member: StaffMember;
  proxy: StaffMember | undefined;
}) {
  const present = member.presence === 'in' || member.presence === 'counter';
  return (
    <article class={`seat-card presence-${member.presence}`} aria-label={member.name}>
      {member.photoUrl ? (
        <img class="seat-photo" src={member.photoUrl} alt="" />
      ) : (
        <svg class="seat-photo silhouette" viewBox="0 0 240 300" aria-hidden="true">
          <rect width="240" height="300" fill="#d9dee3" />
          <circle cx="120" cy="115" r="52" fill="#9aa5b1" />
          <path d="M30 300c6-70 46-104 90-104s84 34 90 104z" fill="#9aa5b1" />
        </svg>
      )}
      <div class="seat-text">
        <p class="seat-position">{member.position}</p>
        <h2 class="seat-name">{member.name}</h2>
        <p class="seat-presence" data-presence={member.presence}>
          <span aria-hidden="true">{ICONS[member.presence]}</span>{' '}
          {t(`presence.${member.presence}`)}
          {member.returnAt && !present && <> · {t('seats.return', { time: member.returnAt })}</>}
        </p>
        {!present && proxy && (
          <p class="seat-proxy">{t('seats.proxy', { name: `${proxy.name} ${proxy.position}` })}</p>
        )}
        <ul class="seat-duties">
          {member.duties.slice(0, 3).map((duty) => (
            <li key={duty}>{duty}</li>
          ))}
        </ul>
        <p class="seat-extension">
          {t('seats.extension')} {member.extension}
        </p>
      </div>
    </article>
  );
}

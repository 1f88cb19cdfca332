/** A seat card on the kiosk: photo, name, place, duties, extension, presence and the stand-in. */
import { Silhouette } from '../../display/components/SeatCard';
import { nameOf, t } from '../../shared/i18n';
import type { Department, Floor, StaffMember } from '../../shared/schemas/hall';

export const isPresent = (member: StaffMember) =>
  member.presence === 'in' || member.presence === 'counter';

export function StaffCard({
  member,
  department,
  floor,
  proxy,
}: {
  member: StaffMember;
  department: Department | undefined;
  floor: Floor | undefined;
  proxy: StaffMember | undefined;
}) {
  const present = isPresent(member);
  return (
    <article class="staff-card" data-speak aria-labelledby={`staff-${member.id}-name`}>
      {member.photoUrl ? <img class="seat-photo" src={member.photoUrl} alt="" /> : <Silhouette />}
      <div class="staff-card-text">
        <p class="staff-card-place">
          {department &&
            t('staff.where', {
              department: nameOf(department),
              place: `${floor ? nameOf(floor) : ''} ${department.room}`.trim(),
            })}
        </p>
        <h2 id={`staff-${member.id}-name`}>
          {member.name} <span class="staff-card-position">{member.position}</span>
        </h2>
        <p class={`staff-card-presence ${present ? 'present' : 'away'}`}>
          {t(`presence.${member.presence}`)}
          {!present && member.returnAt && ` · ${t('seats.return', { time: member.returnAt })}`}
        </p>
        {!present && proxy && (
          <p class="staff-card-proxy">
            {t('staff.standIn', { name: `${proxy.name} ${proxy.position}` })} ·{' '}
            {t('seats.extension')} <span class="phone-number">{proxy.extension}</span>
          </p>
        )}
        <ul class="staff-card-duties">
          {member.duties.map((duty) => (
            <li key={duty}>{duty}</li>
          ))}
        </ul>
        <p class="staff-card-extension">
          {t('seats.extension')} <span class="phone-number">{member.extension}</span>
        </p>
      </div>
    </article>
  );
}

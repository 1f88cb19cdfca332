/**
 * A department as the directory shows it: where it is, its phone and hours, its services with
 * "take a ticket", and its seat chart (좌석배치도) as the administrator's seat plan arranges the
 * room, with each officer's presence and the officer being sought highlighted; a desk opens the
 * officer screen.
 */
import { nameOf, t } from '../../shared/i18n';
import type { Department, Floor } from '../../shared/schemas/hall';
import { useKiosk } from '../context';
import { ticketStart } from '../state';
import { Words } from '../../shared/ui/components/Words';
import { OfficeSeatChart } from '../map/OfficeSeatChart';

export function DirectoryDepartment({
  department,
  floor,
  highlightStaffId,
}: {
  department: Department;
  floor: Floor | null;
  highlightStaffId: number | null;
}) {
  const { hall, session } = useKiosk();
  const services = hall.services.filter((s) => s.departmentId === department.id);
  const staff = hall.staff.filter((s) => s.departmentId === department.id);

  return (
    <section class="directory-department" aria-labelledby="directory-department-name">
      <h2 id="directory-department-name">{nameOf(department)}</h2>
      <dl class="department-facts">
        <div>
          <dt>{t('directory.where')}</dt>
          <dd>
            {floor ? nameOf(floor) : ''} {department.room}
          </dd>
        </div>
        <div>
          <dt>{t('directory.phone')}</dt>
          <dd class="phone-number">{department.phone}</dd>
        </div>
        <div>
          <dt>{t('directory.hours')}</dt>
          <dd>{department.hours}</dd>
        </div>
      </dl>
      {services.length > 0 && (
        <>
          <h3>{t('directory.services')}</h3>
          <ul class="directory-services">
            {services.map((service) => {
              const queue = hall.queues.find((q) => q.serviceId === service.id);
              return (
                <li key={service.id}>
                  <span class="directory-service-name">
                    <Words text={nameOf(service)} />
                  </span>
                  {queue && (
                    <span class="directory-service-meta">
                      {t('common.waitingCount', { n: queue.waiting })}
                    </span>
                  )}
                  {queue && (
                    <button
                      type="button"
                      class="primary"
                      aria-label={`${t('kiosk.services')}: ${nameOf(service)}`}
                      onClick={() => session.go(ticketStart(queue))}
                    >
                      {t('kiosk.services')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {staff.length > 0 && (
        <>
          <h3>{t('directory.seatChart', { department: nameOf(department) })}</h3>
          <OfficeSeatChart
            staff={staff}
            plan={hall.seatPlans?.find((p) => p.id === department.id)?.plan}
            highlightStaffId={highlightStaffId}
            onOpen={(member) => session.go({ screen: 'staff', staffId: member.id })}
          />
        </>
      )}
    </section>
  );
}

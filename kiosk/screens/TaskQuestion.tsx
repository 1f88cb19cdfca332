/**
 * The task within the service (등본, 초본, …), asked before priority so the officer can prepare
 * and the estimate can use the task's length. "잘 모르겠습니다" always goes on without one.
 */
import { lang, nameOf, t } from '../../shared/i18n';
import { useKiosk } from '../context';
import type { KioskRoute } from '../state';
import { Words } from '../../shared/ui/components/Words';

export function TaskQuestion({ route }: { route: Extract<KioskRoute, { screen: 'task' }> }) {
  const { hall, session } = useKiosk();
  const queue = hall.queues.find((q) => q.serviceId === route.serviceId);
  if (!queue) return null;
  const english = lang.value === 'en';
  const choose = (task?: string) =>
    session.go({ screen: 'priority', serviceId: route.serviceId, ...(task ? { task } : {}) });

  return (
    <main class="kiosk-main">
      <p class="kiosk-step">
        <Words text={nameOf(queue)} />
      </p>
      <h1>{t('kiosk.taskQuestion')}</h1>
      <p class="kiosk-lead">{t('kiosk.taskWhy')}</p>
      <ul class="choice-grid task-choices">
        {(queue.tasks ?? []).map((task) => (
          <li key={task.name}>
            {/* The Korean name is what the counter calls it; in English its translation helps. */}
            <button type="button" class="task-button" onClick={() => choose(task.name)}>
              <span class="task-label" lang="ko">
                {task.name}
              </span>
              {english && task.nameEn && <span class="task-hint">{task.nameEn}</span>}
            </button>
          </li>
        ))}
        <li>
          <button type="button" class="task-button not-sure" onClick={() => choose()}>
            <span class="task-label">{t('kiosk.taskNotSure')}</span>
            <span class="task-hint">{t('kiosk.taskNotSureHint')}</span>
          </button>
        </li>
      </ul>
      <button type="button" onClick={() => session.go({ screen: 'services' })}>
        {t('common.back')}
      </button>
    </main>
  );
}

/** The kiosk's first screen: a greeting and one large button per task. */
import { nameOf, t } from '../../shared/i18n';
import { useKiosk } from '../context';

export function Home() {
  const { hall, session } = useKiosk();
  const tasks = [
    { screen: 'services', label: t('kiosk.services'), hint: t('kiosk.servicesHint') },
    { screen: 'directory', label: t('kiosk.directory'), hint: t('kiosk.directoryHint') },
    { screen: 'staff', label: t('kiosk.staff'), hint: t('kiosk.staffHint') },
    { screen: 'feedback', label: t('kiosk.feedback'), hint: t('kiosk.feedbackHint') },
    { screen: 'info', label: t('info.title'), hint: t('kiosk.infoHint') },
  ] as const;
  return (
    <main class="kiosk-main">
      <h1 class="kiosk-greeting">
        {t('kiosk.welcome')}
        <span>{t('kiosk.hall', { hall: nameOf(hall.hall) })}</span>
      </h1>
      <ul class="task-grid">
        {tasks.map((task) => (
          <li key={task.screen}>
            <button
              type="button"
              class="task-button"
              onClick={() => session.go({ screen: task.screen })}
            >
              <span class="task-label">{task.label}</span>
              <span class="task-hint">{task.hint}</span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}

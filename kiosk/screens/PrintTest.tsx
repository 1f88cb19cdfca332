/**
 * The admin's print test (인쇄 시험): a short receipt that says it is a test, printed the moment the
 * command arrives and on top of whatever screen a visitor has, without changing it. The person
 * who pressed the button looks at the printer; the console shows what the browser answered.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DeviceCommandMessage } from '../../shared/events';
import { t } from '../../shared/i18n';
import type { AppSocket } from '../../shared/live';
import { hallStamp } from '../../shared/hall-time';
import { printReceipt } from '../print';

export function PrintTest({ socket }: { socket: AppSocket }) {
  const [request, setRequest] = useState<{ name: string; at: Date } | null>(null);
  useEffect(() => {
    const onCommand = (message: DeviceCommandMessage) => {
      if (message.command === 'print-test') setRequest({ name: message.name, at: new Date() });
    };
    socket.on('device:command', onCommand);
    return () => void socket.off('device:command', onCommand);
  }, [socket]);
  useEffect(() => {
    if (!request) return;
    // Printed once the test receipt is on the page; the class keeps any ticket receipt off it.
    document.documentElement.classList.add('print-test');
    printReceipt({ test: true });
    document.documentElement.classList.remove('print-test');
    setRequest(null);
  }, [request]);
  if (!request) return null;
  return (
    <div class="receipt receipt-test" aria-hidden="true">
      <p class="receipt-hall">{t('kiosk.printTestTitle')}</p>
      <p class="receipt-number">1234</p>
      <p>{request.name}</p>
      <p class="receipt-small">{hallStamp(request.at.getTime())}</p>
      <p class="receipt-small">{t('kiosk.printTestBody')}</p>
    </div>
  );
}

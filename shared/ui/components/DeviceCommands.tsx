/**
 * Remote commands from the admin console to this one device (its own socket room): "reload" reloads
 * the page; "identify" shows the device's name big for ten seconds, so the admin can tell which
 * screen on the wall is which ("print-test" is handled by the kiosk). It also reports which app version the screen runs.
 * Mounted once in every device screen (DeviceGate, and the guide tablet).
 */
import { useEffect, useState } from 'preact/hooks';
import type { DeviceCommandMessage } from '../../events';
import type { AppSocket } from '../../live';
import { api } from '../api';
import { deviceToken } from '../connection';
import './device-commands.css';

/** How long "identify" shows the name. */
export const IDENTIFY_MS = 10_000;

/** The server's version when this page loaded: the version of the code the screen runs. */
let loadedVersion: Promise<string | null> | null = null;
const versionOfPage = () =>
  (loadedVersion ??= api<{ version: string }>('/api/health').then((r) =>
    r.ok ? r.data.version : null,
  ));

export function DeviceCommands({ socket }: { socket: AppSocket }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onCommand = (message: DeviceCommandMessage) => {
      if (message.command === 'reload') {
        window.location.reload();
        return;
      }
      // The print test is the kiosk's own (kiosk/screens/PrintTest.tsx).
      if (message.command !== 'identify') return;
      setName(message.name);
      clearTimeout(timer);
      timer = setTimeout(() => setName(null), IDENTIFY_MS);
    };
    const report = async () => {
      const token = deviceToken.value;
      const version = await versionOfPage();
      if (!token || !version) return;
      await api('/api/hall/devices/version', {
        body: { appVersion: version },
        deviceToken: token,
      });
    };
    socket.on('device:command', onCommand);
    socket.on('connect', report);
    if (socket.connected) void report();
    return () => {
      clearTimeout(timer);
      socket.off('device:command', onCommand);
      socket.off('connect', report);
    };
  }, [socket]);
  if (!name) return null;
  return (
    <div class="device-identify" role="status" aria-live="assertive">
      <p class="device-identify-name">{name}</p>
    </div>
  );
}

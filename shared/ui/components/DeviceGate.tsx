/** Renders its child with a live socket once the screen is paired; the pairing page before. */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { AppSocket } from '../../live';
import { connect, deviceToken } from '../connection';
import { DeviceCommands } from './DeviceCommands';
import { PairingScreen } from './PairingScreen';

export function DeviceGate({ children }: { children: (socket: AppSocket) => ComponentChildren }) {
  const token = deviceToken.value;
  const socket = useMemo(() => (token ? connect(token) : null), [token]);
  useEffect(() => () => void socket?.disconnect(), [socket]);
  if (!socket) return <PairingScreen />;
  return (
    <>
      <DeviceCommands socket={socket} />
      {children(socket)}
    </>
  );
}

/** Staff screens connect with the session cookie (and a tablet's token when it has one). */
export function useStaffSocket(): AppSocket {
  const token = deviceToken.value;
  const socket = useMemo(() => connect(token), [token]);
  useEffect(() => () => void socket.disconnect(), [socket]);
  return socket;
}

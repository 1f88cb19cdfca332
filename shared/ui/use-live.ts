/** Follows one stream for the life of a component. */
import { useEffect, useMemo } from 'preact/hooks';
import { createLive, type AppSocket } from '../live';
import type { StreamRef } from '../streams';

export function useLive<R extends StreamRef>(socket: AppSocket, ref: R) {
  const key = JSON.stringify(ref);
  const live = useMemo(() => createLive(socket, ref), [socket, key]);
  useEffect(() => () => live.stop(), [live]);
  return live;
}

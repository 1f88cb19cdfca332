/** Room names, as DESIGN.md lists them. Everything belongs to a hall. */
export const rooms = {
  board: (hallId: number) => `hall:${hallId}:board`,
  department: (hallId: number, departmentId: number) => `hall:${hallId}:dept:${departmentId}`,
  guides: (hallId: number) => `hall:${hallId}:guides`,
  counters: (hallId: number) => `hall:${hallId}:counters`,
  admin: (hallId: number) => `hall:${hallId}:admin`,
  kiosks: (hallId: number) => `hall:${hallId}:kiosks`,
  kiosk: (deviceId: number) => `kiosk:${deviceId}`,
  device: (deviceId: number) => `device:${deviceId}`,
  ticket: (code: string) => `ticket:${code}`,
  // A signed-in socket's own rooms, so an ended session or a changed account can cut it at once.
  // The session is named by its hash: the id itself is a credential.
  session: (sessionHash: string) => `session:${sessionHash}`,
  account: (accountId: number) => `account:${accountId}`,
  signedIn: (hallId: number) => `hall:${hallId}:signed-in`,
};

/** Staff accounts and their sign-in sessions. */
import type { Account, AccountAdminRow, Role } from '../../shared/schemas/accounts';
import type { Db } from './db';

type AccountRow = {
  id: number;
  hall_id: number;
  username: string;
  display_name: string;
  role: Role;
  staff_id: number | null;
  password_hash: string;
  must_change_password: number;
  disabled_at: string | null;
};

const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  hallId: row.hall_id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  staffId: row.staff_id,
  mustChangePassword: row.must_change_password === 1,
});

const toAdminRow = (row: AccountRow): AccountAdminRow => ({
  ...toAccount(row),
  disabled: row.disabled_at !== null,
});

export type NewAccount = {
  username: string;
  displayName: string;
  role: Role;
  staffId: number | null;
  passwordHash: string;
  mustChangePassword: boolean;
};

export function createAccountStore(db: Db) {
  const byUsername = db.prepare<[string], AccountRow>(
    'SELECT * FROM accounts WHERE username = ? AND disabled_at IS NULL ORDER BY hall_id LIMIT 1',
  );
  const byId = db.prepare<[number], AccountRow>('SELECT * FROM accounts WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO accounts (hall_id, username, display_name, role, staff_id, password_hash, must_change_password, created_at)
     VALUES (@hallId, @username, @displayName, @role, @staffId, @passwordHash, @mustChange, @now)`,
  );
  const ofRole = db.prepare<[number, string], AccountRow>(
    'SELECT * FROM accounts WHERE hall_id = ? AND role = ? AND disabled_at IS NULL ORDER BY id',
  );
  const insertSession = db.prepare(
    'INSERT INTO sessions (id_hash, hall_id, account_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  );
  // A session of an account that must change its password opens nothing until it is changed.
  const sessionByHash = db.prepare<
    [string, string],
    { account_id: number; hall_id: number; expires_at: string }
  >(
    `SELECT s.account_id, s.hall_id, s.expires_at FROM sessions s
     JOIN accounts a ON a.id = s.account_id
     WHERE s.id_hash = ? AND s.expires_at > ? AND a.must_change_password = 0
       AND a.disabled_at IS NULL`,
  );
  const ofHall = db.prepare<[number], AccountRow>(
    'SELECT * FROM accounts WHERE hall_id = ? ORDER BY disabled_at IS NOT NULL, username',
  );
  // Sign-in looks a name up across halls, so a name is taken if any hall has it, in any case.
  const nameTaken = db.prepare<[string], { id: number }>(
    'SELECT id FROM accounts WHERE username = ? COLLATE NOCASE LIMIT 1',
  );
  const setRole = db.prepare('UPDATE accounts SET role = ? WHERE hall_id = ? AND id = ?');
  const setDisabled = db.prepare(
    'UPDATE accounts SET disabled_at = ? WHERE hall_id = ? AND id = ?',
  );
  const setPassword = db.prepare(
    `UPDATE accounts SET password_hash = @hash, must_change_password = @mustChange
     WHERE hall_id = @hallId AND id = @id`,
  );
  const endSessionsOf = db.prepare('DELETE FROM sessions WHERE account_id = ?');
  const endSessionsOfHall = db.prepare('DELETE FROM sessions WHERE hall_id = ?');
  const ofStaff = db.prepare<[number, number], AccountRow>(
    'SELECT * FROM accounts WHERE hall_id = ? AND staff_id = ? AND disabled_at IS NULL',
  );
  const deleteSession = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const deleteExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');

  return {
    /** With the password hash: only sign-in needs it. */
    forSignIn(username: string): (Account & { passwordHash: string }) | undefined {
      const row = byUsername.get(username);
      return row && { ...toAccount(row), passwordHash: row.password_hash };
    },
    get(id: number): Account | undefined {
      const row = byId.get(id);
      return row && !row.disabled_at ? toAccount(row) : undefined;
    },
    ofRole: (hallId: number, role: Role): Account[] => ofRole.all(hallId, role).map(toAccount),
    /** Every account of the hall, disabled ones last, for the admin console. */
    adminList: (hallId: number): AccountAdminRow[] => ofHall.all(hallId).map(toAdminRow),
    adminRow(hallId: number, id: number): AccountAdminRow | undefined {
      const row = byId.get(id);
      return row && row.hall_id === hallId ? toAdminRow(row) : undefined;
    },
    usernameTaken: (username: string): boolean => nameTaken.get(username) !== undefined,
    /** Enabled accounts linked to a staff member. */
    ofStaff: (hallId: number, staffId: number): Account[] =>
      ofStaff.all(hallId, staffId).map(toAccount),
    setRole(hallId: number, id: number, role: Role): void {
      setRole.run(role, hallId, id);
    },
    setDisabled(hallId: number, id: number, at: string | null): void {
      setDisabled.run(at, hallId, id);
    },
    setPassword(hallId: number, id: number, hash: string, mustChange: boolean): void {
      setPassword.run({ hallId, id, hash, mustChange: mustChange ? 1 : 0 });
    },
    /** Signs the account out everywhere. */
    endSessionsOf(accountId: number): void {
      endSessionsOf.run(accountId);
    },
    /** Signs everybody of the hall out. */
    endSessionsOfHall(hallId: number): void {
      endSessionsOfHall.run(hallId);
    },
    add(hallId: number, account: NewAccount, now: string): number {
      return Number(
        insert.run({ ...account, hallId, mustChange: account.mustChangePassword ? 1 : 0, now })
          .lastInsertRowid,
      );
    },
    addSession(
      idHash: string,
      hallId: number,
      accountId: number,
      now: string,
      expiresAt: string,
    ): void {
      deleteExpired.run(now);
      insertSession.run(idHash, hallId, accountId, now, expiresAt);
    },
    session: (idHash: string, now: string) => sessionByHash.get(idHash, now),
    endSession(idHash: string): void {
      deleteSession.run(idHash);
    },
  };
}

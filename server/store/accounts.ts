/** Staff accounts and their sign-in sessions. */
import type { Account, Role } from '../../shared/schemas/accounts';
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
  const sessionByHash = db.prepare<
    [string, string],
    { account_id: number; hall_id: number; expires_at: string }
  >('SELECT account_id, hall_id, expires_at FROM sessions WHERE id_hash = ? AND expires_at > ?');
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

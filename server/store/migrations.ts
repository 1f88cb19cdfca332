/**
 * The schema as an append-only list: never edit a shipped entry, add a new one.
 * `user_version` records how many have been applied.
 */
export const migrations: readonly string[] = [
  // 1: the hall, its places and people, devices, accounts and the event log.
  `
  CREATE TABLE halls (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL,
    open_time TEXT NOT NULL,
    close_time TEXT NOT NULL,
    lunch_from TEXT,
    lunch_to TEXT,
    profile_id TEXT NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0,
    -- Only for a demo hall: the demo devices' tokens, so the landing page can open them paired.
    demo_secrets TEXT,
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE floors (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL,
    sort INTEGER NOT NULL,
    layout TEXT NOT NULL,
    UNIQUE (hall_id, code)
  ) STRICT;

  CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL,
    floor_id INTEGER REFERENCES floors(id),
    room TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    hours TEXT NOT NULL DEFAULT '',
    tasks TEXT NOT NULL DEFAULT '[]',
    sort INTEGER NOT NULL DEFAULT 0,
    UNIQUE (hall_id, slug)
  ) STRICT;
  CREATE INDEX departments_floor ON departments(floor_id);

  CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    name TEXT NOT NULL,
    team TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    grade TEXT NOT NULL DEFAULT '',
    duties TEXT NOT NULL DEFAULT '[]',
    extension TEXT NOT NULL DEFAULT '',
    photo_file TEXT,
    photo_consent_at TEXT,
    seat_row INTEGER NOT NULL DEFAULT 1,
    seat_col INTEGER NOT NULL DEFAULT 1,
    presence TEXT NOT NULL DEFAULT 'in',
    presence_note TEXT NOT NULL DEFAULT '',
    return_at TEXT,
    proxy_id INTEGER REFERENCES staff(id),
    retired_at TEXT
  ) STRICT;
  CREATE INDEX staff_department ON staff(department_id);

  CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    code INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    avg_service_min REAL NOT NULL,
    open INTEGER NOT NULL DEFAULT 1,
    daily_cap INTEGER,
    sort INTEGER NOT NULL DEFAULT 0,
    UNIQUE (hall_id, code)
  ) STRICT;

  CREATE TABLE counters (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    number INTEGER NOT NULL,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    state TEXT NOT NULL DEFAULT 'closed',
    UNIQUE (hall_id, number)
  ) STRICT;

  -- Which services a counter calls from, in order of preference.
  CREATE TABLE counter_services (
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    counter_id INTEGER NOT NULL REFERENCES counters(id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES services(id),
    rank INTEGER NOT NULL,
    PRIMARY KEY (counter_id, service_id)
  ) STRICT;
  CREATE INDEX counter_services_service ON counter_services(service_id);

  CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    kind TEXT NOT NULL CHECK (kind IN ('kiosk', 'display', 'guide')),
    name TEXT NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}',
    -- SHA-256 of the device token: a stolen database does not pair a screen.
    token_hash TEXT UNIQUE,
    paired_at TEXT,
    revoked_at TEXT,
    last_seen_at TEXT,
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE pairing_codes (
    code TEXT PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    device_id INTEGER NOT NULL REFERENCES devices(id),
    expires_at TEXT NOT NULL,
    used_at TEXT
  ) STRICT;
  CREATE INDEX pairing_codes_device ON pairing_codes(device_id);

  CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    username TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'counter', 'guide')),
    staff_id INTEGER REFERENCES staff(id),
    password_hash TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    disabled_at TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (hall_id, username)
  ) STRICT;

  CREATE TABLE sessions (
    -- SHA-256 of the cookie value.
    id_hash TEXT PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX sessions_account ON sessions(account_id);

  -- Append-only: every command that changed something, with who did it.
  CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL
  ) STRICT;
  CREATE INDEX events_hall_type ON events(hall_id, type, seq);
  CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
  CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
  `,
  // 2: queue tickets, each step of their life, and what each counter is doing.
  `
  CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    day TEXT NOT NULL,
    -- The line the ticket is in now; a transfer changes it.
    service_id INTEGER NOT NULL REFERENCES services(id),
    -- The service it was issued for, and that service's sequence of the day: never reused.
    issued_service_id INTEGER NOT NULL REFERENCES services(id),
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    -- The phone page's unguessable code; not the number.
    code TEXT NOT NULL UNIQUE,
    class TEXT NOT NULL CHECK (class IN ('normal', 'priority')),
    status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'done', 'no_show', 'closed')),
    kiosk_id INTEGER REFERENCES devices(id),
    idempotency_key TEXT,
    issued_at TEXT NOT NULL,
    -- Orders the line; a transfer keeps it, so the visitor keeps their place.
    queued_at TEXT NOT NULL,
    -- The estimate shown at issue, kept to measure the estimator on real days.
    estimate_min REAL,
    estimate_low REAL,
    estimate_high REAL,
    people_ahead INTEGER NOT NULL DEFAULT 0,
    counter_id INTEGER REFERENCES counters(id),
    first_called_at TEXT,
    called_at TEXT,
    recalls INTEGER NOT NULL DEFAULT 0,
    finished_at TEXT,
    UNIQUE (hall_id, day, issued_service_id, seq),
    UNIQUE (hall_id, idempotency_key)
  ) STRICT;
  CREATE INDEX tickets_line ON tickets(hall_id, day, status, service_id, queued_at);
  CREATE INDEX tickets_counter ON tickets(counter_id, status);

  CREATE TABLE ticket_steps (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    at TEXT NOT NULL,
    step TEXT NOT NULL CHECK (step IN ('issued', 'called', 'recalled', 'served', 'no_show', 'transferred', 'closed')),
    counter_id INTEGER REFERENCES counters(id),
    service_id INTEGER REFERENCES services(id),
    actor TEXT NOT NULL
  ) STRICT;
  CREATE INDEX ticket_steps_ticket ON ticket_steps(ticket_id);
  CREATE INDEX ticket_steps_hall_at ON ticket_steps(hall_id, at);

  -- Per day and service, the last sequence number handed out: numbers are never reused, even
  -- when a ticket row is transferred away.
  CREATE TABLE ticket_sequences (
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    day TEXT NOT NULL,
    service_id INTEGER NOT NULL REFERENCES services(id),
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (hall_id, day, service_id)
  ) STRICT;

  -- When each counter changed state (open, closed, lunch, break): the estimator and the charter
  -- report read who was serving when.
  CREATE TABLE counter_log (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    counter_id INTEGER NOT NULL REFERENCES counters(id),
    at TEXT NOT NULL,
    state TEXT NOT NULL,
    until TEXT
  ) STRICT;
  CREATE INDEX counter_log_counter ON counter_log(counter_id, at);
  ALTER TABLE counters ADD COLUMN state_until TEXT;
  `,
  // Callback requests left at the kiosk when an officer is away (C3). The phone is erased (NULL)
  // after the profile's retention period; the row stays for the charter report.
  `
  CREATE TABLE callbacks (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    assignee_id INTEGER REFERENCES staff(id),
    phone TEXT,
    topic TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    deadline_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'called', 'done')),
    outcome TEXT,
    called_at TEXT,
    done_at TEXT,
    purged_at TEXT
  ) STRICT;
  CREATE INDEX callbacks_department ON callbacks(hall_id, department_id, status);
  `,
  // Guide helpers: call-bell pages with every time the charter report measures, who is on
  // duty, and escorted visits booked ahead.
  `
  CREATE TABLE help_pages (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    kiosk_id INTEGER REFERENCES devices(id),
    appointment_id INTEGER,
    kind TEXT CHECK (kind IN ('mobility', 'vision', 'hearing', 'forms', 'language', 'other', 'come')),
    status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'arrived', 'escorting', 'resolved', 'cancelled')),
    guide_id INTEGER REFERENCES accounts(id),
    department_id INTEGER REFERENCES departments(id),
    note TEXT,
    requested_at TEXT NOT NULL,
    accepted_at TEXT,
    arrived_at TEXT,
    escorting_at TEXT,
    resolved_at TEXT,
    cancelled_at TEXT,
    escalated_at TEXT
  ) STRICT;
  CREATE INDEX help_pages_hall ON help_pages(hall_id, status, requested_at);
  CREATE INDEX help_pages_kiosk ON help_pages(hall_id, kiosk_id, status);

  CREATE TABLE help_duty (
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    on_duty INTEGER NOT NULL CHECK (on_duty IN (0, 1)),
    changed_at TEXT NOT NULL,
    PRIMARY KEY (hall_id, account_id)
  ) STRICT;

  CREATE TABLE help_appointments (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    at TEXT NOT NULL,
    entrance TEXT NOT NULL,
    need TEXT NOT NULL,
    contact_masked TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('booked', 'reminded', 'paged', 'cancelled')),
    page_id INTEGER REFERENCES help_pages(id),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX help_appointments_due ON help_appointments(status, at);
  `,
  // Visitors' voice: complaints, praise and suggestions with their stages; exit survey answers.
  `
  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    receipt TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('complaint', 'praise', 'suggestion')),
    status TEXT NOT NULL CHECK (status IN ('received', 'assigned', 'investigated', 'answered', 'closed')),
    department_id INTEGER REFERENCES departments(id),
    officer TEXT,
    -- Free text and contact: NULL once purged after the profile's retention period.
    body TEXT,
    contact_name TEXT,
    contact_phone TEXT,
    anonymous INTEGER NOT NULL,
    kiosk_id INTEGER REFERENCES devices(id),
    assignee TEXT,
    assigned_at TEXT,
    investigated_at TEXT,
    answer TEXT,
    answered_at TEXT,
    closed_at TEXT,
    purged_at TEXT,
    demo INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX feedback_hall ON feedback(hall_id, status, created_at);

  -- One answer per ticket (ticket_id UNIQUE); kiosk-home answers have no ticket.
  CREATE TABLE survey_answers (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    ticket_id INTEGER UNIQUE REFERENCES tickets(id),
    source TEXT NOT NULL CHECK (source IN ('phone', 'kiosk')),
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment TEXT,
    demo INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX survey_answers_hall ON survey_answers(hall_id, created_at);
  `,
  // Information pages (C14): counselling timetables, complaint channels, amenities, notices.
  `
  CREATE TABLE info_pages (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    kind TEXT NOT NULL CHECK (kind IN ('timetable', 'channels', 'amenities', 'notice')),
    title TEXT NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    body_en TEXT NOT NULL DEFAULT '',
    items TEXT NOT NULL DEFAULT '[]',
    sort INTEGER NOT NULL DEFAULT 0,
    published INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT
  ) STRICT;
  CREATE INDEX info_pages_hall ON info_pages(hall_id, sort);
  `,
  // Complex petitions (C8) with their guardian and progress notice; praise forwarded to the
  // officer it names; the range of a demo hall's simulated history.
  `
  CREATE TABLE complex_petitions (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    counter_id INTEGER REFERENCES counters(id),
    summary TEXT NOT NULL,
    -- JSON array of department ids the petition touches, the lead department first.
    department_ids TEXT NOT NULL,
    legal_days INTEGER NOT NULL,
    guardian_id INTEGER REFERENCES staff(id),
    created_by TEXT NOT NULL,
    received_at TEXT NOT NULL,
    notice_due_at TEXT,
    noticed_at TEXT,
    notice_note TEXT,
    closed_at TEXT,
    demo INTEGER NOT NULL DEFAULT 0
  ) STRICT;
  CREATE INDEX complex_petitions_hall ON complex_petitions(hall_id, received_at);

  CREATE TABLE praise_notes (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    feedback_id INTEGER NOT NULL REFERENCES feedback(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    created_at TEXT NOT NULL,
    read_at TEXT,
    UNIQUE (feedback_id, staff_id)
  ) STRICT;
  CREATE INDEX praise_notes_staff ON praise_notes(hall_id, staff_id, created_at);

  CREATE TABLE demo_history (
    hall_id INTEGER NOT NULL PRIMARY KEY REFERENCES halls(id),
    from_day TEXT NOT NULL,
    to_day TEXT NOT NULL,
    seed INTEGER NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  `,
  // Hall settings (address, holidays, languages, lunch rotation, profile overrides), per-service
  // issuing rules, devices' app version, and scheduled presence (교육 14:00–16:00, 휴가).
  `
  ALTER TABLE halls ADD COLUMN address TEXT NOT NULL DEFAULT '';
  ALTER TABLE halls ADD COLUMN holidays TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE halls ADD COLUMN languages TEXT NOT NULL DEFAULT '["ko","en"]';
  ALTER TABLE halls ADD COLUMN lunch_shifts TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE halls ADD COLUMN profile_overrides TEXT NOT NULL DEFAULT '{}';
  ALTER TABLE devices ADD COLUMN app_version TEXT;

  CREATE TABLE service_rules (
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    service_id INTEGER PRIMARY KEY REFERENCES services(id),
    priority_policy TEXT NOT NULL DEFAULT 'profile'
      CHECK (priority_policy IN ('profile', 'strict', 'ratio', 'none')),
    ratio_normal INTEGER,
    stop_before_close_min INTEGER
  ) STRICT;

  CREATE TABLE presence_schedules (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    presence TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    cancelled_at TEXT
  ) STRICT;
  CREATE INDEX presence_schedules_hall ON presence_schedules(hall_id, ends_at);

  -- What the scheduler set, to put back when the period ends (one row per staff member).
  CREATE TABLE presence_applied (
    staff_id INTEGER PRIMARY KEY REFERENCES staff(id),
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    period_key TEXT NOT NULL,
    set_presence TEXT NOT NULL,
    prev_presence TEXT NOT NULL,
    prev_note TEXT NOT NULL,
    prev_return_at TEXT
  ) STRICT;
  `,
  // Staff administration: the English name and the team-leader flag (leaders sit at the head,
  // row 0, so the demo's heads become leaders).
  `
  ALTER TABLE staff ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
  ALTER TABLE staff ADD COLUMN leader INTEGER NOT NULL DEFAULT 0 CHECK (leader IN (0, 1));
  UPDATE staff SET leader = 1 WHERE seat_row = 0;
  CREATE INDEX staff_hall_seat ON staff(hall_id, department_id, seat_row, seat_col);
  CREATE INDEX accounts_staff ON accounts(staff_id);
  `,
  // Floor plans uploaded in the admin's 층과 지도: one cleaned SVG or re-encoded image a floor.
  `
  CREATE TABLE floor_plans (
    floor_id INTEGER PRIMARY KEY REFERENCES floors(id),
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    kind TEXT NOT NULL CHECK (kind IN ('svg', 'png', 'jpeg')),
    bytes BLOB NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    version INTEGER NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX floor_plans_hall ON floor_plans(hall_id);
  `,
  // Counter breaks with an expected return: when the counter entered its state (the estimator's
  // "away since"); the expected return itself goes in counters.state_until.
  `
  ALTER TABLE counters ADD COLUMN state_since TEXT;
  `,
  // Tasks within a service (등본, 초본, …) that the kiosk asks, and the one a ticket was taken for:
  // the counter sees it, and the wait estimator replays each ticket with its task's durations.
  `
  ALTER TABLE services ADD COLUMN tasks TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE tickets ADD COLUMN task TEXT;
  `,
  // A visitor leaves the line from the phone (대기 취소): the ticket closes (status 'closed', its
  // step 'closed' by the visitor) and this says when it was cancelled, which tells it apart from
  // a ticket closed at the end of the day. (The status CHECK cannot change without rebuilding a
  // table other tables refer to; the column carries the difference instead.)
  `
  ALTER TABLE tickets ADD COLUMN cancelled_at TEXT;
  `,
  // The account an administrator made a complaint's handler: that officer alone (besides the
  // administrators) reads and works that one item. The free-text assignee stays the shown name.
  `
  ALTER TABLE feedback ADD COLUMN handler_account_id INTEGER REFERENCES accounts(id);
  CREATE INDEX feedback_handler ON feedback(handler_account_id);
  `,
  // A complaint's deadlines are fixed when it is filed (JSON: stage → due time, null where the
  // charter then set none), so a later profile switch never moves them. NULL: filed before this
  // column, its deadlines still follow the active profile.
  `
  ALTER TABLE feedback ADD COLUMN due TEXT;
  `,
  // Compensation cases (행정사무착오보상, C12) an officer records at the counter: a second visit
  // caused by a staff error, or a decision later than its legal deadline. The amount is the
  // charter's at the time, kept with the case so a later profile never changes what was owed.
  `
  CREATE TABLE compensation_cases (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    kind TEXT NOT NULL CHECK (kind IN ('secondVisit', 'lateDecision')),
    ticket_id INTEGER REFERENCES tickets(id),
    note TEXT NOT NULL,
    days_late INTEGER,
    amount_won INTEGER,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX compensation_hall ON compensation_cases(hall_id, recorded_at);
  `,
  // Voice packs (음성 팩): recorded clips a board speaks calls with, stored as files under the data
  // directory (voice-packs/<dir>/); the hall's chosen pack and whether screens may use their own
  // browser voice; and the way each screen last said it speaks (the admin's device list shows it).
  `
  CREATE TABLE voice_packs (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    name TEXT NOT NULL,
    dir TEXT NOT NULL UNIQUE,
    clips TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('upload', 'engine')),
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX voice_packs_hall ON voice_packs(hall_id);
  CREATE TABLE hall_voice (
    hall_id INTEGER NOT NULL PRIMARY KEY REFERENCES halls(id),
    pack_id INTEGER REFERENCES voice_packs(id),
    allow_browser_voice INTEGER NOT NULL DEFAULT 1 CHECK (allow_browser_voice IN (0, 1))
  ) STRICT;
  ALTER TABLE devices ADD COLUMN voice_path TEXT;
  `,
  // The queue's per-service reads on every view: the ratio policy's recent calls (ordered by
  // first call, LIMIT 50) and the day's issued count. tickets_line leads with status, so both
  // scanned and sorted the whole day's tickets of the hall, a cost that grew with the line.
  `
  CREATE INDEX tickets_service_calls ON tickets(hall_id, day, service_id, first_called_at);
  `,
  // A kiosk's last print: when, whether the browser took the job ('sent') or refused it
  // ('failed'), and whether it was the admin's print test. Whether paper came out the browser
  // cannot know; the admin console says so.
  `
  ALTER TABLE devices ADD COLUMN last_print_at TEXT;
  ALTER TABLE devices ADD COLUMN last_print_outcome TEXT CHECK (last_print_outcome IN ('sent', 'failed'));
  ALTER TABLE devices ADD COLUMN last_print_test INTEGER CHECK (last_print_test IN (0, 1));
  `,
  // An office's seat plan beyond its people (issue 18): desks with nobody at them ('empty', at a
  // row and column) and walkways ('aisleCol': a column of the team rows; 'aisleRow': a whole row),
  // so the door display looks like the room rather than guessing gaps. -1 fills the unused axis.
  `
  CREATE TABLE seat_plan_marks (
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    kind TEXT NOT NULL CHECK (kind IN ('empty', 'aisleCol', 'aisleRow')),
    seat_row INTEGER NOT NULL,
    seat_col INTEGER NOT NULL,
    PRIMARY KEY (department_id, kind, seat_row, seat_col)
  ) STRICT;
  CREATE INDEX seat_plan_marks_hall ON seat_plan_marks(hall_id, department_id);
  `,
];

-- People who log in with a password (ADR 0018). The password is stored only as its bcrypt
-- hash; a user is disabled, never deleted, so that user:<username> in old events keeps
-- meaning one person, and a username is never given to someone else.
create table users (
	username text primary key,
	password_hash text not null,
	roles text[] not null,
	-- 'dev' for the users of the embedded default; null for users an admin created
	origin text,
	created_at timestamptz not null default now(),
	created_by text not null,
	disabled_at timestamptz,
	disabled_by text,
	last_login_at timestamptz,
	-- the lockout (users.domain.Lockout): failures in the current window, and the lock
	failed_logins integer not null default 0,
	first_failed_at timestamptz,
	locked_until timestamptz
);

-- Logged-in sessions, found by the SHA-256 of the cookie's value (the value itself is
-- never stored). Any gateway replica answers any session, and disabling a user ends its
-- sessions everywhere.
create table user_sessions (
	session_hash char(64) primary key,
	username text not null references users (username),
	created_at timestamptz not null,
	last_seen_at timestamptz not null,
	expires_at timestamptz not null
);

create index user_sessions_of_user on user_sessions (username);
create index user_sessions_by_expiry on user_sessions (expires_at);

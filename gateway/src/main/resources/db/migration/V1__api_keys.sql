-- API keys, stored as the SHA-256 of the secret only (ADR 0009): the secret itself is
-- shown once, in the answer that created it, and never stored.
create table api_keys (
	key_id uuid primary key,
	name text not null,
	key_hash char(64) not null unique,
	roles text[] not null,
	checkpoints text[] not null,
	-- what configured the key: 'bootstrap', 'dev:admin', ...; null for keys issued through the API
	origin text unique,
	created_at timestamptz not null default now(),
	created_by text not null,
	revoked_at timestamptz,
	revoked_by text
);

create index api_keys_in_force on api_keys (created_at) where revoked_at is null;

create table notes (
    note_id  uuid primary key,
    text     text not null
);

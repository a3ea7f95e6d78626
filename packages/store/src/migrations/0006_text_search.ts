import { type Kysely, sql } from "kysely"

// A full-text index of the sources (SQLite FTS5, external content: the text is stored once, in `source`), kept
// in step by triggers, so `valuelens search` finds the sources that hold a word or phrase without reading all.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`create virtual table source_text using fts5(text, content='source', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`.execute(
    db,
  )
  await sql`create trigger source_text_insert after insert on source begin
    insert into source_text(rowid, text) values (new.rowid, new.text);
  end`.execute(db)
  await sql`create trigger source_text_delete after delete on source begin
    insert into source_text(source_text, rowid, text) values ('delete', old.rowid, old.text);
  end`.execute(db)
  await sql`create trigger source_text_update after update of text on source begin
    insert into source_text(source_text, rowid, text) values ('delete', old.rowid, old.text);
    insert into source_text(rowid, text) values (new.rowid, new.text);
  end`.execute(db)
  await sql`insert into source_text(source_text) values ('rebuild')`.execute(db)
}

export const down = async (db: Kysely<unknown>): Promise<void> => {
  for (const t of ["source_text_insert", "source_text_delete", "source_text_update"])
    await sql`drop trigger ${sql.ref(t)}`.execute(db)
  await sql`drop table source_text`.execute(db)
}

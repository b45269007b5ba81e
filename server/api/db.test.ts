import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testTempDir } from '../test-temp-dir';
import { MEMORY_DB, MIGRATIONS, migrate, openDatabase, schemaVersion, type Db, type Migration } from './db';

const tempDb = () => join(testTempDir('db-migrations-'), 'credentials.db');

const tables = (db: Db) =>
  db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((row) => row.name);

describe('schema migrations by PRAGMA user_version', () => {
  it('a new database lands at the latest version with every table', () => {
    const db = openDatabase(MEMORY_DB);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).toEqual(expect.arrayContaining(['credentials', 'meta', 'pairings', 'users', 'workflows', 'workspaces']));
    db.close();
  });

  it('adopts a database file written before migrations existed (tables at user_version 0), keeping its rows', () => {
    const path = tempDb();
    const old = new Database(path);
    MIGRATIONS[0]?.(old); // what releases before migrations created, without a version
    old.prepare("INSERT INTO meta (key, value) VALUES ('kept', 'yes')").run();
    expect(schemaVersion(old)).toBe(0);
    old.close();

    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'kept'").pluck().get()).toBe('yes');
    db.close();
  });

  it('runs only the steps after the stored version, in order, and re-opening runs none', () => {
    const path = tempDb();
    const ran: number[] = [];
    const steps: Migration[] = [
      (db) => {
        ran.push(1);
        db.exec('CREATE TABLE a (x TEXT)');
      },
      (db) => {
        ran.push(2);
        db.exec("INSERT INTO a VALUES ('from step 2')");
      },
      (db) => {
        ran.push(3);
        db.exec('ALTER TABLE a ADD COLUMN y TEXT');
      },
    ];
    const v1 = new Database(path);
    migrate(v1, steps.slice(0, 1));
    expect([schemaVersion(v1), ran]).toEqual([1, [1]]);
    v1.close();

    const latest = new Database(path);
    migrate(latest, steps);
    expect([schemaVersion(latest), ran]).toEqual([3, [1, 2, 3]]);
    migrate(latest, steps);
    expect(ran).toEqual([1, 2, 3]);
    expect(latest.prepare('SELECT x, y FROM a').all()).toEqual([{ x: 'from step 2', y: null }]);
    latest.close();
  });

  it('a failing step leaves the database at its old version with none of the new steps applied', () => {
    const db = new Database(MEMORY_DB);
    const steps: Migration[] = [
      (d) => d.exec('CREATE TABLE a (x TEXT)'),
      (d) => d.exec('CREATE TABLE b (x TEXT)'),
      () => {
        throw new Error('step 3 fails');
      },
    ];
    migrate(db, steps.slice(0, 1));
    expect(() => migrate(db, steps)).toThrow('step 3 fails');
    expect([schemaVersion(db), tables(db)]).toEqual([1, ['a']]);
    db.close();
  });

  it('refuses a database from a newer version rather than guessing at its schema', () => {
    const db = new Database(MEMORY_DB);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(/schema version \d+, newer than this version of the app knows/);
    db.close();
  });
});

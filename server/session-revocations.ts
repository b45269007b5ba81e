import Database from 'better-sqlite3';
import { createClient, type SetOptions } from '@redis/client';

/**
 * Where sign-outs are remembered. A sealed cookie cannot be taken back from the browser (or from
 * whoever copied it), so a signed-out session id must be refused until every copy of its cookie
 * would be dead anyway. Entries are kept until then and never dropped earlier: evicting a live
 * entry would bring a signed-out cookie back to life.
 */
export interface RevocationStore {
  /** For messages: "SQLite file …" or "Redis at redis://host:port" (never a password). */
  readonly label: string;
  /** Remembers `sid` as signed out until `until` (epoch ms). */
  revoke(sid: string, until: number, now: number): Promise<void>;
  isRevoked(sid: string, now: number): Promise<boolean>;
  close(): Promise<void>;
}

/** The store could not be asked; callers fail closed (503) rather than accept a maybe-revoked cookie. */
export class RevocationStoreUnavailableError extends Error {}

/**
 * One process, or several sharing one DATA_DIR on one host: a small SQLite file (`sessions.db`)
 * beside the other data. Expired entries are deleted as new ones arrive.
 */
export class SqliteRevocationStore implements RevocationStore {
  readonly label: string;
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, number]>;
  private readonly lookup: Database.Statement<[string, number]>;
  private readonly prune: Database.Statement<[number]>;

  /** `path` ':memory:' keeps them for the life of the process only (tests). */
  constructor(path: string) {
    this.label = path === ':memory:' ? 'memory' : `SQLite file ${path}`;
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS revoked_sessions (
        sid TEXT PRIMARY KEY,
        until INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS revoked_sessions_until ON revoked_sessions (until);
    `);
    this.insert = this.db.prepare(
      'INSERT INTO revoked_sessions (sid, until) VALUES (?, ?) ON CONFLICT (sid) DO UPDATE SET until = max(until, excluded.until)',
    );
    this.lookup = this.db.prepare('SELECT 1 FROM revoked_sessions WHERE sid = ? AND until > ?');
    this.prune = this.db.prepare('DELETE FROM revoked_sessions WHERE until <= ?');
  }

  revoke(sid: string, until: number, now: number): Promise<void> {
    return this.run(() => {
      this.prune.run(now);
      this.insert.run(sid, until);
    });
  }

  isRevoked(sid: string, now: number): Promise<boolean> {
    return this.run(() => this.lookup.get(sid, now) !== undefined);
  }

  /** Entries held, expired or not (tests and diagnostics). */
  size(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM revoked_sessions').get() as { n: number }).n;
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }

  private run<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      const detail = error instanceof Error && 'code' in error ? String(error.code) : 'error';
      return Promise.reject(new RevocationStoreUnavailableError(`The session store (${this.label}) failed (${detail}).`, { cause: error }));
    }
  }
}

export interface RedisStoreOptions {
  /** Give up on the first connection after this long (the server then refuses to start). */
  connectTimeoutMs?: number;
  /** A command that has not answered within this long fails, and the request gets a 503. */
  commandTimeoutMs?: number;
  /** One line per outage and per recovery. */
  warn?: (line: string) => void;
}

const KEY_PREFIX = 'seqera-console:revoked-session:';

/** The part of the Redis client used here. */
interface RedisCommands {
  readonly isOpen: boolean;
  set(key: string, value: string, options: SetOptions): Promise<unknown>;
  exists(key: string): Promise<number>;
  destroy(): void;
}

/** The URL as it may be shown: scheme, host and port, never a user name or password. */
export function redisLabel(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * Several replicas sharing one SESSION_SECRET: each sign-out is a key with the same lifetime in a
 * shared Redis (or Valkey), so every replica refuses it. Redis expires the keys itself; with a
 * `maxmemory` limit its policy must be `noeviction` (see README), or it could drop live entries.
 *
 * When Redis cannot be reached, commands fail at once (no queueing) and callers answer 503: a
 * session is never accepted without asking. The client keeps reconnecting in the background.
 */
export class RedisRevocationStore implements RevocationStore {
  private constructor(
    readonly label: string,
    private readonly client: RedisCommands,
    private readonly commandTimeoutMs: number,
  ) {}

  /** Connects once before the server starts; rejects (with the URL's label, no password) when that fails. */
  static async connect(url: string, options: RedisStoreOptions = {}): Promise<RedisRevocationStore> {
    const label = `Redis at ${redisLabel(url)}`;
    const warn = options.warn ?? ((line: string) => console.warn(line));
    const commandTimeoutMs = options.commandTimeoutMs ?? 2_000;
    let connected = false;
    let outage = false;
    const client = createClient({
      url,
      disableOfflineQueue: true,
      // A server that hangs (rather than closes) leaves commands waiting; cap how many pile up.
      commandsQueueMaxLength: 10_000,
      socket: {
        connectTimeout: options.connectTimeoutMs ?? 5_000,
        // Before the first connection an error ends the attempt (start-up fails with it); after it,
        // keep trying with a capped back-off while requests answer 503.
        reconnectStrategy: (retries, cause) => (connected ? Math.min(100 * 2 ** retries, 2_000) : cause),
      },
    });
    client.on('error', (error: unknown) => {
      if (!connected || outage) return;
      outage = true;
      warn(`The session store (${label}) is unreachable (${error instanceof Error ? error.message : String(error)}); requests that need a session answer 503 until it is back.`);
    });
    client.on('ready', () => {
      if (outage) warn(`The session store (${label}) is reachable again.`);
      outage = false;
    });
    try {
      await client.connect();
    } catch (error) {
      client.destroy();
      throw new RevocationStoreUnavailableError(
        `${label} could not be reached (${error instanceof Error ? error.message : String(error)}).`,
        { cause: error },
      );
    }
    connected = true;
    return new RedisRevocationStore(label, client, commandTimeoutMs);
  }

  async revoke(sid: string, until: number, now: number): Promise<void> {
    // A relative lifetime, so the app's and Redis's clocks need not agree.
    const ttl = Math.max(1, Math.ceil(until - now));
    await this.call(() => this.client.set(KEY_PREFIX + sid, '1', { expiration: { type: 'PX', value: ttl } }));
  }

  async isRevoked(sid: string): Promise<boolean> {
    return (await this.call(() => this.client.exists(KEY_PREFIX + sid))) > 0;
  }

  async close(): Promise<void> {
    if (this.client.isOpen) this.client.destroy();
    return Promise.resolve();
  }

  /**
   * The client's own command timeout stops once a command is written to the socket, so a server
   * that stopped answering would hold requests forever: the deadline is kept here.
   */
  private async call<T>(command: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.commandTimeoutMs} ms`)), this.commandTimeoutMs);
    });
    try {
      return await Promise.race([command(), deadline]);
    } catch (error) {
      throw new RevocationStoreUnavailableError(
        `The session store (${this.label}) did not answer (${error instanceof Error ? error.message : String(error)}).`,
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
    }
  }
}

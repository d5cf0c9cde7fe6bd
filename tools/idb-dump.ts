import type { Page } from '@playwright/test';

/**
 * A raw IndexedDB database as JSON and back, in a real browser page: what
 * scripts/make-schema-fixture.ts writes into tests/fixtures/schema/, and what
 * tests/e2e/schema-fixtures.spec.ts restores before opening the app on it.
 */

/** One object store as it was on disk. Records are in the encoded form described at `dumpDatabase`. */
export interface StoreDump {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  /** Only for out-of-line keys, which are not inside the records. */
  keys?: unknown[];
  records: unknown[];
}

export interface DatabaseDump {
  name: string;
  /** IndexedDB's version: Dexie's schema version times 10. */
  version: number;
  stores: StoreDump[];
}

/**
 * The raw database, read with IndexedDB itself (no Dexie). Values that JSON cannot hold are
 * written as tagged objects: bytes as `{ $bytes: base64, $type: 'Uint8Array' | 'ArrayBuffer' | ... }`,
 * `{ $undefined: true }`, `{ $number: 'NaN' | 'Infinity' | '-Infinity' | '-0' }`, `{ $date: iso }`.
 * A record with a key of that name is refused rather than written ambiguously.
 */
export function dumpDatabase(page: Page, name = 'good-enough'): Promise<DatabaseDump> {
  return page.evaluate(async (databaseName) => {
    const TAGS = ['$bytes', '$type', '$undefined', '$number', '$date'];
    const base64 = (bytes: Uint8Array) => {
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    };
    const encode = (value: unknown): unknown => {
      if (value === undefined) return { $undefined: true };
      if (typeof value === 'number') {
        if (Number.isNaN(value) || !Number.isFinite(value)) return { $number: String(value) };
        return Object.is(value, -0) ? { $number: '-0' } : value;
      }
      if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
      if (value instanceof ArrayBuffer) return { $bytes: base64(new Uint8Array(value)), $type: 'ArrayBuffer' };
      if (ArrayBuffer.isView(value)) {
        const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        return { $bytes: base64(bytes), $type: value.constructor.name };
      }
      if (value instanceof Date) return { $date: value.toISOString() };
      if (Array.isArray(value)) return value.map(encode);
      if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        const out: Record<string, unknown> = {};
        for (const [key, inner] of Object.entries(value)) {
          if (TAGS.includes(key)) throw new Error(`A record has a key the fixture format uses: ${key}`);
          out[key] = encode(inner);
        }
        return out;
      }
      throw new Error(`Can't write ${Object.prototype.toString.call(value)} to a fixture`);
    };
    const asPromise = <T>(request: IDBRequest<T>) =>
      new Promise<T>((done, fail) => {
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
    const db = await asPromise(indexedDB.open(databaseName));
    const stores: StoreDump[] = [];
    for (const storeName of [...db.objectStoreNames]) {
      const store = db.transaction(storeName).objectStore(storeName);
      const indexes = [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      });
      const records = await asPromise(store.getAll());
      const keys = await asPromise(store.getAllKeys());
      stores.push({
        name: storeName,
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes,
        ...(store.keyPath === null ? { keys: keys.map(encode) } : {}),
        records: records.map(encode),
      });
    }
    const result = { name: db.name, version: db.version, stores };
    db.close();
    return result;
  }, name);
}

/**
 * Makes the database of a dump again, on a page of the app's origin that has not opened it:
 * the same version, stores, indexes and records, with every encoded value restored.
 * Refuses if a database of that name is already there.
 */
export function restoreDatabase(page: Page, dump: DatabaseDump): Promise<void> {
  return page.evaluate(async (database) => {
    const decode = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(decode);
      if (value === null || typeof value !== 'object') return value;
      const tagged = value as Record<string, unknown>;
      if (typeof tagged.$bytes === 'string') {
        const bytes = Uint8Array.from(atob(tagged.$bytes), (char) => char.charCodeAt(0));
        if (tagged.$type === 'ArrayBuffer') return bytes.buffer;
        if (tagged.$type === 'Uint8Array') return bytes;
        if (tagged.$type === 'DataView') return new DataView(bytes.buffer);
        const View = (globalThis as unknown as Record<string, new (buffer: ArrayBuffer) => unknown>)[
          String(tagged.$type)
        ];
        if (!View) throw new Error(`Unknown byte type ${String(tagged.$type)}`);
        return new View(bytes.buffer);
      }
      if (tagged.$undefined === true) return undefined;
      if (typeof tagged.$number === 'string') return tagged.$number === '-0' ? -0 : Number(tagged.$number);
      if (typeof tagged.$date === 'string') return new Date(tagged.$date);
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(tagged)) out[key] = decode(inner);
      return out;
    };
    if ((await indexedDB.databases()).some((known) => known.name === database.name)) {
      throw new Error(`A database named ${database.name} is already here`);
    }
    const opening = indexedDB.open(database.name, database.version);
    opening.onupgradeneeded = () => {
      for (const store of database.stores) {
        const made = opening.result.createObjectStore(store.name, {
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
        });
        for (const index of store.indexes) {
          made.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
        }
      }
    };
    const db = await new Promise<IDBDatabase>((done, fail) => {
      opening.onsuccess = () => done(opening.result);
      opening.onerror = () => fail(opening.error);
      opening.onblocked = () => fail(new Error('Opening the database was blocked'));
    });
    const names = database.stores.map((store) => store.name);
    if (names.length) {
      const transaction = db.transaction(names, 'readwrite');
      for (const store of database.stores) {
        const target = transaction.objectStore(store.name);
        store.records.forEach((record, index) => {
          if (store.keys) target.add(decode(record), decode(store.keys[index]) as IDBValidKey);
          else target.add(decode(record));
        });
      }
      await new Promise<void>((done, fail) => {
        transaction.oncomplete = () => done();
        transaction.onerror = () => fail(transaction.error);
        transaction.onabort = () => fail(transaction.error ?? new Error('The restore was aborted'));
      });
    }
    db.close();
  }, dump);
}

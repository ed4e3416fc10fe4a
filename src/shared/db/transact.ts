/**
 * Runs the body of a write transaction so that a failure anywhere aborts it whole, leaves no
 * unhandled rejection behind (the transaction's own promise fails too), and reaches the caller as
 * one sentence about `action` when the disk is full. Every write in the repositories goes through here.
 */
import type { IDBPTransaction } from 'idb';
import { type StorageAction, translateStorageError } from './errors';

// biome-ignore lint/suspicious/noExplicitAny: any schema, any stores; the body knows its types.
type AnyTx = IDBPTransaction<any, any, 'readwrite'>;

export async function transact<T, Tx extends AnyTx>(
  tx: Tx,
  action: StorageAction,
  body: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request, or already finished.
    }
    await tx.done.catch(() => undefined);
    return translateStorageError(error, action);
  }
}

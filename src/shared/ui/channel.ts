/**
 * The BroadcastChannel on which an editor says it saved a procedure. It reaches this extension's
 * other pages (editors, library) and never web pages: channels are per origin.
 */
export const PROCEDURE_CHANNEL = 'handoff-procedure';

export interface ProcedureChangeMessage {
  procedureId: string;
}

export function isProcedureChange(data: unknown): data is ProcedureChangeMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as ProcedureChangeMessage).procedureId === 'string'
  );
}

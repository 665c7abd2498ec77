// Joins de-identified records per pseudonymous person id into the facts of each victim.
import type { CtdcRecord, CtdcVictim } from './ctdc-row';

/** The record types the CTDC export reads. */
export const CTDC_RECORD_TYPES = [
  'person',
  'status_decision',
  'trafficking_event',
  'process_event',
] as const;

/** Facts gathered per person from a stream of records. */
export interface CtdcVictimCollector {
  /** Keeps what a record says about its person; other record types are ignored. */
  add(recordType: string, record: CtdcRecord): void;
  /** Persons seen, victims or not. */
  readonly persons: number;
  /** The victims: persons with at least one IDENTIFIED_VICTIM status decision, in order of first appearance. */
  victims(): CtdcVictim[];
}

/** Creates an empty collector for one export. */
export function createVictimCollector(): CtdcVictimCollector {
  const byPerson = new Map<string, MutableVictim>();
  const of = (id: unknown): MutableVictim | undefined => {
    if (typeof id !== 'string') return undefined;
    let victim = byPerson.get(id);
    if (!victim) {
      victim = { identifications: [], events: [], steps: [] };
      byPerson.set(id, victim);
    }
    return victim;
  };
  return {
    add(recordType, record) {
      if (recordType === 'person') {
        const victim = of(record.id);
        if (victim) victim.person = record;
      } else if (recordType === 'status_decision') {
        if (record.status === 'IDENTIFIED_VICTIM')
          of(record.personId)?.identifications.push(record);
        else of(record.personId);
      } else if (recordType === 'trafficking_event') of(record.personId)?.events.push(record);
      else if (recordType === 'process_event') of(record.personId)?.steps.push(record);
    },
    get persons() {
      return byPerson.size;
    },
    victims: () => [...byPerson.values()].filter((victim) => victim.identifications.length > 0),
  };
}

// --- Internal helpers ---

interface MutableVictim {
  person?: CtdcRecord;
  identifications: CtdcRecord[];
  events: CtdcRecord[];
  steps: CtdcRecord[];
}

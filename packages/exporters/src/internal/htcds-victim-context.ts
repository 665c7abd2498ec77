// HTCDS's victim context is one row per person; our facts about a person are spread over several records.
import type { RecordEntry } from '@vntip/core';

/** Maps one field's codes through the HTCDS crosswalk, counting codes without an equivalent; `;`-joined. */
export type MapCodes = (
  entry: RecordEntry,
  field: string,
  codelist: string,
  value: unknown,
) => string;

interface Context {
  status?: { readonly date: string; readonly status: string; readonly org: string };
  latestEvent?: { readonly date: string; readonly industry: string };
  readonly lists: Record<MultiField, string[]>;
}

type MultiField =
  | 'vic_TypeOfExploitation'
  | 'vic_MethodsOfControl'
  | 'vic_RelationshipToTrafficker'
  | 'vic_MethodOfRecruitment'
  | 'vic_TypeOfSexExploitation';

/** The multiselect fields merged over a person's trafficking events: field, our field, codelist. */
const EVENT_FIELDS: readonly (readonly [MultiField, string, string])[] = [
  ['vic_TypeOfExploitation', 'purposes', 'purpose'],
  ['vic_MethodsOfControl', 'meansOfControl', 'meansOfControl'],
  ['vic_RelationshipToTrafficker', 'recruiterRelation', 'recruiterRelation'],
  ['vic_MethodOfRecruitment', 'recruitmentMethod', 'recruitmentMethod'],
  ['vic_TypeOfSexExploitation', 'sexualExploitationForms', 'sexualExploitationType'],
];

/**
 * Collects one HTCDS victim context per person, merged by these rules:
 * - `vic_TraffickingStatus` and `vic_TraffickingStatusDecisionMakingOrg` come from the person's latest status
 *   decision (by date; undated decisions count as earliest; a later record wins a tie), the status they hold now;
 * - the multiselect fields (exploitation, means of control, recruitment method, forms of sexual exploitation) are the
 *   union over all of the person's trafficking events, each value once, in the order first seen;
 *   `vic_RelationshipToTrafficker` is a picklist in HTCDS but a person trafficked more than once can have had several
 *   recruiters, so it is merged the same way;
 * - `vic_ForcedLabourIndustry` is a single ISIC section: the first mapped sector of the latest event that has one.
 * A person with neither a decision nor an event has no row. Rows come out in the order persons were first seen.
 */
export function createVictimContexts(mapCodes: MapCodes) {
  const contexts = new Map<string, Context>();
  const contextOf = (personId: string): Context => {
    let context = contexts.get(personId);
    if (!context) {
      const lists = Object.fromEntries(EVENT_FIELDS.map(([field]) => [field, []])) as unknown;
      context = { lists: lists as Context['lists'] };
      contexts.set(personId, context);
    }
    return context;
  };
  const dateOf = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    /** A status decision of the person, with its deciding organisation as [CL-decisionOrg]. */
    decision(entry: RecordEntry, personId: string, org: string): void {
      const context = contextOf(personId);
      const date = dateOf(entry.record.date);
      if (context.status === undefined || date >= context.status.date) {
        const status = mapCodes(entry, 'status', 'personStatus', entry.record.status);
        context.status = { date, status, org };
      }
    },
    /** A trafficking event of the person. */
    event(entry: RecordEntry, personId: string): void {
      const context = contextOf(personId);
      for (const [field, source, codelist] of EVENT_FIELDS) {
        const mapped = mapCodes(entry, source, codelist, entry.record[source]);
        for (const value of mapped === '' ? [] : mapped.split(';')) {
          if (!context.lists[field].includes(value)) context.lists[field].push(value);
        }
      }
      const sectors = mapCodes(entry, 'labourSectors', 'labourSector', entry.record.labourSectors);
      const industry = sectors.split(';')[0] ?? '';
      const date = dateOf(entry.record.startDate);
      if (
        industry !== '' &&
        (context.latestEvent === undefined || date >= context.latestEvent.date)
      ) {
        context.latestEvent = { date, industry };
      }
    },
    /** The merged rows, keyed by HTCDS field name. */
    *rows(): Iterable<Readonly<Record<string, string>>> {
      for (const [personId, context] of contexts) {
        yield {
          vntip_PersonId: personId,
          vic_TraffickingStatus: context.status?.status ?? '',
          vic_TraffickingStatusDecisionMakingOrg: context.status?.org ?? '',
          vic_ForcedLabourIndustry: context.latestEvent?.industry ?? '',
          ...Object.fromEntries(
            Object.entries(context.lists).map(([field, values]) => [field, values.join(';')]),
          ),
        };
      }
    },
  };
}

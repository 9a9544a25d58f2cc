import * as z from 'zod/mini';
import { ClaimSchema, DaySchema, EventSchema, SourceSchema } from './schema';
import { DatasetSchemaV2 } from './schema-v2';

/**
 * Version 1 of the format, as files made before version 2 were written: every claim dated to the
 * day, no retractions or corrections, sources without archive copies or kinds. It is read only to
 * be migrated (see migrate.ts); what version 2 added is refused here, so a file says which
 * version it follows and means it.
 */
const SourceV1 = z.omit(SourceSchema, { archived: true, kind: true, relaysOutlet: true });

const ClaimV1 = z.extend(
  z.omit(ClaimSchema, { claimedBy: true, retracted: true, corrections: true }),
  { claimedOn: DaySchema },
);

const EventV1 = z.extend(EventSchema, { date: DaySchema });

export const DatasetSchemaV1 = z.extend(DatasetSchemaV2, {
  schemaVersion: z.literal(1),
  sources: z.array(SourceV1),
  claims: z.array(ClaimV1),
  events: z.array(EventV1),
});

export type DatasetV1 = z.infer<typeof DatasetSchemaV1>;

import * as z from 'zod/mini';
import { ClaimantSchema, DatasetSchema, PlaceSchema } from './schema';

/**
 * Version 2 of the format, as files made from 2 December 2026 to version 3 were written: names in
 * English only, and no measures or units in other languages. It is read only to be migrated (see migrate.ts); what version 3
 * added is refused here, so a file says which version it follows and means it.
 */
export const DatasetSchemaV2 = z.extend(
  z.omit(DatasetSchema, { titles: true, measures: true, units: true }),
  {
    schemaVersion: z.literal(2),
    claimants: z.array(z.omit(ClaimantSchema, { names: true })),
    places: z.array(z.omit(PlaceSchema, { names: true })),
  },
);

export type DatasetV2 = z.infer<typeof DatasetSchemaV2>;

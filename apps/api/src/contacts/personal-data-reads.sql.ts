/** One read logged per contact (`$2`, in its order), all in one statement: a list page logs its whole page at once. */
export const LOG_READS = `INSERT INTO personal_data_reads (user_id, contact_id, kind) SELECT $1, contact_id, $3 FROM unnest($2::int[]) AS contact_id`;

/** A published year (`$1`): its frozen figures, when and by whom (a deleted user's name is gone). */
export const PUBLICATION = `SELECT s.year, s.published_at AS "publishedAt", s.published_by_id AS "publishedById", u.full_name AS "publishedByName",
       s.figures
  FROM key_figure_snapshots s LEFT JOIN users u ON u.id = s.published_by_id WHERE s.year = $1`;

/** Every published year, the latest first, without the figures. */
export const PUBLICATIONS = `SELECT s.year, s.published_at AS "publishedAt", s.published_by_id AS "publishedById", u.full_name AS "publishedByName"
  FROM key_figure_snapshots s LEFT JOIN users u ON u.id = s.published_by_id ORDER BY s.year DESC`;

/** Freezes year `$1`'s figures (`$2`, JSON) as published by `$3`; writes nothing when the year is published already. */
export const PUBLISH = `INSERT INTO key_figure_snapshots (year, figures, published_by_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`;

-- Full-text search in French, accents or not: "renovation" finds "rénovation", "metiers" finds
-- "métiers d'art". Prisma cannot express any of this; the search repository uses the same
-- expressions as these indexes so that PostgreSQL can use them.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION public.cvv_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION public.cvv_french
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- Qualified with its schema: PostgreSQL 17 builds indexes with a search_path of pg_catalog only.
-- Index expressions must be immutable: these wrappers declare what holds for a fixed
-- configuration (array_to_string and the unaccent dictionary are only "stable" in the catalogue).
CREATE FUNCTION cvv_join(parts text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string(parts, ' '), '') $$;

CREATE FUNCTION cvv_search_text(VARIADIC parts text[]) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('public.cvv_french'::regconfig, array_to_string(parts, ' ')) $$;

CREATE INDEX "Programme_search_idx" ON "Programme" USING gin (cvv_search_text("name", "summary", "objectives"));
CREATE INDEX "Project_search_idx" ON "Project" USING gin (cvv_search_text("title", "summary", "description", "perimeter"));
CREATE INDEX "Commune_search_idx" ON "Commune" USING gin (cvv_search_text("name"));
CREATE INDEX "Expert_search_idx" ON "Expert" USING gin (cvv_search_text("name", cvv_join("skills"), "notes", "contactName"));
CREATE INDEX "Meeting_search_idx" ON "Meeting" USING gin (cvv_search_text("title", "agenda", "minutes", "place"));
CREATE INDEX "Document_search_idx" ON "Document" USING gin (cvv_search_text("title", "description"));

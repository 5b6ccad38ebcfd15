-- Vietnamese search (diacritics-insensitive, typo-tolerant) needs these in every database.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; an IMMUTABLE wrapper lets modules index unaccented text.
create or replace function public.f_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

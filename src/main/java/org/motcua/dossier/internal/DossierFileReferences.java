package org.motcua.dossier.internal;

import org.motcua.documents.FileReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored files dossiers refer to: their documents' files, issued forms, results and drafts' uploads. */
@Component
class DossierFileReferences implements FileReferences {

    private final JdbcClient jdbc;

    DossierFileReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isReferenced(String sha256) {
        return jdbc.sql("""
                        select exists (select 1 from dossier.submitted_document where file_sha256 = :h)
                            or exists (select 1 from dossier.issued_document where sha256 = :h)
                            or exists (select 1 from dossier.draft d, jsonb_each(d.files) f
                                        where f.value ->> 'sha256' = :h)
                        """).param("h", sha256).query(Boolean.class).single();
    }
}

package org.motcua.dossier;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface DossierRepository extends CrudRepository<Dossier, UUID> {

    @Query("select * from dossier.dossier where code = :code")
    Optional<Dossier> findByCode(String code);
}

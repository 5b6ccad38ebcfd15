package org.motcua.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

    @Query("select * from identity.user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    @Query("select * from identity.user_account where lower(email) = lower(:email)")
    Optional<UserAccount> findByEmail(String email);

    @Query("select * from identity.user_account where phone = :phone")
    Optional<UserAccount> findByPhone(String phone);

    @Query("""
            select a.* from identity.user_account a
             where a.enabled
               and exists (select 1 from identity.user_agency g where g.user_account = a.id and g.agency_id in (:agencies))
             order by a.display_name
            """)
    List<UserAccount> findServingAny(Collection<UUID> agencies);
}

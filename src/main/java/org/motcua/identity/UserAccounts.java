package org.motcua.identity;

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
}

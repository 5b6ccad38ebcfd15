package org.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.identity.Users.AccountQuery;
import org.motcua.identity.Users.OfficerDraft;
import org.motcua.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The administrator's account rules, on the demo catalog's agencies. */
@SpringBootTest(properties = "motcua.demo=true")
class UsersAdministrationIntegrationTests {

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Autowired
    AuthenticationManager authentication;

    CurrentUser admin;
    AgencyView police;

    @BeforeEach
    void admin() {
        admin = users.findByUsername("admin").orElseThrow();
        police = catalog.agencyByCode("000.00.42.H41").orElseThrow();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    OfficerDraft specialist(String username) {
        return new OfficerDraft(username, "Đỗ Minh Tuấn", null, null, Set.of(Role.SPECIALIST), Set.of(police.id()));
    }

    void signIn(String username, String password) {
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    static String fieldErrors(DomainException e) {
        return String.join(
                ",",
                e.fieldErrors().stream().map(f -> f.field() + ":" + f.code()).toList());
    }

    @Test
    void anOfficerCreatedWithoutAPasswordGetsAGeneratedOneShownOnce() {
        String username = unique("cv-");
        Users.CreatedAccount created = users.createOfficer(admin, specialist(username), null);
        assertThat(created.generatedPassword()).hasSize(12).matches(".*\\d.*").matches(".*[a-zA-Z].*");
        assertThat(created.account().agencyIds()).containsExactly(police.id());
        assertThat(created.account().status()).isEqualTo(Account.Status.ACTIVE);
        signIn(username, created.generatedPassword());

        Users.CreatedAccount typed = users.createOfficer(admin, specialist(unique("cv-")), "MatKhau2026");
        assertThat(typed.generatedPassword()).isNull();
        signIn(typed.account().username(), "MatKhau2026");
    }

    @Test
    void officerRolesNeedAnAgencyAndADuplicateUsernameIsRefused() {
        assertThatThrownBy(() -> users.createOfficer(
                        admin,
                        new OfficerDraft("admin", "", "x@", "123", Set.of(Role.RECEPTION_OFFICER), Set.of()),
                        "short"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(fieldErrors(e))
                                .isEqualTo("username:UsernameTaken,password:Password,displayName:NotBlank,"
                                        + "email:Email,phone:Phone,agencyIds:AgencyRequired"));
        // supervisors and administrators see every agency: none needed
        assertThat(users.createOfficer(
                                admin,
                                new OfficerDraft(
                                        unique("gs-"), "Giám sát", null, null, Set.of(Role.SUPERVISOR), Set.of()),
                                null)
                        .account()
                        .roles())
                .containsExactly(Role.SUPERVISOR);
    }

    @Test
    void rolesAndAgenciesAreReplacedAndTheContactMustBeFree() {
        AgencyView planning = catalog.agencyByCode("000.00.15.H41").orElseThrow();
        Account officer =
                users.createOfficer(admin, specialist(unique("cv-")), null).account();
        String email = unique("cv") + "@honglam.gov.vn";
        Account changed = users.updateOfficer(
                admin,
                officer.id(),
                new OfficerDraft(
                        null,
                        "Đỗ Minh Tuấn",
                        email,
                        "0912.000.111",
                        Set.of(Role.UNIT_LEADER, Role.SPECIALIST),
                        Set.of(planning.id())));
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.UNIT_LEADER, Role.SPECIALIST);
        assertThat(changed.agencyIds()).containsExactly(planning.id());
        assertThat(changed.phone()).isEqualTo("0912000111");
        assertThat(users.find(officer.id()).orElseThrow().serves(planning.id())).isTrue();

        Account other =
                users.createOfficer(admin, specialist(unique("cv-")), null).account();
        assertThatThrownBy(() -> users.updateOfficer(
                        admin,
                        other.id(),
                        new OfficerDraft(
                                null, "Khác", email.toUpperCase(), null, Set.of(Role.SPECIALIST), Set.of(police.id()))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(fieldErrors(e)).isEqualTo("email:EmailTaken"));
    }

    @Test
    void anAdministratorCannotDropTheirOwnAdminRoleNorLockThemselves() {
        assertThatThrownBy(() -> users.updateOfficer(
                        admin,
                        admin.id(),
                        new OfficerDraft(null, "Quản trị", null, null, Set.of(Role.SUPERVISOR), Set.of())))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("identity.own_admin_role"));
        assertThatThrownBy(() -> users.lock(admin, admin.id()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("identity.lock_self"));
        assertThat(users.account(admin.id()).orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    void onlyAnAdministratorMayAdminister() {
        CurrentUser officer = users.findByUsername("tiepnhan").orElseThrow();
        assertThatThrownBy(() -> users.lock(officer, admin.id()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("auth.forbidden"));
        assertThatThrownBy(() -> users.createOfficer(officer, specialist(unique("x-")), null))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aLockedAccountCannotSignInUntilUnlocked() {
        Users.CreatedAccount created = users.createOfficer(admin, specialist(unique("cv-")), "MatKhau2026");
        UUID id = created.account().id();
        assertThat(users.lock(admin, id).status()).isEqualTo(Account.Status.LOCKED);
        assertThatThrownBy(() -> signIn(created.account().username(), "MatKhau2026"))
                .isInstanceOf(LockedException.class);
        assertThat(users.unlock(admin, id).status()).isEqualTo(Account.Status.ACTIVE);
        signIn(created.account().username(), "MatKhau2026");
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        Users.CreatedAccount created = users.createOfficer(admin, specialist(unique("cv-")), "MatKhau2026");
        String username = created.account().username();
        String generated =
                users.resetPassword(admin, created.account().id(), null).orElseThrow();
        assertThatThrownBy(() -> signIn(username, "MatKhau2026")).isInstanceOf(BadCredentialsException.class);
        signIn(username, generated);
        assertThat(users.resetPassword(admin, created.account().id(), "MoiHon2027"))
                .isEmpty();
        signIn(username, "MoiHon2027");
        assertThatThrownBy(() -> users.resetPassword(admin, created.account().id(), "ngan"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(fieldErrors(e)).isEqualTo("password:Password"));
    }

    @Test
    void searchFindsByNameWithoutDiacriticsByRoleAndByAgencyWithItsUnits() {
        var byName = users.search(new AccountQuery("nguyen thi lan", null, null, 0, 20));
        assertThat(byName.items()).extracting(Account::username).contains("tiepnhan");
        var byRole = users.search(new AccountQuery(null, Role.CENTER_MANAGER, null, 0, 20));
        assertThat(byRole.items())
                .extracting(Account::username)
                .contains("giamdoc")
                .doesNotContain("tiepnhan");
        var byAgency = users.search(new AccountQuery(null, null, police.id(), 0, 200));
        assertThat(byAgency.items()).extracting(Account::username).contains("chuyenvien", "lanhdao");
        assertThat(byAgency.items()).extracting(Account::username).doesNotContain("tiepnhan", "admin");
        var paged = users.search(new AccountQuery(null, null, null, 0, 2));
        assertThat(paged.items()).hasSize(2);
        assertThat(paged.total()).isGreaterThanOrEqualTo(6);
    }
}

package org.virtclass.accounts.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.virtclass.accounts.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByRole(Role role);

}

package org.virtclass.accounts.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnknownLoginRepository extends JpaRepository<UnknownLogin, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UnknownLogin u where u.nameKey = :key")
	Optional<UnknownLogin> lockByKey(@Param("key") String key);

	/** Keeps the table small: a row neither locked nor inside its counting window is forgotten. */
	@Modifying
	@Query("""
			delete from UnknownLogin u
			where (u.failures.lockedUntil is null or u.failures.lockedUntil <= :now)
			and (u.failures.firstAt is null or u.failures.firstAt <= :windowStart)""")
	int deleteForgettable(@Param("now") Instant now, @Param("windowStart") Instant windowStart);

}

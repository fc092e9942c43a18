package org.diktyo.accounts;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignInLinkTokens extends JpaRepository<SignInLinkToken, String> {

    @Modifying
    @Query("delete from SignInLinkToken t where t.tokenHash = :hash")
    int consume(@Param("hash") String hash);

    @Modifying
    @Query("delete from SignInLinkToken t where t.expiresAt < :now")
    int purgeExpired(@Param("now") Instant now);
}

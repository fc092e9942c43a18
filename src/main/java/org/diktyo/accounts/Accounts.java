package org.diktyo.accounts;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Accounts extends JpaRepository<Account, String> {

    Optional<Account> findByEmail(String email);
}

package org.diktyo.network.domain;

import java.util.List;
import java.util.Optional;

import org.diktyo.network.MembershipStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Municipalities extends JpaRepository<Municipality, String> {

    Optional<Municipality> findBySourceId(int sourceId);

    long countByStatus(MembershipStatus status);

    /** Filtered by status, region and search key; any filter may be null. Sorted by the caller. */
    @Query("""
            select m from Municipality m
            where (:status is null or m.status = :status)
              and (:region is null or m.regionId = :region)
              and (:key is null or m.searchKey like concat('%', :key, '%'))
            """)
    List<Municipality> search(@Param("status") MembershipStatus status, @Param("region") String region,
            @Param("key") String key);
}

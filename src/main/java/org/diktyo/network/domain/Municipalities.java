package org.diktyo.network.domain;

import java.util.List;
import java.util.Optional;

import org.diktyo.network.MembershipStatus;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Municipalities extends JpaRepository<Municipality, String>, JpaSpecificationExecutor<Municipality> {

    Optional<Municipality> findBySourceId(int sourceId);

    long countByStatus(MembershipStatus status);

    /** Filtered by status, region and search key; a null filter is left out. Sorted by the caller. */
    default List<Municipality> search(MembershipStatus status, String region, String key) {
        Specification<Municipality> where = Specification.unrestricted();
        if (status != null) {
            where = where.and((m, q, cb) -> cb.equal(m.get("status"), status));
        }
        if (region != null) {
            where = where.and((m, q, cb) -> cb.equal(m.get("regionId"), region));
        }
        if (key != null) {
            String pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where = where.and((m, q, cb) -> cb.like(m.get("searchKey"), pattern, '\\'));
        }
        return findAll(where);
    }
}

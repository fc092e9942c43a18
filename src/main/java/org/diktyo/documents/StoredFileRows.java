package org.diktyo.documents;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFileRows extends JpaRepository<StoredFileRow, String> {
}

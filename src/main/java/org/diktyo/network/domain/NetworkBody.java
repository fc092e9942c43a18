package org.diktyo.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.diktyo.language.Bilingual;

/** A body of the network: the Committee of Mayors, the Technical Forum, the coordination team. */
@Entity
@Table(name = "network_body")
public class NetworkBody extends RegistryEntry {

    private String descriptionEl;
    private String descriptionEn;

    protected NetworkBody() {
    }

    public String descriptionEl() {
        return descriptionEl;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    /** {@code descriptionEl} and {@code descriptionEn} together. */
    public Bilingual description() {
        return Bilingual.of(descriptionEl(), descriptionEn());
    }
}

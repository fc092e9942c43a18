package org.diktyo.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.diktyo.language.Bilingual;

/** A body of the network: the Committee of Mayors, the Technical Forum, the coordination team. */
@Entity
@Table(name = "network_body")
public class NetworkBody {

    @Id
    private String id;
    private String nameEl;
    private String nameEn;
    private String descriptionEl;
    private String descriptionEn;
    private int sortNo;

    protected NetworkBody() {
    }

    public String id() {
        return id;
    }

    public String nameEl() {
        return nameEl;
    }

    public String nameEn() {
        return nameEn;
    }

    public String descriptionEl() {
        return descriptionEl;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    /** {@code nameEl} and {@code nameEn} together. */
    public Bilingual name() {
        return Bilingual.of(nameEl(), nameEn());
    }

    /** {@code descriptionEl} and {@code descriptionEn} together. */
    public Bilingual description() {
        return Bilingual.of(descriptionEl(), descriptionEn());
    }
}

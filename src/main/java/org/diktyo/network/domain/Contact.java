package org.diktyo.network.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An official of a municipality: the mayor, the integration focal point, or another. */
@Entity
@Table(name = "contact")
public class Contact {

    public enum Kind { MAYOR, FOCAL_POINT, OTHER }

    /** For salutations: {@code Αξιότιμε κύριε} / {@code Αξιότιμη κυρία}. */
    public enum Gender { FEMALE, MALE, UNSPECIFIED }

    @Id
    private String id;
    private String municipalityId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String fullName;
    private String position;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String email;
    private String phone;
    @Version
    private int version;

    protected Contact() {
    }

    public Contact(String municipalityId) {
        this.id = UUID.randomUUID().toString();
        this.municipalityId = municipalityId;
    }

    public void update(Kind kind, String fullName, String position, Gender gender, String email, String phone) {
        this.kind = kind;
        this.fullName = fullName;
        this.position = position;
        this.gender = gender;
        this.email = email;
        this.phone = phone;
    }

    public String id() {
        return id;
    }

    public String municipalityId() {
        return municipalityId;
    }

    public Kind kind() {
        return kind;
    }

    public String fullName() {
        return fullName;
    }

    public String position() {
        return position;
    }

    public Gender gender() {
        return gender;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}

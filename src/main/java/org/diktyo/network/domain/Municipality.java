package org.diktyo.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.diktyo.language.Bilingual;
import org.diktyo.language.GreekText;
import org.diktyo.network.MembershipStatus;

/**
 * A municipality of Greece. Its names are stored, never derived: the genitive
 * ({@code Αθηναίων}), the official name ({@code Δήμος Αθηναίων}) and the mayor's title
 * ({@code Δήμαρχος Αθηναίων}), in Greek and English.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    private String id;
    private int sourceId;
    private String elstatCode;
    private String regionId;
    private int unitId;
    private String nameEl;
    private String nameEn;
    private String officialNameEl;
    private String officialNameEn;
    private String mayorTitleEl;
    private String mayorTitleEn;
    private String seatEl;
    private String seatEn;
    @jakarta.persistence.Column(name = "population_2021")
    private Integer population2021;
    @jakarta.persistence.Column(name = "population_2011")
    private Integer population2011;
    @Enumerated(EnumType.STRING)
    private MembershipStatus status;
    private Integer joinedYear;
    private Integer joinedMonth;
    private boolean founder;
    private String website;
    private String searchKey;
    @Version
    private int version;

    protected Municipality() {
    }

    public Municipality(String id, int sourceId, String regionId, int unitId, String seatEl, String seatEn) {
        this.id = id;
        this.sourceId = sourceId;
        this.regionId = regionId;
        this.unitId = unitId;
        this.seatEl = seatEl;
        this.seatEn = seatEn;
        this.status = MembershipStatus.PROSPECT;
    }

    public void rename(String genitiveEl, String nameEn, String officialEl, String officialEn, String mayorEl,
            String mayorEn) {
        this.nameEl = genitiveEl;
        this.nameEn = nameEn;
        this.officialNameEl = officialEl;
        this.officialNameEn = officialEn;
        this.mayorTitleEl = mayorEl;
        this.mayorTitleEn = mayorEn;
        this.searchKey = GreekText.searchKey(String.join(" ", genitiveEl, officialEl, nameEn, seatEl, seatEn));
    }

    public void population(String elstatCode, Integer in2021, Integer in2011) {
        this.elstatCode = elstatCode;
        this.population2021 = in2021;
        this.population2011 = in2011;
    }

    public void joined(Integer year, Integer month, boolean founder) {
        this.joinedYear = year;
        this.joinedMonth = month;
        this.founder = founder;
    }

    public void status(MembershipStatus status) {
        this.status = status;
    }

    public void website(String website) {
        this.website = website;
    }

    public String id() {
        return id;
    }

    public int sourceId() {
        return sourceId;
    }

    public String elstatCode() {
        return elstatCode;
    }

    /** Names and seats in both languages, folded as {@link GreekText#searchKey} folds a query. */
    public String searchKey() {
        return searchKey;
    }

    public String regionId() {
        return regionId;
    }

    public int unitId() {
        return unitId;
    }

    public String nameEl() {
        return nameEl;
    }

    public String nameEn() {
        return nameEn;
    }

    public String officialNameEl() {
        return officialNameEl;
    }

    public String officialNameEn() {
        return officialNameEn;
    }

    public String mayorTitleEl() {
        return mayorTitleEl;
    }

    public String mayorTitleEn() {
        return mayorTitleEn;
    }

    public String seatEl() {
        return seatEl;
    }

    public String seatEn() {
        return seatEn;
    }

    public Integer population2021() {
        return population2021;
    }

    public Integer population2011() {
        return population2011;
    }

    public MembershipStatus status() {
        return status;
    }

    public Integer joinedYear() {
        return joinedYear;
    }

    public Integer joinedMonth() {
        return joinedMonth;
    }

    public boolean founder() {
        return founder;
    }

    public String website() {
        return website;
    }

    public int version() {
        return version;
    }

    /** {@code officialNameEl} and {@code officialNameEn} together. */
    public Bilingual officialName() {
        return Bilingual.of(officialNameEl(), officialNameEn());
    }

    /** {@code nameEl} and {@code nameEn} together. */
    public Bilingual name() {
        return Bilingual.of(nameEl(), nameEn());
    }

    /** {@code mayorTitleEl} and {@code mayorTitleEn} together. */
    public Bilingual seat() {
        return Bilingual.of(seatEl(), seatEn());
    }

    /** {@code mayorTitleEl} and {@code mayorTitleEn} together. */
    public Bilingual mayorTitle() {
        return Bilingual.of(mayorTitleEl(), mayorTitleEn());
    }
}

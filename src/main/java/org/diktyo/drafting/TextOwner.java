package org.diktyo.drafting;

import java.util.List;

import org.diktyo.language.Bilingual;

/**
 * What an owner of texts (the memorandum, positions) tells the drafting pages about its own: the
 * page where a text is read and its title, so that the amendment and comment pages link back to
 * it. An owner declares one bean per kind of text; the drafting module never reads the owner.
 */
public interface TextOwner {

    /** The owner kind its texts are created with ({@code MEMORANDUM_VERSION}, {@code POSITION}). */
    String kind();

    /** The page where the text of {@code ownerId} is read; {@code null} hides the link. */
    String page(String ownerId);

    /** The title of the text of {@code ownerId}, as its owner names it. */
    Bilingual title(String ownerId);

    /**
     * The decisions an amendment's decision on this text may cite (the memorandum's: the
     * Committee of Mayors'), the newest first; none by default, when the reference is free text.
     */
    default List<CitedDecision> decisions(String ownerId) {
        return List.of();
    }
}

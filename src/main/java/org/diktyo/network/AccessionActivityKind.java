package org.diktyo.network;

/** What happened on an accession case's timeline. */
public enum AccessionActivityKind {
    CALL, EMAIL, LETTER_SENT, MEETING_INVITED, MEETING_ATTENDED, EXPRESSION_OF_INTEREST_RECEIVED, DOCUMENT_RECEIVED,
    STAGE_CHANGED, NOTE
}

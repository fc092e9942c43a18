package org.diktyo.positions.domain;

/** A body the letter goes to, as printed («Υπουργείο Μετανάστευσης και Ασύλου – Γραφείο Υπουργού»); without e-mail it goes by post. */
public record Addressee(String body, AddresseeRole role, String email, String postalAddress) {
}

package org.diktyo.documents.signatures;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;

/** The names a certificate gives: the signer's (common name, or given name and surname) and its issuer's. */
final class Names {

    private Names() {
    }

    static String person(CertificateWrapper certificate) {
        if (present(certificate.getCommonName())) {
            return certificate.getCommonName().strip();
        }
        String full = ((present(certificate.getGivenName()) ? certificate.getGivenName().strip() : "") + " "
                + (present(certificate.getSurname()) ? certificate.getSurname().strip() : "")).strip();
        return full.isEmpty() ? certificate.getReadableCertificateName() : full;
    }

    /** The issuer's common name (or organisation), from the issuer's certificate if present, else from the DN. */
    static String issuer(CertificateWrapper certificate) {
        CertificateWrapper issuer = certificate.getSigningCertificate();
        if (issuer != null && present(issuer.getCommonName())) {
            return issuer.getCommonName().strip();
        }
        String dn = certificate.getCertificateIssuerDN();
        if (dn == null) {
            return null;
        }
        try {
            String organisation = null;
            for (Rdn rdn : new LdapName(dn).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
                if ("O".equalsIgnoreCase(rdn.getType())) {
                    organisation = String.valueOf(rdn.getValue());
                }
            }
            return organisation != null ? organisation : dn;
        } catch (InvalidNameException e) {
            return dn;
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

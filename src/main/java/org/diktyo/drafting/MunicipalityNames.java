package org.diktyo.drafting;

import java.util.Locale;

/**
 * How the drafting pages name a municipality by its id. The engine names municipalities by id only
 * and does not read the registry; an owner of texts declares the one bean that names them (the
 * memorandum does). Without it the pages show the ids.
 */
public interface MunicipalityNames {

    String name(String municipalityId, Locale locale);
}

/**
 * Documents: stored files (uploads checked by content, kept under generated names in a
 * configurable directory) and, later, the rendering of letters, badges, sheets and calendar
 * files. The API is {@link org.diktyo.documents.StoredFiles}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = {"platform", "language"})
package org.diktyo.documents;

/**
 * Drafting: texts made of clauses with stable keys (a memorandum version, a position), amendments
 * proposed by municipalities during a consultation, their supports and objections, the decision
 * on each, the freeze that merges the accepted ones and fixes the text's hash, and the diff of two
 * texts clause by clause and word by word. It knows nothing of memoranda or positions: its owner
 * names a text by kind and id and learns of its changes through events ({@link
 * org.diktyo.drafting.TextFrozen}, {@link org.diktyo.drafting.AmendmentDecided}). The API is
 * {@link org.diktyo.drafting.Drafts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drafting", allowedDependencies = {"platform", "language"})
package org.diktyo.drafting;

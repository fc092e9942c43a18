-- Reasons of membership changes in both languages: the registry's import gives the network's
-- sources in Greek (reason) and English (reason_en); a reason typed by the secretariat is in one
-- language and has no reason_en. Rows imported before this held the English source as reason.
alter table membership_change add column reason_en varchar(1000);
update membership_change set reason_en = reason where recorded_by = 'import';
update membership_change set reason = case reason
    when 'memorandum between Athens and Thessaloniki (January 2018)' then 'μνημόνιο συνεργασίας Αθήνας και Θεσσαλονίκης (Ιανουάριος 2018)'
    when 'first network meeting at Athens City Hall (5 November 2018)' then 'πρώτη συνάντηση του Δικτύου στο Δημαρχείο Αθηνών (5 Νοεμβρίου 2018)'
    when 'first network meeting (5 November 2018)' then 'πρώτη συνάντηση του Δικτύου (5 Νοεμβρίου 2018)'
    when '13th member' then '13ο μέλος'
    when '14th member (September 2020)' then '14ο μέλος (Σεπτέμβριος 2020)'
    when 'member by February 2021' then 'μέλος ήδη τον Φεβρουάριο του 2021'
    when 'council decision 177/2021; 18th member' then 'απόφαση δημοτικού συμβουλίου 177/2021· 18ο μέλος'
    else reason end where recorded_by = 'import';

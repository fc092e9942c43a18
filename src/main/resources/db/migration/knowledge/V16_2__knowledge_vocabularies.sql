-- The first themes and target groups; the secretariat may add to them later.
insert into knowledge_theme (code, label_el, label_en, position) values
 ('EMPLOYMENT', 'Απασχόληση', 'Employment', 1),
 ('HOUSING', 'Στέγαση', 'Housing', 2),
 ('EDUCATION', 'Εκπαίδευση', 'Education', 3),
 ('HEALTH', 'Υγεία', 'Health', 4),
 ('LANGUAGE', 'Εκμάθηση γλώσσας', 'Language learning', 5),
 ('INTERPRETING', 'Διερμηνεία και διαπολιτισμική μεσολάβηση', 'Interpreting and intercultural mediation', 6),
 ('UNACCOMPANIED_MINORS', 'Ασυνόδευτοι ανήλικοι', 'Unaccompanied minors', 7),
 ('WOMEN', 'Γυναίκες και έμφυλη βία', 'Women and gender-based violence', 8),
 ('DOCUMENTS', 'Νομιμοποιητικά έγγραφα', 'Legal documents', 9),
 ('SOCIAL_COHESION', 'Κοινωνική συνοχή', 'Social cohesion', 10),
 ('PARTICIPATION', 'Συμμετοχή (ΣΕΜ)', 'Participation (migrant integration councils)', 11),
 ('KEM', 'Κέντρα Ένταξης Μεταναστών (ΚΕΜ)', 'Migrant integration centres (KEM)', 12),
 ('DATA', 'Δεδομένα', 'Data', 13),
 ('CAPACITY', 'Ικανότητες δήμων', 'Municipal capacity', 14);

insert into knowledge_target_group (code, label_el, label_en, position) values
 ('REFUGEES', 'Πρόσφυγες', 'Refugees', 1),
 ('ASYLUM_SEEKERS', 'Αιτούντες άσυλο', 'Asylum seekers', 2),
 ('MIGRANTS', 'Μετανάστες', 'Migrants', 3),
 ('CHILDREN', 'Παιδιά και έφηβοι', 'Children and adolescents', 4),
 ('UNACCOMPANIED_MINORS', 'Ασυνόδευτοι ανήλικοι', 'Unaccompanied minors', 5),
 ('WOMEN', 'Γυναίκες', 'Women', 6),
 ('ROMA', 'Ρομά', 'Roma', 7),
 ('MUNICIPAL_STAFF', 'Στελέχη δήμων', 'Municipal staff', 8),
 ('LOCAL_COMMUNITY', 'Τοπική κοινωνία', 'Local community', 9);

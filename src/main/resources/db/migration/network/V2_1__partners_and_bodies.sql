-- The network's partner organisations and bodies: reference data, the same on every installation.
insert into partner (id, short_el, short_en, name_el, name_en, website, sort_no) values
 ('iom', 'ΔΟΜ', 'IOM', 'Διεθνής Οργανισμός Μετανάστευσης', 'International Organization for Migration', 'https://greece.iom.int', 1),
 ('unhcr', 'UNHCR', 'UNHCR', 'Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες', 'The UN Refugee Agency (UNHCR)', 'https://www.unhcr.org/gr', 2);

insert into network_body (id, name_el, name_en, description_el, description_en, sort_no) values
 ('committee-of-mayors', 'Επιτροπή Δημάρχων', 'Committee of Mayors',
  'Το πολιτικό όργανο του Δικτύου, με τους Δημάρχους των μελών του.',
  'The political body of the network, made up of the mayors of its members.', 1),
 ('technical-forum', 'Τεχνικό Φόρουμ', 'Technical Forum',
  'Οι τεχνικοί εκπρόσωποι των δήμων-μελών, με τοπικές τεχνικές ομάδες εργασίας.',
  'The technical representatives of the member municipalities, with local technical working groups.', 2),
 ('coordination-team', 'Ομάδα Συντονισμού', 'Coordination team',
  'Συντονίζει τις εργασίες του Δικτύου και την επικοινωνία με τα μέλη του.',
  'Coordinates the work of the network and its communication with the members.', 3);

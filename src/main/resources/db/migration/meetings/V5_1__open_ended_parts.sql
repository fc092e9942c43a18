-- A part may have no end: the letter's reception begins "at 20:00" and says no more.
alter table meeting_part alter column ends_at drop not null;

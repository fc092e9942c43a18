-- memorandum: the decision of the Committee of Mayors that adopted a version, a decision recorded
-- in meetings (the meeting and the decision's position in it, numbered from 1); null when not given.
alter table memorandum_version add column adopted_meeting_id varchar(36);
alter table memorandum_version add column adopted_decision integer;

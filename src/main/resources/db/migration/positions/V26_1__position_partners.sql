-- positions: whether partner organisations (IOM, UNHCR) may endorse a position; before signing
-- opens, closes_on and min_signatories hold what the secretariat plans (the page's form).
alter table joint_position add column partners_may_endorse boolean default false not null;

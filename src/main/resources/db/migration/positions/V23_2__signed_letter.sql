-- positions: a co-signature may carry the signed letter uploaded for it (a stored PDF, its PAdES
-- signatures checked by documents.SignatureChecks); methods PADES_LETTER and SIGNED_LETTER.
alter table joint_position_signature add column letter_file_id varchar(36);

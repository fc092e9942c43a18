-- accounts: an API token may expire (chosen when it is created); null means it does not.
alter table api_token add column expires_at timestamp with time zone;

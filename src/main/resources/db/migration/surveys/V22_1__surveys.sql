-- surveys: needs surveys of the network, one response per survey and municipality.
-- A survey is open from the start of opens_on to the end of closes_on (Europe/Athens) once published.
create table survey (
    id             varchar(36)   primary key,
    title_el       varchar(300)  not null,
    title_en       varchar(300)  not null,
    intro_el       varchar(5000) not null,
    intro_en       varchar(5000) not null,
    audience       varchar(30)   not null,
    opens_on       date          not null,
    closes_on      date          not null,
    state          varchar(20)   not null,
    results_shared boolean       not null,
    created_at     timestamp with time zone not null,
    version        integer       not null
);

-- The questions, in order; choices one per line in each language.
create table survey_question (
    survey_id  varchar(36)   not null references survey (id),
    ordinal    integer       not null,
    kind       varchar(12)   not null,
    text_el    varchar(1000) not null,
    text_en    varchar(1000) not null,
    options_el varchar(4000) not null,
    options_en varchar(4000) not null,
    required   boolean       not null,
    primary key (survey_id, ordinal)
);

-- The one response of a municipality; replaced by each submission until the close.
create table survey_response (
    survey_id       varchar(36)  not null references survey (id),
    municipality_id varchar(64)  not null,
    first_at        timestamp with time zone not null,
    submitted_at    timestamp with time zone not null,
    submitted_by    varchar(320) not null,
    changes         integer      not null,
    primary key (survey_id, municipality_id)
);

-- A response's answers: the chosen options' numbers (comma-separated), the scale, the number or the text.
create table survey_answer (
    survey_id       varchar(36)   not null,
    municipality_id varchar(64)   not null,
    ordinal         integer       not null,
    answer          varchar(5000) not null,
    primary key (survey_id, municipality_id, ordinal),
    foreign key (survey_id, municipality_id) references survey_response (survey_id, municipality_id)
);

-- The reminders sent: at most one per survey and municipality.
create table survey_reminder (
    survey_id       varchar(36) not null references survey (id),
    municipality_id varchar(64) not null,
    sent_at         timestamp with time zone not null,
    primary key (survey_id, municipality_id)
);

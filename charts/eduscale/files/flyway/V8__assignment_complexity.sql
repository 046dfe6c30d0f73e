-- Measured time complexity (content/README.md, "Complexity"): an assignment may expect a growth
-- class and carry a series of inputs of growing size, generated at seed time from its
-- complexity spec. Both belong to the assignment version: the seed replaces them exactly when
-- tests_hash (which covers the spec and its inputs) changes, and clears them when the spec goes.
alter table assignments
    add column complexity_expected text
        check (complexity_expected in ('1', 'log n', 'n', 'n log n', 'n^2', 'n^2 log n', 'n^3', '2^n')),
    -- What n counts ("edges", "operations"), for the people reading the result.
    add column complexity_n text,
    add constraint assignments_complexity_complete check ((complexity_expected is null) = (complexity_n is null));

create table assignment_complexity_inputs (
    assignment_id uuid not null references assignments (id) on delete cascade,
    -- 0-based, in increasing n.
    ordinal       integer not null check (ordinal >= 0),
    n             integer not null check (n > 0),
    input         text not null,
    primary key (assignment_id, ordinal),
    unique (assignment_id, n)
);

-- Envers records a changed entry of an ordered list (a meeting's participant, an agreement's step)
-- as its removal and its addition at the same position in the same revision: two audit rows that
-- differ only in revtype. Without revtype in the key the second broke the key and the whole edit
-- failed at commit (a 500). The other collection audit tables have it in their keys already.
alter table meeting_participant_aud drop constraint meeting_participant_aud_pk;
alter table meeting_participant_aud alter column revtype set not null;
alter table meeting_participant_aud
    add constraint meeting_participant_aud_pk primary key (rev, revtype, meeting_id, position);

alter table agreement_transition_aud drop constraint agreement_transition_aud_pk;
alter table agreement_transition_aud alter column revtype set not null;
alter table agreement_transition_aud
    add constraint agreement_transition_aud_pk primary key (rev, revtype, agreement_id, position);

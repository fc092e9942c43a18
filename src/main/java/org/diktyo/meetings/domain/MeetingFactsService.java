package org.diktyo.meetings.domain;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.diktyo.documents.StoredFile;
import org.diktyo.documents.StoredFiles;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.meetings.MeetingKind;
import org.diktyo.meetings.MeetingStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link MeetingFacts} from the module's repositories. */
@Service
class MeetingFactsService implements MeetingFacts {

    private final Meetings meetings;
    private final MeetingParts parts;
    private final AgendaVersions versions;
    private final AgendaItems items;
    private final MeetingDocuments documents;
    private final StoredFiles files;
    private final Decisions decisions;

    MeetingFactsService(Meetings meetings, MeetingParts parts, AgendaVersions versions, AgendaItems items,
            MeetingDocuments documents, StoredFiles files, Decisions decisions) {
        this.decisions = decisions;
        this.meetings = meetings;
        this.parts = parts;
        this.versions = versions;
        this.items = items;
        this.documents = documents;
        this.files = files;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MeetingInfo> meeting(String meetingId) {
        return meetingId == null ? Optional.empty() : meetings.findById(meetingId).map(m -> new MeetingInfo(m.id(),
                m.titleEl(), m.titleEn(), m.hostMunicipalityId(), m.hostOfficialEl(), m.hostOfficialEn(), m.status(),
                m.zone(), m.agendaVersion(), m.numberPresent()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingInfo> upcoming() {
        return meetings.findAll().stream()
                .filter(m -> m.status() == MeetingStatus.DRAFT || m.status() == MeetingStatus.ANNOUNCED)
                .sorted(java.util.Comparator.comparing(Meeting::createdAt).reversed())
                .map(m -> meeting(m.id()).orElseThrow()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartInfo> parts(String meetingId) {
        return parts.findByMeetingIdOrderByStartsAtAscPositionAsc(meetingId).stream().map(p -> new PartInfo(p.id(),
                p.position(), p.titleEl(), p.titleEn(), p.startsAt(), p.endsAt(), p.venueEl(), p.venueEn(),
                p.streetEl(), p.streetEn(), p.postcode(), p.cityEl(), p.cityEn(), p.landmarkEl(), p.landmarkEn(),
                p.roomEl(), p.roomEn(), p.floor(), p.capacity(), p.answeredSeparately())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedAgenda> publishedAgenda(String meetingId) {
        return meetings.findById(meetingId).filter(m -> m.agendaVersion() > 0).flatMap(m ->
                versions.findById(new AgendaVersion.Key(meetingId, m.agendaVersion())).map(v -> new PublishedAgenda(
                        v.version(), v.publishedAt(),
                        items.findByMeetingIdAndVersionOrderByPosition(meetingId, v.version()).stream()
                                .map(i -> new AgendaEntry(i.startsAt(), i.titleEl(), i.titleEn(), i.speakers()))
                                .toList())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DecisionInfo> decisions(String meetingId) {
        return meetingId == null ? List.of() : meetings.findById(meetingId).map(m -> decisions
                .findByMeetingIdOrderByPosition(meetingId).stream().map(d -> new DecisionInfo(meetingId, m.kind(),
                        d.position(), d.textEl(), d.textEn())).toList()).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<DecisionInfo> decisionsOf(MeetingKind kind) {
        return meetings.findAll().stream().filter(m -> m.kind() == kind)
                .sorted(java.util.Comparator.comparing(Meeting::createdAt).reversed())
                .flatMap(m -> decisions(m.id()).stream()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentInfo> documents(String meetingId) {
        return documents.findByMeetingIdOrderByAttachedAt(meetingId).stream().map(d -> {
            StoredFile f = files.find(d.fileId());
            return new DocumentInfo(d.id(), d.titleEl(), d.titleEn(), f.originalName(), f.mediaType(), f.size());
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<InputStream> openDocument(String meetingId, String documentId) {
        return documents.findByIdAndMeetingId(documentId, meetingId).map(d -> files.open(d.fileId()));
    }

    @Override
    @Transactional
    public void numberPresent(String meetingId, int count) {
        meetings.findById(meetingId).ifPresent(m -> m.outcome(m.minutesEl(), m.minutesEn(), count));
    }
}

package org.diktyo.invitations.replies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;

import org.diktyo.invitations.AnswerChannel;
import org.diktyo.invitations.DelegateRow;
import org.diktyo.invitations.InvitationAnswered;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.StoredAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of first answers (ADR 0010): the first answers of many invitations, queued by
 * their requests, written in one transaction — the invitations marked answered (one batch;
 * one that was answered meanwhile drops out), the delegates, the part rows and the
 * "confirmation due" rows (a batch each), then, last, one conditional update per part that
 * takes the seats of all of them at once. One commit, and one hold of each hot seat row, for
 * the whole group; a few round trips instead of a few per answer.
 *
 * <p>Nothing here decides a waitlist: when a part has no room for the whole group on the
 * stripe chosen, or anything else fails, the transaction rolls back and each answer of the
 * group is done again on its own, the usual way ({@link AnswerInvitation}), which waitlists in order.
 * A worker thread takes what is queued when it is free; {@code threads} of them let one group
 * gather while another commits.
 */
@Component
class FirstAnswers {

    private static final Logger log = LoggerFactory.getLogger(FirstAnswers.class);

    /** One first answer, fully decided: seats wanted are taken in full, or the answer is done again on its own. */
    record Answer(InvitationRow invitation, String meetingId, AnswerChannel via, String actor, String token, Instant at,
            List<DelegateRow> delegates, List<StoredAnswers.PartRow> parts, Map<String, Integer> seats) {
    }

    private record Queued(Answer answer, CompletableFuture<Boolean> done) {
    }

    private final ReplyStore store;
    private final Seats seats;
    private final ReplyMails confirmations;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final int max;
    private final boolean enabled;
    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running = true;

    FirstAnswers(ReplyStore store, Seats seats, ReplyMails confirmations, TransactionTemplate tx, ApplicationEventPublisher events,
            @Value("${diktyo.invitations.group-commit.enabled:true}") boolean enabled,
            @Value("${diktyo.invitations.group-commit.threads:2}") int threads,
            @Value("${diktyo.invitations.group-commit.max:64}") int max) {
        this.store = store;
        this.seats = seats;
        this.confirmations = confirmations;
        this.tx = tx;
        this.events = events;
        this.enabled = enabled;
        this.max = Math.max(1, max);
        if (enabled) {
            for (int i = 0; i < Math.max(1, threads); i++) {
                Thread t = new Thread(this::work, "first-answers-" + i);
                t.setDaemon(true);
                t.start();
                workers.add(t);
            }
        }
    }

    boolean enabled() {
        return enabled && running;
    }

    /**
     * Writes the answer with others queued at the same time; true once committed, false if it
     * was not written (answer it on its own).
     */
    boolean write(Answer answer) {
        if (!enabled()) {
            return false;
        }
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        queue.add(new Queued(answer, done));
        try {
            return done.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the answer was being written", e);
        } catch (ExecutionException | TimeoutException e) {
            // not knowing whether it committed, the answer on its own finds it answered and writes it again
            return false;
        }
    }

    private void work() {
        List<Queued> group = new ArrayList<>();
        while (running) {
            try {
                Queued first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, max - 1);
                commit(group);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("group of {} first answers: {}", group.size(), e.toString());
                group.forEach(q -> q.done().complete(false));
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Queued> group) {
        group.sort(Comparator.comparing(q -> q.answer().invitation().id())); // one lock order for every group
        boolean[] written = new boolean[group.size()];
        try {
            tx.executeWithoutResult(s -> {
                boolean[] marked = store.firstAnswers(group.stream().map(q -> new ReplyStore.FirstAnswer(
                        q.answer().invitation().id(), q.answer().at(), q.answer().via(), q.answer().actor())).toList());
                List<Answer> mine = new ArrayList<>();
                for (int i = 0; i < group.size(); i++) {
                    written[i] = marked[i];
                    if (written[i]) {
                        mine.add(group.get(i).answer());
                    }
                }
                if (mine.isEmpty()) {
                    return;
                }
                List<DelegateRow> delegates = new ArrayList<>();
                Map<String, List<StoredAnswers.PartRow>> parts = new TreeMap<>();
                Map<String, Integer> wanted = new TreeMap<>();
                for (Answer a : mine) {
                    delegates.addAll(a.delegates());
                    parts.put(a.invitation().id(), a.parts());
                    a.seats().forEach((part, n) -> wanted.merge(part, n, Integer::sum));
                }
                if (!delegates.isEmpty()) {
                    store.insertDelegates(delegates);
                }
                store.insertParts(parts, mine.get(0).at()); // first answers: nobody waits, no waitlist time
                confirmations.dueAll(mine.stream().map(a -> new ReplyMails.DueRow(a.invitation().id(), a.token(), a.at()))
                        .toList());
                for (Map.Entry<String, Integer> e : wanted.entrySet()) {
                    if (e.getValue() > 0 && !seats.tryTake(e.getKey(), e.getValue())) {
                        throw new Seating.Contended();
                    }
                }
                for (Answer a : mine) {
                    int attending = (int) a.parts().stream().filter(StoredAnswers.PartRow::attending).count();
                    events.publishEvent(new InvitationAnswered(a.invitation().id(), a.meetingId(),
                            a.invitation().municipalityId(), a.at(), attending, a.parts().size() - attending,
                            a.via() == AnswerChannel.PHONE));
                }
            });
        } catch (RuntimeException e) {
            if (!(e instanceof Seating.Contended)) {
                log.info("group of {} first answers rolled back, each is done again on its own: {}", group.size(),
                        e.toString());
            }
            group.forEach(q -> q.done().complete(false));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).done().complete(written[i]);
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        Queued q;
        while ((q = queue.poll()) != null) {
            q.done().complete(false);
        }
    }
}

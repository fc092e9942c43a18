package org.diktyo.network.domain;

import org.diktyo.jobs.JobHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The accession's jobs: on every instance, every {@code diktyo.network.job-interval}, today's
 * jobs are scheduled (once, by their ids); the jobs module claims each once across instances and
 * runs it here ({@link FollowUpAccessions}).
 */
@Configuration(proxyBeanMethods = false)
class AccessionJobs {

    private final FollowUpAccessions followUp;

    AccessionJobs(FollowUpAccessions followUp) {
        this.followUp = followUp;
    }

    @Scheduled(fixedDelayString = "${diktyo.network.job-interval:1m}", initialDelayString = "${diktyo.network.job-delay:10s}")
    void schedule() {
        followUp.schedule();
    }

    @Bean
    JobHandler accessionDigests() {
        return JobHandler.of(FollowUpAccessions.DIGEST, job -> String.valueOf(followUp.digest(job)));
    }

    @Bean
    JobHandler accessionDaily() {
        return JobHandler.of(FollowUpAccessions.DAILY, followUp::daily);
    }
}

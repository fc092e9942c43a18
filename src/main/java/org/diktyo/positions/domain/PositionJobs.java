package org.diktyo.positions.domain;

import org.diktyo.jobs.JobHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The positions' kinds of job, run by the jobs module once across instances: the close and the reminders. */
@Configuration(proxyBeanMethods = false)
class PositionJobs {

    @Bean
    JobHandler positionsClose(OpenSignature open) {
        return JobHandler.of(OpenSignature.CLOSE, job -> open.closeOnTime(job.subject()));
    }

    @Bean
    JobHandler positionsRemind(RemindSignatories reminders) {
        return JobHandler.of(RemindSignatories.REMIND, job -> String.valueOf(reminders.remind(job)));
    }
}

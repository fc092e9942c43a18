package org.diktyo.positions.domain;

import org.diktyo.jobs.Job;
import org.diktyo.jobs.JobHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The positions' kinds of job, run by the jobs module once across instances: the close and the reminders. */
@Configuration(proxyBeanMethods = false)
class PositionJobs {

    @Bean
    JobHandler positionsClose(OpenSignature open) {
        return new JobHandler() {
            @Override
            public String kind() {
                return OpenSignature.CLOSE;
            }

            @Override
            public String run(Job job) {
                return open.closeOnTime(job.subject());
            }
        };
    }

    @Bean
    JobHandler positionsRemind(RemindSignatories reminders) {
        return new JobHandler() {
            @Override
            public String kind() {
                return RemindSignatories.REMIND;
            }

            @Override
            public String run(Job job) {
                return String.valueOf(reminders.remind(job));
            }
        };
    }
}

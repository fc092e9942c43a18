package org.diktyo.memorandum.domain;

import org.diktyo.jobs.Job;
import org.diktyo.jobs.JobHandler;
import org.springframework.stereotype.Component;

/** Runs the adoption reminders ({@link RequestAdoptions#REMINDER}) that the jobs module claims once across instances. */
@Component
class AdoptionReminders implements JobHandler {

    private final RequestAdoptions requests;

    AdoptionReminders(RequestAdoptions requests) {
        this.requests = requests;
    }

    @Override
    public String kind() {
        return RequestAdoptions.REMINDER;
    }

    @Override
    public String run(Job job) {
        return String.valueOf(requests.remind(job));
    }
}

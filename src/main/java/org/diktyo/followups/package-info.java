/**
 * Follow-ups: the follow-up actions (what, who, by when, done) of whatever has them — a meeting's
 * outcome, a ministry's answer to a joint position — each named by the kind and the id of its
 * subject. The module that owns the subject decides who may read and change them; this one checks
 * and keeps them ({@link org.diktyo.followups.FollowUps}). It knows none of its users.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-ups", allowedDependencies = {"platform"})
package org.diktyo.followups;

package org.meetingdesk.sweep;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.quarkus.funqy.Funq;

import org.meetingdesk.security.Roles;

/**
 * {@code sweepDeadlines}: called every 15 minutes by the EventBridge schedule (the scheduler role),
 * and by the secretariat to run it by hand for a chosen instant.
 */
// Stateless: one instance per Lambda instance. Without a scope Funqy would build it, with its
// interceptor metadata, on every call (seen in a profile of warm calls).
@Singleton
public class SweepFunctions {

    private final SweepService sweep;

    public SweepFunctions(SweepService sweep) {
        this.sweep = sweep;
    }

    @Funq
    @RolesAllowed({ Roles.SCHEDULER, Roles.SECRETARIAT })
    public SweepReport sweepDeadlines(@NotNull @Valid SweepInput input) {
        return sweep.sweep(input.getAt());
    }

    public static class SweepInput {
        @Size(max = 40)
        private String at;

        public String getAt() {
            return at;
        }

        public void setAt(String at) {
            this.at = at;
        }
    }
}

package org.meetingdesk.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.quarkus.funqy.Funq;

import org.meetingdesk.meeting.MeetingService.MeetingPage;
import org.meetingdesk.security.Roles;
import org.meetingdesk.time.TimeInputs;

/** Meeting functions: map input to a service call and back, nothing else. */
// Stateless: one instance per Lambda instance. Without a scope Funqy would build it, with its
// interceptor metadata, on every call (seen in a profile of warm calls).
@Singleton
public class MeetingFunctions {

    private final MeetingService meetings;

    public MeetingFunctions(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Funq
    @RolesAllowed(Roles.SECRETARIAT)
    public MeetingView publishMeeting(@NotNull @Valid MeetingInput input) {
        return meetings.publish(input);
    }

    @Funq
    @PermitAll
    public MeetingView meeting(@NotNull @Valid MeetingRef input) {
        return meetings.view(input.getId());
    }

    @Funq
    @PermitAll
    public MeetingPage meetings(@NotNull @Valid MeetingsQuery q) {
        return meetings.list(q.getGroup(), TimeInputs.dateOrNull("from", q.getFrom()),
                TimeInputs.dateOrNull("to", q.getTo()), q.getLimit(), q.getCursor(), "asc".equals(q.getOrder()));
    }

    /** {@code GET /meeting?id=SG13-2020-12-07}. JavaBeans, because Funqy binds query strings through setters. */
    public static class MeetingRef {
        @NotBlank
        @Size(max = 40)
        private String id;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }
    }

    public static class MeetingsQuery {
        @Pattern(regexp = MeetingInput.GROUP, message = "must be SG<n>, TSAG or WP<n>/<sg>")
        private String group;
        private String from;
        private String to;
        @Min(1)
        @Max(100)
        private Integer limit;
        @Size(max = 1000)
        private String cursor;
        /** {@code desc} (default): newest first; {@code asc}: soonest first, for upcoming meetings. */
        @Pattern(regexp = "asc|desc", message = "must be asc or desc")
        private String order;

        public String getOrder() {
            return order;
        }

        public void setOrder(String order) {
            this.order = order;
        }

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }

        public Integer getLimit() {
            return limit;
        }

        public void setLimit(Integer limit) {
            this.limit = limit;
        }

        public String getCursor() {
            return cursor;
        }

        public void setCursor(String cursor) {
            this.cursor = cursor;
        }
    }
}

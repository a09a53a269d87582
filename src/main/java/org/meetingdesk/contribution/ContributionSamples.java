package org.meetingdesk.contribution;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import org.meetingdesk.contribution.ContributionInputs.ContactInput;
import org.meetingdesk.contribution.ContributionInputs.SubmitContribution;
import org.meetingdesk.sample.SampleData;
import org.meetingdesk.security.Caller;
import org.meetingdesk.security.Roles;

/**
 * Sample contributions (dev and tests; off in AWS): two member contributions to the upcoming
 * sample meeting, submitted through the service like any other, so {@code documents} is not empty
 * and each shows its classification and a working download link. Idempotent: nothing is added to
 * a meeting that already has documents.
 */
@ApplicationScoped
public class ContributionSamples {

    private static final Logger LOG = Logger.getLogger(ContributionSamples.class);

    private final ContributionService contributions;
    private final DocumentRepository documents;
    private final Clock clock;

    public ContributionSamples(ContributionService contributions, DocumentRepository documents, Clock clock) {
        this.contributions = contributions;
        this.documents = documents;
        this.clock = clock;
    }

    /** After the sample meetings (priority 30). */
    void onStart(@Observes @Priority(70) StartupEvent event,
            @ConfigProperty(name = "meetingdesk.samples", defaultValue = "false") boolean load) {
        if (!load) {
            return;
        }
        String meeting = SampleData.upcomingId(clock);
        if (!documents.list(meeting).isEmpty()) {
            return;
        }
        Caller member = new Caller("sample-member", "rapporteur@example.org", "Sample Rapporteur", "ORG-EXAMPLE",
                Set.of(Roles.MEMBER));
        contributions.submitContribution(member, new SubmitContribution(meeting,
                "Proposed draft new Recommendation on security of distributed ledger nodes", List.of("ORG-EXAMPLE"),
                new ContactInput("Sample Rapporteur", "rapporteur@example.org"), true, true, List.of("3", "4.1"),
                List.of("Q14/17"), "Proposes a baseline text and asks the meeting to start the work item.",
                "proposal.pdf", pdf("Proposed draft new Recommendation"), null));
        contributions.submitContribution(member, new SubmitContribution(meeting,
                "Report of the correspondence group on quantum-safe key management", List.of("ORG-EXAMPLE"), null,
                false, false, List.of("4.1"), List.of("Q15/17"), null, "report.pdf", pdf("Correspondence group report"), null));
        LOG.infof("sample contributions loaded for %s", meeting);
    }

    /** A small, valid one-page PDF carrying the title, so a download opens in any viewer. */
    static String pdf(String text) {
        String stream = "BT /F1 18 Tf 72 720 Td (" + text.replace("(", "").replace(")", "") + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return Base64.getEncoder().encodeToString(out.toString().getBytes(StandardCharsets.US_ASCII));
    }
}

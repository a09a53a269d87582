package org.meetingdesk.registration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;

import io.smallrye.jwt.build.Jwt;

import org.meetingdesk.meeting.Meeting;
import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.problem.DeskException;
import org.meetingdesk.security.Caller;

/**
 * Remote participation: "without a confirmed registration a delegate cannot access the remote
 * tool". A grant is a short-lived HS256 token naming the registration and a nonce stored on it;
 * the remote tool asks {@link #verify} and a token stops working as soon as the registration is no
 * longer APPROVED (withdrawal clears the nonce) or its time is up.
 */
@ApplicationScoped
public class RemoteAccessService {

    static final String ISSUER = "meetingdesk-remote-access";

    private final RegistrationService registrations;
    private final MeetingService meetings;
    private final RemoteAccessKey key;
    private final Clock clock;
    private final String baseUrl;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    public RemoteAccessService(RegistrationService registrations, MeetingService meetings, RemoteAccessKey key, Clock clock,
            @ConfigProperty(name = "meetingdesk.remote-access.base-url") String baseUrl,
            @ConfigProperty(name = "meetingdesk.remote-access.ttl", defaultValue = "PT12H") Duration ttl) {
        this.registrations = registrations;
        this.meetings = meetings;
        this.key = key;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.ttl = ttl;
    }

    public RemoteAccess grant(Caller caller, String meetingId) {
        Meeting meeting = meetings.require(meetingId);
        if (!meeting.mode().hasRemote()) {
            throw DeskException.conflict("no-remote-participation", meetingId + " is held on site only");
        }
        Registration reg = registrations.retrying(() -> {
            Registration r = registrations.requireApproved(caller, meetingId);
            // One nonce per registration: a delegate who opens the link on two devices keeps both.
            return r.remoteNonce() != null ? r : registrations.grant(r, nonce());
        });
        Instant now = clock.instant();
        // Never beyond the day after the meeting closes: a leaked link dies with the meeting.
        Instant meetingOver = meeting.end().plusDays(1).atStartOfDay(meeting.zoneId()).toInstant();
        Instant expires = now.plus(ttl).isBefore(meetingOver) ? now.plus(ttl) : meetingOver;
        String token = Jwt.issuer(ISSUER).subject(reg.subject()).audience(meetingId)
                .claim("registration", reg.id()).claim("meeting", meetingId).claim("nonce", reg.remoteNonce())
                .issuedAt(now.getEpochSecond()).expiresAt(expires.getEpochSecond())
                .signWithSecret(key.secret());
        String link = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return new RemoteAccess(token, link, Instant.ofEpochSecond(expires.getEpochSecond()));
    }

    /** For the remote tool: valid only while signed by us, unexpired, and the grant still stands. */
    public RemoteAccess.Verified verify(String token) {
        JwtClaims claims;
        try {
            claims = consumer().processToClaims(token);
        } catch (InvalidJwtException e) {
            throw refused();
        }
        try {
            String id = claims.getStringClaimValue("registration");
            String nonce = claims.getStringClaimValue("nonce");
            Registration reg = registrations.find(id).orElseThrow(RemoteAccessService::refused);
            if (reg.status() != RegistrationStatus.APPROVED || reg.remoteNonce() == null || !reg.remoteNonce().equals(nonce)
                    || !reg.meeting().equals(claims.getStringClaimValue("meeting"))) {
                throw refused();
            }
            return new RemoteAccess.Verified(true, reg.meeting(), reg.id(), reg.name(),
                    Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
        } catch (org.jose4j.jwt.MalformedClaimException e) {
            throw refused();
        }
    }

    private JwtConsumer consumer() {
        return new JwtConsumerBuilder().setRequireExpirationTime().setRequireSubject()
                .setExpectedIssuer(ISSUER).setSkipDefaultAudienceValidation()
                // Our clock, so tests that move time move expiry too.
                .setEvaluationTime(NumericDate.fromSeconds(clock.instant().getEpochSecond()))
                .setAllowedClockSkewInSeconds(30)
                .setVerificationKey(new HmacKey(key.bytes()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
                .build();
    }

    private static DeskException refused() {
        return DeskException.unauthenticated("the join token is invalid, expired or revoked");
    }

    private String nonce() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

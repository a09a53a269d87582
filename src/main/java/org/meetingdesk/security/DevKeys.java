package org.meetingdesk.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;

/**
 * Dev and test only: a signing key made at start, so no private key is ever committed and no
 * identity provider is needed on one machine. In AWS the tokens come from Cognito and are
 * verified against its published keys; this bean does not exist in a prod build.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = { "dev", "test" })
public class DevKeys {

    public static final String ISSUER = "https://meetingdesk.local/dev";

    private final KeyPair keyPair;

    public DevKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.keyPair = generator.generateKeyPair();
    }

    public KeyPair keyPair() {
        return keyPair;
    }

    /** Replaces the configured verification key with the one made at start. */
    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo authContextInfo() {
        JWTAuthContextInfo info = new JWTAuthContextInfo(keyPair.getPublic(), ISSUER);
        info.setGroupsPath("groups");
        return info;
    }
}

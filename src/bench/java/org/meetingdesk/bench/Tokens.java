package org.meetingdesk.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/**
 * The sign-in side of a measured start: the app runs in its prod profile, which verifies RS256 tokens
 * against an issuer's JWKS (Cognito's in AWS). The harness plays the issuer: one RSA key, its public
 * half written as a JWKS file the app is pointed at ({@code JWT_JWKS_URL}), and tokens shaped like
 * Cognito ID tokens ({@code cognito:groups}, {@code custom:organization}).
 */
final class Tokens {

    static final String ISSUER = "https://cognito-idp.eu-central-2.amazonaws.com/bench";
    private static final String KID = "bench";

    private final KeyPair keys;
    private final Path jwks;

    Tokens(Path dir) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        Files.createDirectories(dir);
        this.jwks = dir.resolve("jwks.json");
        Files.writeString(jwks, "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"" + KID + "\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + b64(pub.getModulus()) + "\",\"e\":\"" + b64(pub.getPublicExponent()) + "\"}]}");
    }

    /** What the app needs to trust these tokens (as the stack sets it for Cognito). */
    Map<String, String> appEnv() {
        return Map.of("JWT_ISSUER", ISSUER, "JWT_JWKS_URL", jwks.toUri().toString());
    }

    /** A delegate of {@code organization}, signed in as {@code subject} for the next two hours. */
    String delegate(String subject, String organization) {
        return sign(subject, organization, List.of("delegate"));
    }

    String sign(String subject, String organization, List<String> groups) {
        var claims = Jwt.issuer(ISSUER).subject(subject).claim("email", subject + "@example.org")
                .claim("name", "Delegate " + subject).claim("cognito:groups", groups).claim("token_use", "id")
                .expiresIn(7200);
        if (organization != null) {
            claims.claim("custom:organization", organization);
        }
        return claims.jws().keyId(KID).sign(keys.getPrivate());
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

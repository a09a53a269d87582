package org.meetingdesk.web;

import java.io.IOException;
import java.util.Collection;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Rejects unknown fields in request bodies. Funqy copies the application's ObjectMapper and turns
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} off; a problem handler travels with the copy and is asked
 * before that flag, so a misspelt or forbidden field (a client-sent {@code status}) is a 400 naming
 * it instead of being dropped in silence.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                    JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
                Collection<Object> known = deserializer == null ? null : deserializer.getKnownPropertyNames();
                throw UnrecognizedPropertyException.from(p, beanOrClass, propertyName, known);
            }
        });
    }
}

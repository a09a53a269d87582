package org.meetingdesk.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;

import io.quarkus.funqy.Funq;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every class that holds functions is one stateless instance per Lambda instance. Without a scope a
 * bean is {@code @Dependent}, and Funqy then builds the class and its interceptor metadata (roles,
 * validation) on every call — measured in a profile of warm calls.
 */
@QuarkusTest
class FunctionBeansTest {

    @Inject
    BeanManager beans;

    @Test
    void everyFunctionClassIsASingleton() {
        List<Bean<?>> functionBeans = beans.getBeans(Object.class).stream()
                .filter(b -> b.getBeanClass().getName().startsWith("org.meetingdesk."))
                .filter(b -> Arrays.stream(b.getBeanClass().getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Funq.class)))
                .toList();
        assertTrue(functionBeans.size() >= 8, "function classes found: " + functionBeans);
        for (Bean<?> b : functionBeans) {
            assertTrue(b.getScope() == Singleton.class || b.getScope() == ApplicationScoped.class,
                    b.getBeanClass().getSimpleName() + " is " + b.getScope().getSimpleName() + "; it must be @Singleton");
        }
    }
}

package org.meetingdesk.calendar;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * ical4j picks its time-zone registry and validator factories by class name (ical4j.properties);
 * its component/property/parameter factories come through ServiceLoader, which native-image
 * registers by itself.
 */
@RegisterForReflection(targets = {
        net.fortuna.ical4j.model.DefaultTimeZoneRegistryFactory.class,
        net.fortuna.ical4j.model.TimeZoneRegistryImpl.class,
        net.fortuna.ical4j.validate.DefaultCalendarValidatorFactory.class,
        net.fortuna.ical4j.model.ParameterFactoryImpl.class })
class CalendarReflection {
}

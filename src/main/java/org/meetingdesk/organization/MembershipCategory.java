package org.meetingdesk.organization;

/** ITU-T membership categories, as collective letters address them. */
public enum MembershipCategory {
    MEMBER_STATE, SECTOR_MEMBER, ASSOCIATE, ACADEMIA
}

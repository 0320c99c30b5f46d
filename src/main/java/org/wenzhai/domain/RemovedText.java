package org.wenzhai.domain;

/** A piece of the input that cleaning removed, with the rule that removed it (kept to be shown). */
public record RemovedText(String ruleId, int lineNumber, String text) {
}

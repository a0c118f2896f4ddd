package org.sanca.runtime.types;

import java.util.Map;

/**
 * The {@code __text_signature__} of a slot wrapper, as the docstrings of CPython's
 * {@code slotdefs} table ({@code Objects/typeobject.c}) give it: one shape per kind of slot,
 * named by what the slot takes.
 */
final class SlotSignatures {
    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("__getattribute__", "($self, name, /)"),
            Map.entry("__delattr__", "($self, name, /)"),
            Map.entry("__setattr__", "($self, name, value, /)"),
            Map.entry("__getitem__", "($self, key, /)"),
            Map.entry("__delitem__", "($self, key, /)"),
            Map.entry("__contains__", "($self, key, /)"),
            Map.entry("__setitem__", "($self, key, value, /)"),
            Map.entry("__delete__", "($self, instance, /)"),
            Map.entry("__set__", "($self, instance, value, /)"),
            Map.entry("__get__", "($self, instance, owner=None, /)"),
            Map.entry("__pow__", "($self, value, mod=None, /)"),
            Map.entry("__rpow__", "($self, value, mod=None, /)"),
            Map.entry("__buffer__", "($self, flags, /)"),
            Map.entry("__release_buffer__", "($self, buffer, /)"),
            Map.entry("__call__", "($self, /, *args, **kwargs)"),
            Map.entry("__init__", "($self, /, *args, **kwargs)"));

    private SlotSignatures() {
    }

    /** The text signature of slot wrapper {@code name} taking {@code arity} arguments (-1: any). */
    static String of(String name, int arity) {
        String known = BY_NAME.get(name);
        if (known != null) {
            return known;
        }
        return switch (arity) {
            case 0 -> "($self, /)";
            case 1 -> "($self, value, /)";
            default -> null;
        };
    }
}

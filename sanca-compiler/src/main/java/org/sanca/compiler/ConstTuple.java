package org.sanca.compiler;

import java.util.List;

/** A tuple constant in {@link CodeUnit#consts}: keyword names of a call, folded tuples. */
public record ConstTuple(List<Object> items) {
}

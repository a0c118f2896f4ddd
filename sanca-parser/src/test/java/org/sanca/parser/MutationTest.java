package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * No source crashes the parser: programs damaged at random (characters deleted, duplicated or
 * replaced by ones that matter to the grammar) either parse or raise PySyntaxError, never a
 * Java exception. -Dsanca.fuzz.rounds=N and -Dsanca.fuzz.seed=S run more or other damage.
 */
class MutationTest {
    private static final String NOISE = "()[]{}:;,.=+-*/%@<>!'\"\\#\n\t fxbr0123456789_jJeE";

    @Test
    void damagedProgramsOnlyRaiseSyntaxErrors() throws IOException {
        List<String> seeds = new ArrayList<>();
        try (InputStream in = MutationTest.class.getResourceAsStream("/dump-cases.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String src = new String(Base64.getDecoder().decode(line.split("\t", 2)[0]), StandardCharsets.UTF_8);
                if (!src.isEmpty()) {
                    seeds.add(src);
                }
            }
        }
        Random random = new Random(Long.getLong("sanca.fuzz.seed", 312));
        int rounds = Integer.getInteger("sanca.fuzz.rounds", 4_000);
        for (int i = 0; i < rounds; i++) {
            String src = mutate(seeds.get(random.nextInt(seeds.size())), random);
            for (Mode mode : Mode.values()) {
                try {
                    Parser.parse(src, "<fuzz>", mode);
                } catch (PySyntaxError e) {
                    // the expected outcome for most damaged programs
                } catch (RuntimeException | StackOverflowError e) {
                    fail(mode + " " + e + " for " + AstDump.repr(src), e);
                }
            }
        }
    }

    private static String mutate(String src, Random random) {
        StringBuilder sb = new StringBuilder(src);
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits && !sb.isEmpty(); k++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, sb.charAt(at));
                default -> sb.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
            }
        }
        return sb.toString();
    }
}
